package io.virtaudit.audit;

import io.virtaudit.engine.CompiledRules;
import io.virtaudit.engine.DroolsRuleEngine;
import io.virtaudit.engine.Evaluation;
import io.virtaudit.engine.EvaluationLimits;
import io.virtaudit.engine.RunTimings;
import io.virtaudit.importer.ImporterRegistry;
import io.virtaudit.importer.Inputs;
import io.virtaudit.input.InputError;
import io.virtaudit.input.InputException;
import io.virtaudit.input.InputNames;
import io.virtaudit.model.Estate;
import io.virtaudit.report.Report;
import io.virtaudit.report.ReportAssembler;
import io.virtaudit.report.ReportFiles;
import io.virtaudit.report.ReportFormat;
import io.virtaudit.report.ReportSettings;
import io.virtaudit.report.Reporter;
import io.virtaudit.report.ReporterRegistry;
import io.virtaudit.rules.Frameworks;
import io.virtaudit.rules.Policy;
import io.virtaudit.rules.PolicyReader;
import io.virtaudit.rules.RuleMetadata;
import io.virtaudit.waiver.Baseline;
import io.virtaudit.waiver.BaselineReader;
import io.virtaudit.waiver.WaiverReader;
import io.virtaudit.waiver.WaiverSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One audit of an estate, for the command line and for Java programs that embed virtaudit (PMD's
 * {@code PmdAnalysis} is the model): the inputs read through the importer registry and merged,
 * the rule packs compiled on a thread of their own while the inputs are parsed, the policy,
 * waivers and baseline applied, and the report assembled; reporters from the report registry
 * write it. The command line only configures it. Problems with what it is given are
 * {@link InputException}s naming the file and the place.
 *
 * <pre>{@code
 * Audit audit = Audit.builder()
 *         .inputs(Path.of("sample-data/acme-estate.yaml"))
 *         .policy(Path.of("sample-data/policy-strict.yaml"))
 *         .build();
 * Report report = audit.run();
 * audit.write(report, Path.of("findings.json"));
 * }</pre>
 *
 * <p>An audit is for one thread. {@link #run} is the whole run; {@link #load} and {@link #report}
 * are its two halves, for a program that evaluates several estates against the same rules, policy
 * and waivers (the command line's {@code diff}); the rules are compiled once per audit.
 */
public final class Audit {

    /** The most warnings of one kind shown before a count of the rest. */
    private static final int WARNING_LIMIT = 50;

    private final List<Path> inputs;
    private final List<Path> rulePacks;
    private final Path policyFile;
    private final String framework;
    private final Path waiversFile;
    private final Path baselineFile;
    private final Clock clock;
    private final LocalDate runDate;
    private final Consumer<InputError> warnings;
    private final ImporterRegistry importers;
    private final ReporterRegistry reporters;
    private final ReportSettings reportSettings;
    private final RunTimings timings;
    private RuleLoading loading;
    private CompiledRules rules;
    private Policy policy;
    private WaiverSet waivers;

    private Audit(Builder b) {
        this.inputs = List.copyOf(b.inputs);
        this.rulePacks = List.copyOf(b.rulePacks);
        this.policyFile = b.policy;
        this.framework = b.framework;
        this.waiversFile = b.waivers;
        this.baselineFile = b.baseline;
        this.clock = b.clock;
        this.runDate = b.asOf != null ? b.asOf : LocalDate.now(b.clock);
        this.warnings = b.warnings;
        this.importers = b.importers != null ? b.importers : ImporterRegistry.builtIn();
        this.reporters = b.reporters != null ? b.reporters : ReporterRegistry.builtIn();
        this.reportSettings = new ReportSettings(b.template);
        this.timings = b.timings != null ? b.timings : RunTimings.recording();
    }

    /** An audit to configure; every setting has a default but the inputs. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The whole run: the inputs read, merged and cross-checked, the rules evaluated, the report
     * assembled with the waivers and against the baseline, if any. A faulty baseline is reported
     * first, then a faulty rule pack, policy or waiver file, then the inputs' errors.
     *
     * @throws IllegalStateException when no input was given
     */
    public Report run() {
        if (inputs.isEmpty()) {
            throw new IllegalStateException("no inputs: give them with Audit.builder().inputs(...)");
        }
        loading();
        Baseline baseline = baselineFile == null ? null
                : new BaselineReader().read(baselineFile, InputNames.display(baselineFile));
        return report(load(inputs), baseline);
    }

    /**
     * Parses and cross-checks an estate, and reads the custom attributes the policy names into its
     * VMs' backup facts (so that the rules and every report see them); a faulty rule pack, policy or
     * waiver file is reported before the estate's own errors.
     */
    public Estate load(List<Path> estateInputs) {
        loading();
        Estate estate;
        try {
            estate = timings.time("parse and cross-check", bytesOf(estateInputs),
                    () -> new Inputs(importers, clock, warnings).load(estateInputs));
        } catch (RuntimeException e) {
            configure();
            throw e;
        }
        configure();
        return withBackupAttributes(estate);
    }

    /** Evaluates an estate into a report, against a baseline when one is given (else null). */
    public Report report(Estate estate, Baseline baseline) {
        configure();
        Evaluation evaluation = new DroolsRuleEngine(rules, policy, EvaluationLimits.DEFAULT, timings).evaluate(estate);
        List<Report.Pack> packs = rules.packs().stream().map(p -> new Report.Pack(p.id(), p.version())).toList();
        String waiverName = waiversFile == null ? null : InputNames.display(waiversFile);
        String policyName = policyFile == null ? null : InputNames.display(policyFile);
        return timings.time("assemble report", () -> ReportAssembler.assemble(Version.current(), packs, estate,
                evaluation.rulesEvaluated(), evaluation.findings(), new ReportAssembler.Workflow(runDate, waivers,
                        waiverName, baseline, policyName, this::thresholdsInEffect)));
    }

    /** A report file to write: the reporter of its format, made with this audit's settings, and its path. */
    public record Output(Reporter reporter, Path file) {

        public Output {
            Objects.requireNonNull(reporter, "reporter");
            Objects.requireNonNull(file, "file");
        }

        /** A file in this format, with these settings. */
        public static Output of(ReportFormat format, ReportSettings settings, Path file) {
            return new Output(format.create(settings), file);
        }
    }

    /**
     * The output for a report file whose name picks its format ({@code report.xlsx},
     * {@code findings.json}): the longest ending a format of the registry claims.
     *
     * @throws InputException when no format claims the name's ending, or the format refuses a setting
     */
    public Output output(Path file) {
        ReportFormat format = reporters.forFile(file).orElseThrow(() -> new InputException(file.toString(), "",
                "cannot tell the report format from the extension; use one of "
                        + String.join(", ", reporters.extensions())));
        return Output.of(format, reportSettings, file);
    }

    /**
     * Writes every report, or none: each to a temporary file beside its target, all moved into place
     * once all are complete.
     *
     * @return the files written
     */
    public List<Path> write(Report report, List<Output> outputs) {
        timings.expect(outputs.stream().map(Audit::writePhase).toList());
        ReportFiles.writeAll(outputs.stream().map(o -> new ReportFiles.Output(out -> timings.write(
                writePhase(o), () -> o.reporter().write(report, out)), o.file())).toList());
        return outputs.stream().map(Output::file).toList();
    }

    /** Writes the report into each file, in the format its name picks (see {@link #output(Path)}); all or none. */
    public List<Path> write(Report report, Path... files) {
        return write(report, Arrays.stream(files).map(this::output).toList());
    }

    /** The report formats this audit writes. */
    public ReporterRegistry reporters() {
        return reporters;
    }

    /** The settings the report formats are given (the Excel template). */
    public ReportSettings reportSettings() {
        return reportSettings;
    }

    private static String writePhase(Output output) {
        return "write " + output.reporter().format();
    }

    /** The rule packs compiling, started at the first need. */
    private RuleLoading loading() {
        if (loading == null) {
            loading = RuleLoading.of(rulePacks);
        }
        return loading;
    }

    /**
     * The rules, the policy and the waivers, read once: the rules compile while the first estate
     * is parsed, and their errors, like the policy's and the waivers', come before the estate's.
     */
    private void configure() {
        if (rules != null) {
            return;
        }
        rules = loading().rules(timings);
        policy = PolicyReader.readOrDefaults(policyFile, rules.rules());
        if (framework != null) {
            policy = onlyFramework(policy, rules.rules(), framework);
        }
        waivers = waiversFile == null ? WaiverSet.none()
                : new WaiverReader().read(waiversFile, InputNames.display(waiversFile), rules.rules());
    }

    /**
     * The policy with every rule that names no control of the framework disabled: an auditor's
     * "which STIG items fail" run. A framework no rule names is an error, not an empty report.
     */
    private static Policy onlyFramework(Policy policy, List<RuleMetadata> rules, String framework) {
        List<String> unmapped = rules.stream().filter(r -> !Frameworks.maps(r, framework)).map(RuleMetadata::id)
                .distinct().toList();
        if (unmapped.size() == rules.stream().map(RuleMetadata::id).distinct().count()) {
            throw new InputException("--framework", "", Frameworks.unknown(rules, framework));
        }
        List<String> disabled = new ArrayList<>(policy.disabledRules());
        disabled.addAll(unmapped);
        return new Policy(policy.thresholds(), List.copyOf(disabled), policy.disabledCategories(), policy.minimumSeverity(),
                policy.severityOverrides(), policy.backupAttributes());
    }

    /** The policy's backupAttributes applied; values that are no time are warnings, fifty at most and a count. */
    private Estate withBackupAttributes(Estate estate) {
        List<InputError> unread = new ArrayList<>();
        Estate filled = policy.backupAttributes().applyTo(estate, unread::add);
        unread.stream().limit(WARNING_LIMIT).forEach(warnings);
        if (unread.size() > WARNING_LIMIT) {
            warnings.accept(new InputError(InputNames.display(policyFile), "", (unread.size() - WARNING_LIMIT)
                    + " more values of custom attributes named in backupAttributes.lastSuccess are not date-times"));
        }
        return filled;
    }

    /** The thresholds a rule reads, with the values the policy gives them. */
    private Map<String, String> thresholdsInEffect(String ruleId) {
        Map<String, String> values = new LinkedHashMap<>();
        rules.thresholdsOf(ruleId).forEach(name -> values.put(name, policy.thresholds().display(name)));
        return values;
    }

    /** The size of the input files together, or -1 when one cannot be read. */
    private static long bytesOf(List<Path> inputs) {
        long bytes = 0;
        for (Path input : inputs) {
            try {
                bytes += Files.isRegularFile(input) ? Files.size(input) : 0;
            } catch (IOException e) {
                return -1;
            }
        }
        return bytes;
    }

    /** The settings of an audit; each method returns the builder, {@link #build} the audit. */
    public static final class Builder {

        private final List<Path> inputs = new ArrayList<>();
        private final List<Path> rulePacks = new ArrayList<>();
        private Path policy;
        private String framework;
        private Path waivers;
        private Path baseline;
        private Path template;
        private LocalDate asOf;
        private Clock clock = Clock.systemUTC();
        private Consumer<InputError> warnings = warning -> { };
        private ImporterRegistry importers;
        private ReporterRegistry reporters;
        private RunTimings timings;

        private Builder() {
        }

        /** Estate documents, RVTools exports, CSV inventories (files or folders); several are merged in this order. */
        public Builder inputs(Path... paths) {
            return inputs(List.of(paths));
        }

        /** As {@link #inputs(Path...)}, added after those given before. */
        public Builder inputs(List<Path> paths) {
            inputs.addAll(paths);
            return this;
        }

        /** A folder of extra rules (DRL files, {@code .drl.xlsx} decision tables), beside the built-in pack; repeatable. */
        public Builder rulePack(Path folder) {
            rulePacks.add(Objects.requireNonNull(folder));
            return this;
        }

        /** As {@link #rulePack}, for several folders. */
        public Builder rulePacks(List<Path> folders) {
            folders.forEach(this::rulePack);
            return this;
        }

        /** Thresholds, rule selection, severity overrides and backup attributes (YAML); null for the defaults. */
        public Builder policy(Path file) {
            this.policy = file;
            return this;
        }

        /** Runs only the rules that name a control of this framework ({@code stig}, {@code cis-esxi-8}); null for all. */
        public Builder framework(String name) {
            this.framework = name;
            return this;
        }

        /** Accepted risks (YAML, or an Excel sheet with the same columns); null for none. */
        public Builder waivers(Path file) {
            this.waivers = file;
            return this;
        }

        /** A previous {@code findings.json}: findings become new or persisting, and gone ones resolved; null for none. */
        public Builder baseline(Path file) {
            this.baseline = file;
            return this;
        }

        /** The date waiver expiry is judged against and the reports state; default: today in the clock's zone. */
        public Builder asOf(LocalDate date) {
            this.asOf = date;
            return this;
        }

        /** The clock of the run (today's date, the reference time of an estate without collectedAt); default UTC. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        /**
         * Where warnings go: what the importers read around in a third-party export (a cell left
         * unknown) and policy-named attributes that hold no time. Default: nowhere.
         */
        public Builder warnings(Consumer<InputError> sink) {
            this.warnings = Objects.requireNonNull(sink);
            return this;
        }

        /** The input formats; default: those on virtaudit's class path ({@link ImporterRegistry#builtIn}). */
        public Builder importers(ImporterRegistry registry) {
            this.importers = registry;
            return this;
        }

        /** The report formats; default: those on virtaudit's class path ({@link ReporterRegistry#builtIn}). */
        public Builder reporters(ReporterRegistry registry) {
            this.reporters = registry;
            return this;
        }

        /**
         * The input and report formats the jars on this class loader declare, virtaudit's own
         * included: {@code plugins(PluginJars.of(jars).classLoader())}.
         */
        public Builder plugins(ClassLoader loader) {
            return importers(ImporterRegistry.load(loader)).reporters(ReporterRegistry.load(loader));
        }

        /** The Excel template the workbook is written over; null for the built-in one. */
        public Builder template(Path file) {
            this.template = file;
            return this;
        }

        /** Records the time of each phase (and tells a progress line); default: recorded, told to nobody. */
        public Builder timings(RunTimings recorder) {
            this.timings = recorder;
            return this;
        }

        /** The audit; nothing is read or compiled until it runs. */
        public Audit build() {
            return new Audit(this);
        }
    }
}
