package org.mastokey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mastokey.ui.wizard.scopes.ScopeCatalog;

/** Every key in every bundle; no key used that is missing; no key in the bundle that nothing uses. */
class MessagesConsistencyTest {
    private static final Path MAIN_JAVA = Path.of("src/main/java/org/mastokey");
    private static final Path MAIN_RESOURCES = Path.of("src/main/resources/org/mastokey/ui");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");
    private static final Pattern JAVA_LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]+)+)\"");

    @Test
    void everyBundleHasTheSameKeys() throws IOException {
        Set<String> english = load("messages.properties").stringPropertyNames();
        Set<String> german = load("messages_de.properties").stringPropertyNames();
        assertThat(new TreeSet<>(german)).as("German bundle").isEqualTo(new TreeSet<>(english));
    }

    @Test
    void everyKeyUsedExistsAndEveryKeyIsUsed() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Set<String> used = usedKeys();
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(keys);
        assertThat(missing).as("keys used in FXML/Java but missing from messages.properties").isEmpty();
        Set<String> unused = new TreeSet<>(keys);
        unused.removeAll(used);
        assertThat(unused).as("keys in messages.properties that no FXML or Java file uses").isEmpty();
    }

    @Test
    void placeholdersMatchBetweenLanguages() throws IOException {
        Properties en = load("messages.properties");
        Properties de = load("messages_de.properties");
        Pattern placeholder = Pattern.compile("\\{\\d}");
        for (String key : en.stringPropertyNames()) {
            assertThat(placeholders(placeholder, de.getProperty(key))).as(key)
                    .isEqualTo(placeholders(placeholder, en.getProperty(key)));
        }
    }

    private static Set<String> placeholders(Pattern p, String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = p.matcher(text == null ? "" : text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static Set<String> usedKeys() throws IOException {
        Set<String> used = new HashSet<>();
        try (Stream<Path> files = Files.walk(MAIN_RESOURCES)) {
            for (Path fxml : files.filter(f -> f.toString().endsWith(".fxml")).toList()) {
                collect(FXML_KEY, Files.readString(fxml), used);
            }
        }
        try (Stream<Path> files = Stream.concat(Files.walk(MAIN_JAVA.resolve("ui")), Files.walk(MAIN_JAVA.resolve("app")))) {
            for (Path java : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                collect(JAVA_LITERAL, Files.readString(java), used);
            }
        }
        // Scope meanings are looked up by name: one key per scope the catalog knows.
        for (ScopeCatalog.Group group : ScopeCatalog.ALL) {
            used.add(ScopeCatalog.textKey(group.scope()));
            group.children().forEach(child -> used.add(ScopeCatalog.textKey(child)));
        }
        used.removeIf(key -> key.startsWith("org.mastokey") || key.startsWith("mastokey.") || key.startsWith("javafx.")
                || key.startsWith("glass.") || key.startsWith("os.") || key.contains(".so.") || key.matches(".*\\.(fxml|css|png)$"));
        return used;
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(MAIN_RESOURCES.resolve(name))) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
