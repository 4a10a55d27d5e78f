package org.mastokey.cli;

import java.time.Duration;
import picocli.CommandLine.Option;

/** How a command treats a keychain that wants the person's approval first; shared by every keychain command. */
final class KeychainOptions {
    static final Duration PATIENCE = Duration.ofMinutes(2);

    @Option(names = "--wait-for-approval",
            description = {"If the keychain asks you to allow Mastokey first (KeePassXC's access confirmation),",
                    "let its dialog appear and wait up to 2 minutes for your answer instead of failing at once."})
    boolean waitForApproval;
}
