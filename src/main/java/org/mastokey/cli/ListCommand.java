package org.mastokey.cli;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.mastokey.account.SavedAccount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code mastokey list}: the saved accounts, never their tokens. */
@Command(name = "list", mixinStandardHelpOptions = true,
        header = "List the saved accounts (never their tokens).",
        description = "Lists the accounts whose tokens are saved in the keychain (never the tokens).")
final class ListCommand implements Callable<Integer> {
    private static final DateTimeFormatter SAVED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Option(names = {"-q", "--quiet"}, description = "Print only the account names, one per line.")
    boolean quiet;

    @Mixin
    KeychainOptions keychain;

    private final CommandContext context;

    ListCommand(CliEnvironment env) {
        this.context = new CommandContext(env);
    }

    @Override
    public Integer call() throws Exception {
        context.use(keychain);
        List<SavedAccount> saved = new ArrayList<>(context.accounts().list());
        saved.sort(Comparator.comparing(SavedAccount::acct));
        if (saved.isEmpty()) {
            context.env().err().println("No saved accounts. Add one with: mastokey login --server HOST");
            return ExitCode.OK;
        }
        List<String[]> rows = new ArrayList<>();
        if (!quiet) {
            rows.add(new String[]{"ACCOUNT", "SERVER", "SCOPES", "SAVED", "NOTE"});
        }
        for (SavedAccount account : saved) {
            if (quiet) {
                context.env().out().println(account.acct());
                continue;
            }
            rows.add(new String[]{account.acct(), String.valueOf(account.server()), account.scopes().asParameter(),
                    account.savedAt() == null ? "" : SAVED_AT.format(account.savedAt().atZone(ZoneId.systemDefault())),
                    account.note() == null ? "" : account.note()});
        }
        if (!quiet) {
            Table.print(rows, context.env().out());
        }
        return ExitCode.OK;
    }
}
