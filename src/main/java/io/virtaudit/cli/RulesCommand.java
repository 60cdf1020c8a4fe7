package io.virtaudit.cli;

import io.virtaudit.engine.CompiledRules;
import io.virtaudit.input.InputException;
import io.virtaudit.input.Suggestions;
import io.virtaudit.rules.Policy;
import io.virtaudit.rules.RuleDocument;
import io.virtaudit.rules.RuleMetadata;
import io.virtaudit.report.ReportFiles;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code virtaudit rules}: the rule catalogue of the loaded packs. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "The rule catalogue: list, show ID, doc.",
        subcommands = {RulesCommand.ListRules.class, RulesCommand.ShowRule.class, RulesCommand.DocRules.class})
final class RulesCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().getSubcommands().get("list").execute(new String[0]);
    }

    /** The options every rules subcommand shares: extra packs and a policy. */
    static final class PackOptions {
        @Option(names = "--rules", paramLabel = "DIR", description = "An extra rule pack (repeatable).")
        List<Path> ruleDirs = List.of();

        @Option(names = "--policy", paramLabel = "FILE", description = "Show thresholds, selection and severities under this policy.")
        Path policyFile;

        @Mixin
        CommonOptions common;

        /** The packs compiled and the policy read against them. */
        Loaded load() {
            CompiledRules rules = RulePacks.compile(ruleDirs);
            return new Loaded(rules, Policies.read(policyFile, rules));
        }
    }

    /** What every rules subcommand works from. */
    record Loaded(CompiledRules rules, Policy policy) {
    }

    /** {@code virtaudit rules list}: id, severity, domain, title. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the rules: id, severity, domain, title.")
    static final class ListRules implements Callable<Integer> {

        @Mixin
        PackOptions options;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Loaded loaded = options.load();
            CompiledRules rules = loaded.rules();
            Policy policy = loaded.policy();
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%-8s  %-8s  %-6s  %s%n", "ID", "SEVERITY", "DOMAIN", "TITLE");
            for (RuleMetadata rule : rules.rules()) {
                out.printf("%-8s  %-8s  %-6s  %s%s%n", rule.id(), policy.severityOf(rule).wireName(), rule.domain(),
                        rule.title(), policy.enables(rule) ? "" : "  (disabled by the policy)");
            }
            return ExitCode.OK;
        }
    }

    /** {@code virtaudit rules show ID}: everything about one rule, thresholds in effect included. */
    @Command(name = "show", mixinStandardHelpOptions = true, description = "Everything about one rule.")
    static final class ShowRule implements Callable<Integer> {

        @Parameters(paramLabel = "ID", description = "A rule id such as TIM-004.")
        String id;

        @Mixin
        PackOptions options;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Loaded loaded = options.load();
            CompiledRules rules = loaded.rules();
            Policy policy = loaded.policy();
            RuleMetadata rule = rules.byId().get(id.strip().toUpperCase(java.util.Locale.ROOT));
            if (rule == null) {
                throw new InputException("rules show", "", "unknown rule id '" + id + "'"
                        + Suggestions.closest(id, rules.byId().keySet()).map(s -> "; did you mean " + s + "?").orElse(""));
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(rule.id() + "  " + rule.title());
            line(out, "severity", policy.severityOf(rule).wireName()
                    + (policy.severityOverrides().containsKey(rule.id()) ? " (policy override of " + rule.severity().wireName() + ")" : ""));
            line(out, "status", policy.enables(rule) ? "enabled" : "disabled by the policy");
            line(out, "category", rule.category());
            line(out, "subject", rule.subject().wireName());
            line(out, "seed", rule.seed());
            line(out, "pack", rule.pack() + " (" + rule.sourceFile() + ")");
            List<String> thresholds = rules.thresholdsOf(rule.id());
            line(out, "thresholds", thresholds.isEmpty() ? "none" : "");
            for (String name : thresholds) {
                String value = policy.thresholds().display(name);
                String standard = io.virtaudit.rules.Thresholds.defaults().display(name);
                out.println("  " + name + " = " + value + (value.equals(standard) ? "" : " (default " + standard + ")"));
            }
            line(out, "needs", rule.needs().isEmpty() ? "nothing beyond its subject" : String.join(", ", rule.needs()));
            line(out, "remediation", rule.remediation());
            line(out, "references", "");
            rule.references().forEach(r -> out.println("  - " + r));
            return ExitCode.OK;
        }

        private static void line(PrintWriter out, String label, String value) {
            out.printf("%-12s %s%n", label + ":", value);
        }
    }

    /** {@code virtaudit rules doc}: the catalogue as Markdown (docs/rules.md is its output). */
    @Command(name = "doc", mixinStandardHelpOptions = true, description = "The rule catalogue as Markdown.")
    static final class DocRules implements Callable<Integer> {

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to this file instead of standard output.")
        Path output;

        @Mixin
        PackOptions options;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (output != null) {
                List<Path> read = new java.util.ArrayList<>(options.ruleDirs);
                read.add(options.policyFile);
                OutputGuard.over(read).refuse(output);
            }
            Loaded loaded = options.load();
            CompiledRules rules = loaded.rules();
            Policy policy = loaded.policy();
            String markdown = RuleDocument.markdown(rules.rules(), rules::thresholdsOf, policy);
            if (output == null) {
                spec.commandLine().getOut().print(markdown);
            } else {
                ReportFiles.writeAll(List.of(new ReportFiles.Output(
                        out -> out.write(markdown.getBytes(StandardCharsets.UTF_8)), output)));
                spec.commandLine().getOut().println("wrote " + output);
            }
            return ExitCode.OK;
        }
    }

}
