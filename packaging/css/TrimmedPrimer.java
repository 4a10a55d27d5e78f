import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes AtlantaFX's Primer style sheets without the rules for controls the app never shows: every
 * selector that names a style class listed in {@code unused-controls.txt} goes, and a rule goes when
 * none of its selectors is left. The first frame's CSS pass then loads and matches about 470 rules
 * instead of 1,070 (58 KB of text instead of 165 KB). Run by Maven after the sheets are unpacked (see
 * pom.xml); BinaryStylesheets.java then writes their {@code .bss}.
 *
 * <pre>java packaging/css/TrimmedPrimer.java packaging/css/unused-controls.txt target/primer/atlantafx/base/theme target/classes/atlantafx/base/theme</pre>
 */
public final class TrimmedPrimer {
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    /** Primer's sheets are flat: selectors, then declarations in braces, never nested. */
    private static final Pattern RULE = Pattern.compile("([^{}]*)\\{([^{}]*)}");
    private static final Pattern STYLE_CLASS = Pattern.compile("\\.([A-Za-z_][\\w-]*)");

    private TrimmedPrimer() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: java TrimmedPrimer.java <unused-controls.txt> <from folder> <to folder>");
            System.exit(2);
        }
        Set<String> unused = Files.readAllLines(Path.of(args[0])).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).collect(Collectors.toSet());
        Path to = Files.createDirectories(Path.of(args[2]));
        List<Path> sheets;
        try (Stream<Path> files = Files.list(Path.of(args[1]))) {
            sheets = files.filter(file -> file.getFileName().toString().endsWith(".css")).sorted().toList();
        }
        for (Path sheet : sheets) {
            String css = Files.readString(sheet, StandardCharsets.UTF_8);
            String trimmed = trim(css, unused);
            Files.writeString(to.resolve(sheet.getFileName()), trimmed, StandardCharsets.UTF_8);
            System.out.printf("TrimmedPrimer: %s %d -> %d rules, %d -> %d KB%n", sheet.getFileName(),
                    RULE.matcher(COMMENT.matcher(css).replaceAll("")).results().count(),
                    RULE.matcher(trimmed).results().count(), css.length() >> 10, trimmed.length() >> 10);
        }
    }

    static String trim(String css, Set<String> unused) {
        String text = COMMENT.matcher(css).replaceAll("");
        if (text.indexOf('@') >= 0) {
            throw new IllegalArgumentException("an @-rule in the style sheet: TrimmedPrimer only knows flat rules");
        }
        StringBuilder out = new StringBuilder();
        Matcher rule = RULE.matcher(text);
        int end = 0;
        while (rule.find()) {
            end = rule.end();
            List<String> kept = new ArrayList<>();
            for (String selector : Arrays.stream(rule.group(1).split(",")).map(String::strip).toList()) {
                if (STYLE_CLASS.matcher(selector).results().map(m -> m.group(1)).noneMatch(unused::contains)) {
                    kept.add(selector);
                }
            }
            if (!kept.isEmpty()) {
                out.append(String.join(",\n", kept)).append(" {").append(rule.group(2).strip()).append("}\n");
            }
        }
        if (!text.substring(end).isBlank()) {
            throw new IllegalArgumentException("unexpected text after the last rule");
        }
        return out.toString();
    }
}
