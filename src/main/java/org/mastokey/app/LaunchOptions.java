package org.mastokey.app;

import java.util.List;

/**
 * The desktop launcher's flags.
 *
 * @param demo                 start the built-in fake server and pre-fill its address
 * @param exitAfterFirstFrame  print {@code first-frame-ms=N} once the wizard is drawn, then exit 0
 */
public record LaunchOptions(boolean demo, boolean exitAfterFirstFrame) {

    public static LaunchOptions parse(List<String> args) {
        boolean demo = false;
        boolean exit = false;
        for (String arg : args) {
            switch (arg) {
                case "--demo" -> demo = true;
                case "--exit-after-first-frame" -> exit = true;
                default -> throw new IllegalArgumentException("unknown option " + arg
                        + " (known: --demo, --exit-after-first-frame)");
            }
        }
        return new LaunchOptions(demo, exit);
    }
}
