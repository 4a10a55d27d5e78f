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

    @Test
    void everyRowStartsItsCheckBoxAtTheSameX() throws Exception {
        start(new WizardTestBed(FakeMastodonOptions.defaults(), new InMemorySecretStore(SecretStore.Status.AVAILABLE)));
        typeAddress(bed.address());
        waitUntil("the preview card shows", () -> visible("#previewCard"));
        next();
        waitUntil("the scopes step shows", () -> step() == 1);
        java.util.Map<String, Double> checkX = on(() -> {
            java.util.Map<String, Double> x = new java.util.TreeMap<>();
            for (javafx.scene.Node cell : node("#scopeTree").lookupAll(".tree-cell")) {
                if (cell instanceof javafx.scene.control.TreeCell<?> treeCell && treeCell.getItem() != null
                        && treeCell.getTreeItem().getParent() == ((TreeView<?>) node("#scopeTree")).getRoot()) {
                    javafx.scene.Node box = cell.lookup(".check-box");
                    x.put(String.valueOf(treeCell.getItem()), box.localToScene(box.getLayoutBounds()).getMinX());
                }
            }
            return x;
        });
        assertThat(checkX).containsKeys("profile", "read", "follow");
        assertThat(new java.util.HashSet<>(checkX.values())).as("check boxes by row: %s", checkX).hasSize(1);
    }

    private TreeItem<String> group(String scope) {
        TreeView<String> tree = node("#scopeTree");
        return tree.getRoot().getChildren().stream().filter(item -> scope.equals(item.getValue())).findFirst()
                .orElseThrow(() -> new AssertionError("no group " + scope));
    }
}
