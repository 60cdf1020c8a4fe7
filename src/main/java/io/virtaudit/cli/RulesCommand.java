package io.virtaudit.cli;

import io.virtaudit.engine.CompiledRules;
import io.virtaudit.rules.RuleMetadata;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code virtaudit rules}: the rule catalogue of the loaded packs. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "The rule catalogue.",
        subcommands = {RulesCommand.ListRules.class})
final class RulesCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().getSubcommands().get("list").execute(new String[0]);
    }

    /** {@code virtaudit rules list}: id, severity, domain, title. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the rules: id, severity, domain, title.")
    static final class ListRules implements Callable<Integer> {

        @Option(names = "--rules", paramLabel = "DIR", description = "An extra rule pack (repeatable).")
        List<Path> ruleDirs = List.of();

        @Mixin
        CommonOptions common;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            CompiledRules rules = RulePacks.compile(ruleDirs);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%-8s  %-8s  %-6s  %s%n", "ID", "SEVERITY", "DOMAIN", "TITLE");
            for (RuleMetadata rule : rules.rules()) {
                out.printf("%-8s  %-8s  %-6s  %s%n", rule.id(), rule.severity().wireName(), rule.domain(), rule.title());
            }
            return ExitCode.OK;
        }
    }
}
