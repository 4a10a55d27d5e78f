package org.mastokey.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Opens a URL with a command: the one given on the command line, else {@code $BROWSER} (first entry of
 * its colon-separated list, as other Unix tools read it), else the desktop's own opener. Uses no AWT
 * and no JavaFX, so the command line starts quickly and works without a display toolkit.
 */
final class BrowserProcess {
    private final List<String> command;

    private BrowserProcess(List<String> command) {
        this.command = command;
    }

    static BrowserProcess choose(String explicit, Optional<String> browserVariable) {
        if (explicit != null && !explicit.isBlank()) {
            return new BrowserProcess(split(explicit));
        }
        if (browserVariable.isPresent()) {
            return new BrowserProcess(split(browserVariable.get().split(":")[0]));
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("mac")) {
            return new BrowserProcess(List.of("open"));
        }
        if (os.contains("win")) {
            return new BrowserProcess(List.of("rundll32", "url.dll,FileProtocolHandler"));
        }
        return new BrowserProcess(List.of("xdg-open"));
    }

    /** The command as a person recognises it: short ones whole, long ones (a class path...) by program name. */
    String describe() {
        String whole = String.join(" ", command);
        return whole.length() <= 60 ? whole : Path.of(command.get(0)).getFileName() + " ...";
    }

    /** Starts the command; its stdout is dropped (ours belongs to the caller's script), stderr shared. */
    Process open(URI url) throws IOException {
        List<String> words = new ArrayList<>();
        boolean substituted = false;
        for (String word : command) {
            if (word.contains("%s")) {
                words.add(word.replace("%s", url.toString()));
                substituted = true;
            } else {
                words.add(word);
            }
        }
        if (!substituted) {
            words.add(url.toString());
        }
        Process process = new ProcessBuilder(words)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        process.getOutputStream().close();
        return process;
    }

    /** Splits a command line on blanks, honouring single and double quotes (no other shell syntax). */
    static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char quote = 0;
        boolean inWord = false;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw new CliFailure(ExitCode.USAGE, "Unbalanced quote in the browser command: " + line);
        }
        if (inWord) {
            words.add(word.toString());
        }
        if (words.isEmpty()) {
            throw new CliFailure(ExitCode.USAGE, "The browser command is empty.");
        }
        return words;
    }
}
