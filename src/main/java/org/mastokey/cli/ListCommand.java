package org.mastokey.cli;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.mastokey.account.SavedAccount;
import org.mastokey.keystore.SecretStore;
import org.mastokey.net.ServerText;
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
            // A keyring restarted locked lists nothing: that is no proof that nothing is saved.
            SecretStore.Availability availability = context.store().availability();
            if (!availability.status().isUsable()) {
                throw new CliFailure(ExitCode.KEYCHAIN_UNAVAILABLE, "keychain: " + availability.explanation());
            }
            context.env().err().println("No saved accounts. Add one with: mastokey login --server HOST");
            return ExitCode.OK;
        }
        List<String[]> rows = new ArrayList<>();
        if (!quiet) {
            rows.add(new String[]{"ACCOUNT", "SERVER", "SCOPES", "SAVED", "NOTE"});
        }
        for (SavedAccount account : saved) {
            // Items may come from older versions or other tools: one line per account whatever they hold.
            if (quiet) {
                context.env().out().println(ServerText.oneLine(account.acct()));
                continue;
            }
            rows.add(new String[]{ServerText.oneLine(account.acct()), ServerText.oneLine(String.valueOf(account.server())),
                    ServerText.oneLine(account.scopes().asParameter()),
                    account.savedAt() == null ? "" : SAVED_AT.format(account.savedAt().atZone(ZoneId.systemDefault())),
                    account.note() == null ? "" : ServerText.oneLine(account.note())});
        }
        if (!quiet) {
            Table.print(rows, context.env().out());
        }
        return ExitCode.OK;
    }
}
