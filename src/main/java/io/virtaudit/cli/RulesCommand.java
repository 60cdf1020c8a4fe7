package io.virtaudit.cli;

import io.virtaudit.engine.CompiledRules;
import io.virtaudit.rules.PolicyReader;
import io.virtaudit.engine.RuleCompiler;
import io.virtaudit.engine.RulePackReader;
import io.virtaudit.fixture.CaseResult;
import io.virtaudit.fixture.FixtureFile;
import io.virtaudit.fixture.FixtureSuite;
import io.virtaudit.fixture.JunitResults;
import io.virtaudit.fixture.TextResults;
import io.virtaudit.input.InputException;
import io.virtaudit.input.InputNames;
import io.virtaudit.input.Suggestions;
import io.virtaudit.rules.Policy;
import io.virtaudit.rules.RuleDocument;
import io.virtaudit.rules.RuleMetadata;
import io.virtaudit.report.ReportFiles;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import javax.xml.stream.XMLStreamException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code virtaudit rules}: the rule catalogue of the loaded packs, and their fixtures run. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "The rule catalogue: list, show ID, doc; and test, which runs a pack's fixtures.",
        subcommands = {RulesCommand.ListRules.class, RulesCommand.ShowRule.class, RulesCommand.DocRules.class,
            RulesCommand.TestRules.class})
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
            CompiledRules rules = RuleCompiler.builtInAnd(ruleDirs);
            return new Loaded(rules, PolicyReader.readOrDefaults(policyFile, rules.rules()));
        }
    }

    /** What every rules subcommand works from. */
    record Loaded(CompiledRules rules, Policy policy) {
    }

    /** {@code virtaudit rules list}: id, severity, domain, title; or, with a framework, its controls and their rules. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the rules: id, severity, domain, title.")
    static final class ListRules implements Callable<Integer> {

        @Mixin
        PackOptions options;

        @Option(names = "--framework", paramLabel = "NAME", description = "List the controls of this framework the "
                + "rules check, each with the rules behind it: stig, cis, scg, pci-dss, nist-800-53, iso-27001, soc2, "
                + "or a scheme such as cis-esxi-8.")
        String framework;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Loaded loaded = options.load();
            CompiledRules rules = loaded.rules();
            Policy policy = loaded.policy();
            PrintWriter out = spec.commandLine().getOut();
            if (framework != null) {
                java.util.SortedMap<String, List<String>> controls = io.virtaudit.rules.Frameworks.controls(rules.rules(), framework);
                if (controls.isEmpty()) {
                    throw new InputException("rules list", "", io.virtaudit.rules.Frameworks.unknown(rules.rules(), framework));
                }
                int width = controls.keySet().stream().mapToInt(String::length).max().orElse(7);
                out.printf("%-" + width + "s  %s%n", "CONTROL", "RULES");
                controls.forEach((control, ids) -> out.printf("%-" + width + "s  %s%n", control, String.join(", ", ids)));
                return ExitCode.OK;
            }
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
            line(out, "controls", rule.controls().isEmpty() ? "none" : String.join(" ", rule.controls()));
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

    /**
     * {@code virtaudit rules test [DIR]}: runs a pack's fixtures ({@code DIR/fixtures/}, or the
     * built-in pack's own without DIR) and prints each case passed or failed, as {@code opa test}
     * and {@code conftest verify} do. The pack is loaded with the built-in one, as {@code check
     * --rules DIR} loads it; a case judges only the rules it names.
     */
    @Command(name = "test", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Run a rule pack's fixtures and print each case passed or failed.",
                "DIR is the pack (its fixtures in DIR/fixtures/), loaded with the built-in pack as check --rules"
                        + " loads it; without DIR, the built-in pack and its own fixtures."},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:every case passed",
                "2:a fixture, a pack or an option is wrong (no case was judged)",
                "4:a case failed"})
    static final class TestRules implements Callable<Integer> {

        @Parameters(paramLabel = "DIR", arity = "0..1",
                description = "The pack to test: DRL files and decision tables, fixtures in DIR/fixtures/.")
        Path packDir;

        @Option(names = "--fixtures", paramLabel = "PATH", description = "A fixture file or folder instead of DIR/fixtures/.")
        Path fixtures;

        @Option(names = "--rule", paramLabel = "ID", description = "Only the cases that judge this rule (repeatable).")
        List<String> only = List.of();

        @Option(names = "--rules", paramLabel = "DIR", description = "Another pack to load beside them (repeatable).")
        List<Path> ruleDirs = List.of();

        @Option(names = "--format", paramLabel = "FORMAT", description = "text (the default) or junit (JUnit XML, for CI).")
        String format = "text";

        @Mixin
        CommonOptions common;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws XMLStreamException {
            boolean junit = junit();
            List<Path> dirs = new ArrayList<>(ruleDirs);
            if (packDir != null) {
                dirs.add(packDir);
            }
            CompiledRules rules = RuleCompiler.builtInAnd(dirs);
            FixtureSuite suite = FixtureSuite.read(fixtureFiles(), rules);
            if (!only.isEmpty()) {
                suite = suite.only(selected(rules, suite));
            } else if (fixtures == null) {
                warnOfRulesWithoutFixtures(rules, suite);
            }
            PrintWriter out = spec.commandLine().getOut();
            List<CaseResult> results = new ArrayList<>();
            FixtureSuite.Summary summary = suite.run(result -> {
                if (junit) {
                    results.add(result);
                } else {
                    TextResults.lines(result).forEach(out::println);
                    out.flush();
                }
            });
            if (junit) {
                JunitResults.write(results, out);
            } else {
                out.println(summary.describe());
            }
            return summary.allPassed() ? ExitCode.OK : ExitCode.FINDINGS;
        }

        private boolean junit() {
            if (!format.equals("text") && !format.equals("junit")) {
                throw new ParameterException(spec.commandLine(),
                        "Invalid value for option '--format': '" + format + "' is not text or junit");
            }
            return format.equals("junit");
        }

        private List<FixtureFile> fixtureFiles() {
            List<FixtureFile> files;
            String where;
            if (fixtures != null) {
                where = InputNames.display(fixtures);
                files = FixtureFile.under(fixtures, where);
            } else if (packDir == null) {
                where = "rules/" + FixtureFile.FOLDER;
                files = FixtureFile.builtIn();
            } else {
                Path folder = packDir.resolve(FixtureFile.FOLDER);
                where = InputNames.display(folder);
                if (!Files.isDirectory(folder)) {
                    throw new InputException(InputNames.display(packDir), "", "the pack has no " + FixtureFile.FOLDER
                            + "/ folder: put its fixtures in " + where + "/*.yaml, or give --fixtures PATH");
                }
                files = FixtureFile.under(folder, where);
            }
            if (files.isEmpty()) {
                throw new InputException(where, "", "no fixtures here (*.yaml, *.yml)");
            }
            return files;
        }

        /** The ids of {@code --rule}, each a loaded rule that some case judges. */
        private Set<String> selected(CompiledRules rules, FixtureSuite suite) {
            Set<String> ids = new LinkedHashSet<>();
            for (String id : only) {
                String rule = id.strip().toUpperCase(Locale.ROOT);
                if (!rules.byId().containsKey(rule)) {
                    throw new InputException("rules test", "", "unknown rule id '" + id + "'"
                            + Suggestions.closest(rule, rules.byId().keySet()).map(s -> "; did you mean " + s + "?").orElse(""));
                }
                if (!suite.rulesJudged().contains(rule)) {
                    throw new InputException("rules test", "", "no fixture judges " + rule);
                }
                ids.add(rule);
            }
            return ids;
        }

        /** A rule of the pack under test that no case judges is untested: said on standard error. */
        private void warnOfRulesWithoutFixtures(CompiledRules rules, FixtureSuite suite) {
            String pack = packDir == null ? RulePackReader.CORE : rules.packs().get(rules.packs().size() - 1).id();
            List<String> untested = rules.rules().stream().filter(r -> r.pack().equals(pack)).map(RuleMetadata::id)
                    .filter(id -> !suite.rulesJudged().contains(id)).toList();
            if (!untested.isEmpty()) {
                PrintWriter err = spec.commandLine().getErr();
                err.println("warning: " + (packDir == null ? "rules" : InputNames.display(packDir)) + ": no fixture judges "
                        + String.join(", ", untested));
                err.flush();
            }
        }
    }
}
