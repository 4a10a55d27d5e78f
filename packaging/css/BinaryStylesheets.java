import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.Stylesheet;

/**
 * Writes a binary copy ({@code .bss}) next to each style sheet in the given folders of the build output, so
 * that JavaFX loads the binary form at start-up instead of parsing the text: asked for
 * {@code wizard.css}, its StyleManager looks for {@code wizard.bss} first. The {@code .css} stays the
 * source of truth; Maven runs this after every compile (see pom.xml), so the two never drift apart in
 * a Maven build. An IDE that copies resources by itself keeps the last Maven-built {@code .bss}: run
 * {@code ./mvnw process-classes} after editing a style sheet, or delete the {@code .bss}.
 *
 * <pre>java -cp &lt;javafx-graphics on the class path&gt; packaging/css/BinaryStylesheets.java target/classes/org/mastokey/ui target/classes/atlantafx/base/theme</pre>
 */
public final class BinaryStylesheets {
    private BinaryStylesheets() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: java BinaryStylesheets.java <folder with .css files>...");
            System.exit(2);
        }
        for (String folder : args) {
            List<Path> sheets;
            try (Stream<Path> files = Files.walk(Path.of(folder))) {
                sheets = files.filter(file -> file.getFileName().toString().endsWith(".css")).sorted().toList();
            }
            for (Path css : sheets) {
                String name = css.getFileName().toString();
                Path bss = css.resolveSibling(name.substring(0, name.length() - ".css".length()) + ".bss");
                Stylesheet.convertToBinary(css.toFile(), bss.toFile());
            }
            System.out.println("BinaryStylesheets: " + sheets.size() + " style sheets in " + folder);
        }
    }
}
