package org.mastokey.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The launcher's path into the command line must not load a single JavaFX class (that is what makes
 * {@code mastokey token} start fast and work without a display). Checked from the JVM's own class
 * loading log, with JavaFX on the class path as it is in the app.
 */
class CliLoadsNoJavaFxTest {

    @Test
    void tokenAndHelpRunWithoutLoadingJavaFx() {
        assertThat(Launcher.classPath()).as("JavaFX must be on the class path for this test to mean anything")
                .contains("javafx");
        for (List<String> args : List.of(List.of("token", "nobody@example.social"), List.of("--help"), List.of("list"))) {
            Launcher.Result result = Launcher.mastokey().jvmOption("-Xlog:class+load=info")
                    .run(args.toArray(String[]::new));

            assertThat(result.stdout()).as("class loading log of %s", args).contains("org.mastokey.cli.Cli ");
            assertThat(result.stdout().lines().filter(line -> line.contains("javafx.") || line.contains("com.sun.javafx")))
                    .as("JavaFX classes loaded by mastokey %s", args).isEmpty();
        }
    }
}
