package org.mastokey.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mastokey.account.SavedAccount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mastokey run --env-file FILE -- COMMAND}: a .env file of references, resolved from the keychain. */
@Command(name = "run", mixinStandardHelpOptions = true,
        header = "Run a command with a .env file whose secrets are references into the keychain.",
        description = {"Reads FILE (NAME=value lines), replaces every value of the form mastokey://ACCOUNT (the token),",
                "mastokey://ACCOUNT/base-url or mastokey://ACCOUNT/account with what the keychain holds, and runs",
                "COMMAND with those variables added to its environment. Plain lines pass through as they are.",
                "Such a file holds no secret and is safe to commit:",
                "  MASTODON_ACCESS_TOKEN=mastokey://alice@example.social",
                "  MASTODON_API_BASE_URL=mastokey://alice@example.social/base-url",
                "  mastokey run --env-file .env -- python3 post.py"})
final class RunCommand implements Callable<Integer> {
    @Option(names = "--env-file", required = true, paramLabel = "FILE", description = "The .env file to read.")
    Path envFile;

    @Parameters(arity = "1..*", paramLabel = "COMMAND", description = "The command and its arguments, after --.")
    List<String> command;

    private final CommandContext context;

    RunCommand(CliEnvironment env) {
        this.context = new CommandContext(env);
    }

    @Override
    public Integer call() throws Exception {
        EnvFile file;
        try {
            file = EnvFile.parse(Files.readString(envFile, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CliFailure(ExitCode.USAGE, "Could not read " + envFile + ": " + e.getClass().getSimpleName());
        } catch (CliFailure e) {
            throw new CliFailure(e.exitCode(), envFile + " " + e.getMessage());
        }
        Map<String, String> environment = new LinkedHashMap<>();
        for (EnvFile.Entry entry : file.entries()) {
            environment.put(entry.name(), entry.isReference() ? resolve(entry) : entry.value());
        }
        return ChildCommand.run(command, environment, context.env());
    }

    private String resolve(EnvFile.Entry entry) throws Exception {
        EnvFile.Reference reference;
        try {
            reference = EnvFile.reference(entry);
        } catch (CliFailure e) {
            throw new CliFailure(e.exitCode(), envFile + " " + e.getMessage());
        }
        String where = envFile + " line " + entry.line() + " (" + entry.name() + ")";
        SavedAccount saved;
        try {
            saved = context.saved(reference.account());
        } catch (CliFailure e) {
            throw new CliFailure(e.exitCode(), where + ": " + e.getMessage());
        }
        return switch (reference.part()) {
            case TOKEN -> context.token(saved.acct()).reveal();
            case BASE_URL -> saved.server().toString();
            case ACCOUNT -> saved.acct();
        };
    }
}
