package org.mastokey.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The desktop launcher's flags.
 *
 * @param demo                 start the built-in fake server and pre-fill its address
 * @param exitAfterFirstFrame  print {@code first-frame-ms=N} once the wizard is drawn, then exit 0
 * @param screenshots          walk the demo wizard and save a PNG per step into this folder
 */
public record LaunchOptions(boolean demo, boolean exitAfterFirstFrame, Optional<Path> screenshots) {

    public static LaunchOptions parse(List<String> args) {
        boolean demo = false;
        boolean exit = false;
        Path shots = null;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--demo" -> demo = true;
                case "--exit-after-first-frame" -> exit = true;
                case "--screenshots" -> {
                    if (i + 1 >= args.size()) {
                        throw new IllegalArgumentException("--screenshots needs a folder");
                    }
                    shots = Path.of(args.get(++i));
                    demo = true;
                }
                default -> throw new IllegalArgumentException("unknown option " + args.get(i)
                        + " (known: --demo, --exit-after-first-frame, --screenshots DIR)");
            }
        }
        return new LaunchOptions(demo, exit, Optional.ofNullable(shots));
    }
}
