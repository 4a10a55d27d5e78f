package org.mastokey.cli;

import java.util.regex.Pattern;

/** Names a child's environment may be given: what POSIX shells accept as variable names. */
final class EnvironmentNames {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private EnvironmentNames() {
    }

    static boolean isValid(String name) {
        return name != null && NAME.matcher(name).matches();
    }
}
