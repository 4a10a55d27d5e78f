package org.mastokey.cli;

/** The command line (issue 6): {@code mastokey login|list|token|verify|revoke|rotate}. */
public final class Cli {
    private Cli() {
    }

    /** @return the process exit code */
    public static int run(String[] args) {
        System.err.println("mastokey: the command line is not built yet");
        return 1;
    }
}
