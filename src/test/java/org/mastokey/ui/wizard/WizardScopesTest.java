package org.mastokey.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.junit.jupiter.api.Test;
import org.mastokey.demo.FakeMastodonOptions;
import org.mastokey.keystore.SecretStore;
import org.mastokey.ui.InMemorySecretStore;

/** The scopes step: presets fill the tree without undoing what the user opened in it. */
class WizardScopesTest extends WizardRobot {

    @Test
    void choosingAPresetKeepsTheGroupsTheUserOpened() throws Exception {
        start(new WizardTestBed(FakeMastodonOptions.defaults(), new InMemorySecretStore(SecretStore.Status.AVAILABLE)));
        typeAddress(bed.address());
        waitUntil("the preview card shows", () -> visible("#previewCard"));
        next();
        waitUntil("the scopes step shows", () -> step() == 1);
        assertThat(on(() -> group("read").isExpanded())).isFalse();
        fx(() -> group("read").setExpanded(true));

        clickOn("#fullPreset");
        waitUntil("the full preset is applied", () -> bed.model.scopesProperty().get().contains("write"));
        assertThat(on(() -> group("read").isExpanded())).as("the opened group stays open").isTrue();
        assertThat(on(() -> group("write").isExpanded())).as("the others stay closed").isFalse();

        clickOn("#readOnlyPreset");
        waitUntil("the read-only preset is applied", () -> !bed.model.scopesProperty().get().contains("write"));
        assertThat(on(() -> group("read").isExpanded())).isTrue();
    }

    @Test
    void theTreeKeepsItsHeightWhenTheAdminWarningAppears() throws Exception {
        start(new WizardTestBed(FakeMastodonOptions.defaults(), new InMemorySecretStore(SecretStore.Status.AVAILABLE)));
        typeAddress(bed.address());
        waitUntil("the preview card shows", () -> visible("#previewCard"));
        next();
        waitUntil("the scopes step shows", () -> step() == 1);
        double before = on(() -> node("#scopeTree").getLayoutBounds().getHeight());
        fx(() -> ((javafx.scene.control.CheckBoxTreeItem<String>) group("admin:read")).setSelected(true));
        waitUntil("the warning shows", () -> visible("#dangerWarning"));
        fx(() -> bed.window().scene().getRoot().layout());
        assertThat(on(() -> node("#scopeTree").getLayoutBounds().getHeight())).as("the tree does not shrink").isEqualTo(before);
    }

    private TreeItem<String> group(String scope) {
        TreeView<String> tree = node("#scopeTree");
        return tree.getRoot().getChildren().stream().filter(item -> scope.equals(item.getValue())).findFirst()
                .orElseThrow(() -> new AssertionError("no group " + scope));
    }
}
