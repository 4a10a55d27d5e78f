package org.mastokey.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import org.junit.jupiter.api.Test;
import org.mastokey.demo.FakeMastodonOptions;
import org.mastokey.keystore.SecretStore;
import org.mastokey.ui.InMemorySecretStore;

/**
 * The build drops Primer's rules for the controls in packaging/css/unused-controls.txt
 * (packaging/css/TrimmedPrimer.java): the sheets on the class path have none of them left, and no page
 * of the wizard carries one of those style classes (it would show unstyled).
 */
class TrimmedPrimerTest extends WizardRobot {
    private static final Pattern STYLE_CLASS = Pattern.compile("\\.([A-Za-z_][\\w-]*)");

    @Test
    void thePrimerSheetsOnTheClassPathNameNoUnusedControl() throws IOException {
        Set<String> unused = unusedControls();
        for (String sheet : List.of("primer-light.css", "primer-dark.css")) {
            String css;
            try (InputStream in = getClass().getResourceAsStream("/atlantafx/base/theme/" + sheet)) {
                assertThat(in).as(sheet).isNotNull();
                css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Set<String> named = STYLE_CLASS.matcher(css).results().map(m -> m.group(1)).collect(Collectors.toSet());
            assertThat(named).as(sheet).doesNotContainAnyElementsOf(unused).contains("button", "text-field", "tree-view");
        }
    }

    @Test
    void noPageOfTheWizardUsesAControlWhoseRulesWereDropped() throws Exception {
        start(new WizardTestBed(FakeMastodonOptions.defaults(), new InMemorySecretStore(SecretStore.Status.AVAILABLE)));
        Set<String> used = on(() -> {
            Set<String> found = new TreeSet<>();
            List<Node> roots = new ArrayList<>(bed.window().wizard().pageRoots());
            roots.add(bed.window().scene().getRoot());
            roots.forEach(root -> collect(root, found));
            return found;
        });
        assertThat(used).contains("button", "radio-button", "tree-view").doesNotContainAnyElementsOf(unusedControls());
    }

    private static void collect(Node node, Set<String> found) {
        found.addAll(node.getStyleClass());
        if (node instanceof Control control && control.getContextMenu() != null) {
            found.addAll(control.getContextMenu().getStyleClass());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, found));
        }
    }

    private static Set<String> unusedControls() throws IOException {
        return Files.readAllLines(Path.of("packaging/css/unused-controls.txt")).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).collect(Collectors.toSet());
    }
}
