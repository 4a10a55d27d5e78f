package org.mastokey.ui.wizard.scopes;

import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckBoxTreeItem;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.mastokey.ui.Texts;

/** A scope in the tree: a check box, its meaning in words, and the scope itself in small type beneath. */
final class ScopeTreeCell extends TreeCell<String> {
    private final Texts texts;
    private final CheckBox check = new CheckBox();
    private final Label meaning = new Label();
    private final Label code = new Label();
    private final HBox graphic;
    private CheckBoxTreeItem<String> bound;

    ScopeTreeCell(Texts texts) {
        this.texts = texts;
        code.getStyleClass().add("scope-code");
        // One Tab stop for the whole tree (not one per row); Space ticks the selected row (see ScopesStep).
        check.setFocusTraversable(false);
        graphic = new HBox(8, check, new VBox(1, meaning, code));
    }

    @Override
    protected void updateItem(String scope, boolean empty) {
        super.updateItem(scope, empty);
        unbind();
        if (empty || scope == null) {
            setGraphic(null);
            setText(null);
            setAccessibleText(null);
            return;
        }
        bound = (CheckBoxTreeItem<String>) getTreeItem();
        check.selectedProperty().bindBidirectional(bound.selectedProperty());
        check.indeterminateProperty().bindBidirectional(bound.indeterminateProperty());
        boolean dangerous = ScopeCatalog.dangerous(scope);
        String text = texts.get(ScopeCatalog.textKey(scope));
        meaning.setText(dangerous ? texts.get("scopes.dangerous", text) : text);
        meaning.getStyleClass().remove("dangerous");
        if (dangerous) {
            meaning.getStyleClass().add("dangerous");
        }
        code.setText(scope);
        check.setAccessibleText(meaning.getText() + " (" + scope + ")");
        setAccessibleText(check.getAccessibleText());
        setText(null);
        setGraphic(graphic);
    }

    /** The height this row asks for once it shows a scope (0 before); all rows ask for the same. */
    double rowHeight() {
        return isEmpty() || getGraphic() == null || getSkin() == null ? 0 : prefHeight(-1);
    }

    private void unbind() {
        if (bound != null) {
            check.selectedProperty().unbindBidirectional(bound.selectedProperty());
            check.indeterminateProperty().unbindBidirectional(bound.indeterminateProperty());
            bound = null;
        }
    }
}
