package org.mastokey.ui.wizard;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.mastokey.ui.Texts;

/**
 * The wizard's frame as nodes: header with the step indicator and the theme toggle, the page's place, and
 * the footer with Cancel / Back / Next (the step labels come from the shell). Layout only; {@link WizardShell} gives it its behaviour.
 * <p>
 * Built in code rather than FXML, unlike the steps after the first: this frame and the first step are all
 * the window waits for, and leaving FXMLLoader (its classes and reflection) out of that wait is part of
 * what packaging/bench-startup measures (the first frame). The ids and style classes are the ones an FXML file would give.
 */
final class WizardShellView {
    final BorderPane root = new BorderPane();
    final HBox stepIndicator = new HBox(6);
    final PageStack content = new PageStack();
    final ToggleButton themeToggle = new ToggleButton();
    final Button cancelButton = new Button();
    final Button backButton = new Button();
    final Button nextButton = new Button();

    WizardShellView(Texts texts) {
        root.getStyleClass().add("wizard");
        root.getStylesheets().add(WizardShellView.class.getResource("wizard.css").toExternalForm());
        root.setTop(header(texts));
        content.setId("content");
        content.getStyleClass().add("wizard-content");
        root.setCenter(content);
        root.setBottom(footer(texts));
    }

    private HBox header(Texts texts) {
        Label appName = new Label(texts.get("app.name"));
        appName.getStyleClass().add("app-name");
        appName.setMinWidth(Region.USE_PREF_SIZE);

        stepIndicator.setId("stepIndicator");
        stepIndicator.getStyleClass().add("step-indicator");
        stepIndicator.setAlignment(Pos.CENTER_LEFT);
        stepIndicator.setAccessibleText(texts.get("wizard.steps.accessible"));

        themeToggle.setId("themeToggle");
        themeToggle.setText(texts.get("wizard.theme.dark"));
        themeToggle.getStyleClass().addAll("flat", "small");
        themeToggle.setMinWidth(Region.USE_PREF_SIZE);
        themeToggle.setAccessibleText(texts.get("wizard.theme.accessible"));

        HBox header = new HBox(16, appName, stepIndicator, growingGap(), themeToggle);
        header.getStyleClass().add("wizard-header");
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private HBox footer(Texts texts) {
        cancelButton.setId("cancelButton");
        cancelButton.setText(texts.get("wizard.cancel"));
        cancelButton.setMinWidth(Region.USE_PREF_SIZE);
        cancelButton.setCancelButton(true);
        cancelButton.setAccessibleText(texts.get("wizard.cancel.accessible"));

        backButton.setId("backButton");
        backButton.setText(texts.get("wizard.back"));
        backButton.setMinWidth(Region.USE_PREF_SIZE);
        backButton.setAccessibleText(texts.get("wizard.back.accessible"));

        nextButton.setId("nextButton");
        nextButton.setText(texts.get("wizard.next"));
        nextButton.setDefaultButton(true);
        nextButton.getStyleClass().add("accent");
        nextButton.setAccessibleText(texts.get("wizard.next.accessible"));
        nextButton.setMinWidth(110);

        HBox footer = new HBox(8, cancelButton, growingGap(), backButton, nextButton);
        footer.getStyleClass().add("wizard-footer");
        footer.setAlignment(Pos.CENTER_LEFT);
        return footer;
    }

    private static Region growingGap() {
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        return gap;
    }
}
