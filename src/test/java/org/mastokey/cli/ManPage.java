package org.mastokey.cli;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** Renders {@code mastokey(1)} in roff (man(7) macros) from the picocli command model. */
final class ManPage {
    private ManPage() {
    }

    static String render(CommandLine cli, String version, LocalDate date) {
        CommandSpec root = cli.getCommandSpec();
        StringBuilder man = new StringBuilder();
        man.append(".TH MASTOKEY 1 \"").append(date).append("\" \"mastokey ").append(escape(version))
                .append("\" \"User Commands\"\n");
        man.append(".SH NAME\nmastokey \\- ").append(escape(CommandDocs.summary(root))).append('\n');
        man.append(".SH SYNOPSIS\n.nh\n.ad l\n");
        synopsis(man, root);
        for (CommandLine sub : cli.getSubcommands().values()) {
            synopsis(man, sub.getCommandSpec());
        }
        man.append(".ad b\n.hy\n");
        man.append(".SH DESCRIPTION\n");
        paragraphs(man, root.usageMessage().description());
        man.append(".SH OPTIONS\n");
        options(man, root);
        man.append(".SH COMMANDS\n");
        for (Map.Entry<String, CommandLine> sub : cli.getSubcommands().entrySet()) {
            CommandSpec spec = sub.getValue().getCommandSpec();
            man.append(".SS ").append(escape(sub.getKey())).append('\n');
            paragraphs(man, spec.usageMessage().header());
            paragraphs(man, spec.usageMessage().description());
            parameters(man, spec.positionalParameters());
            options(man, spec);
        }
        exitStatus(man, root.usageMessage().footer());
        man.append(".SH \"SEE ALSO\"\n.BR secret-tool (1)\n");
        return man.toString();
    }

    private static void synopsis(StringBuilder man, CommandSpec spec) {
        Help help = new Help(spec, Help.defaultColorScheme(Help.Ansi.OFF));
        String line = help.synopsis(0).strip().replaceAll("\\s+", " ");
        String name = spec.qualifiedName();
        man.append(".B ").append(escape(name)).append('\n');
        if (line.length() > name.length()) {
            man.append(escape(line.substring(name.length()).strip())).append('\n');
        }
        man.append(".br\n");
    }

    /** Lines starting with blanks (examples) stay as they are; the others are filled as text. */
    private static void paragraphs(StringBuilder man, String[] lines) {
        boolean literal = false;
        for (String raw : expand(lines)) {
            if (raw.isBlank() && !literal) {
                man.append(".PP\n");
                continue;
            }
            boolean example = raw.startsWith(" ");
            if (example != literal) {
                man.append(example ? ".PP\n.nf\n.RS\n" : ".RE\n.fi\n");
                literal = example;
            }
            man.append(escape(example ? raw.strip() : raw)).append('\n');
        }
        if (literal) {
            man.append(".RE\n.fi\n");
        }
        man.append(".PP\n");
    }

    private static void parameters(StringBuilder man, List<PositionalParamSpec> parameters) {
        for (PositionalParamSpec parameter : parameters) {
            if (!parameter.hidden()) {
                man.append(".TP\n\\fI").append(escape(parameter.paramLabel())).append("\\fR\n")
                        .append(escape(String.join(" ", expand(parameter.description())))).append('\n');
            }
        }
    }

    private static void options(StringBuilder man, CommandSpec spec) {
        for (OptionSpec option : spec.options()) {
            if (option.hidden()) {
                continue;
            }
            man.append(".TP\n");
            String[] names = option.names();
            for (int i = 0; i < names.length; i++) {
                man.append(i == 0 ? "" : ", ").append("\\fB").append(escape(names[i])).append("\\fR");
            }
            if (option.arity().max() > 0) {
                man.append(" \\fI").append(escape(option.paramLabel())).append("\\fR");
            }
            man.append('\n').append(escape(String.join(" ", expand(option.description())))).append('\n');
        }
    }

    /** The root's footer holds the exit codes ("  0  ok") and a closing example. */
    private static void exitStatus(StringBuilder man, String[] footer) {
        man.append(".SH \"EXIT STATUS\"\n");
        for (String line : expand(footer)) {
            String[] code = line.strip().split("\\s{2,}", 2);
            if (code.length == 2 && code[0].matches("\\d+")) {
                man.append(".TP\n.B ").append(code[0]).append('\n').append(escape(code[1])).append('\n');
            } else if (!line.isBlank()) {
                man.append(".SH EXAMPLE\n").append(escape(line.strip())).append('\n');
            }
        }
    }

    /** picocli's %n line breaks and %% percent signs, as help would print them. */
    private static List<String> expand(String[] lines) {
        return Arrays.stream(String.join("\n", lines).replace("%n", "\n").replace("%%", "%").split("\n"))
                .toList();
    }

    static String escape(String text) {
        String escaped = text.replace("\\", "\\e").replace("-", "\\-");
        return escaped.startsWith(".") || escaped.startsWith("'") ? "\\&" + escaped : escaped;
    }
}
