/**
 * The training run of the command line's AOT cache (packaging/linux/cli-archive): the commands scripts
 * and people start most, in one JVM, so that one cache covers them all. Shipped only as
 * lib/app/cli-training.jar on the command line's class path, which must equal the training's; never run there.
 */
public final class CliTraining {
    private CliTraining() {
    }

    public static void main(String[] args) {
        String unknown = "cli-training@example.invalid";
        for (String[] command : new String[][]{{"token", unknown}, {"token", "--env", unknown}, {"list"}, {"--help"}, {"token", "--help"}}) {
            org.mastokey.cli.Cli.run(command);
        }
    }
}
