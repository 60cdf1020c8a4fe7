package io.virtaudit.engine;

import io.virtaudit.input.InputError;
import io.virtaudit.input.InputNames;
import io.virtaudit.input.InputException;
import io.virtaudit.model.SubjectType;
import io.virtaudit.model.Wire;
import io.virtaudit.rules.MessageTemplate;
import io.virtaudit.rules.RuleMetadata;
import io.virtaudit.rules.Severity;
import io.virtaudit.rules.Thresholds;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.compiler.kie.builder.impl.DrlProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Compiles rule packs at runtime through the KIE API and checks every rule's metadata. A pack
 * that does not compile, or a rule without complete metadata, is an input error naming the file.
 */
public final class RuleCompiler {

    private static final String RESOURCES = "src/main/resources/";
    private static final Pattern RULE_ID = Pattern.compile("[A-Z][A-Z0-9]{1,7}-[0-9]{3}");
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)", Pattern.MULTILINE);
    private static final AtomicInteger BUILDS = new AtomicInteger();
    private static final Map<String, CompiledRules> CACHE = new ConcurrentHashMap<>();

    private RuleCompiler() {
    }

    /**
     * The built-in pack and the given pack folders ({@code --rules}), compiled into one KieBase:
     * what every command that runs or lists rules loads.
     */
    public static CompiledRules builtInAnd(List<Path> extraDirs) {
        List<RulePack> packs = new ArrayList<>();
        packs.add(RulePackReader.builtIn());
        for (Path dir : extraDirs) {
            packs.add(RulePackReader.directory(dir, InputNames.display(dir)));
        }
        return compile(packs);
    }

    /**
     * Compiles the packs, reusing an earlier KieBase of this process for identical packs and the
     * build's precompiled built-in pack when the packs are exactly that one.
     */
    public static CompiledRules compile(List<RulePack> packs) {
        return CACHE.computeIfAbsent(fingerprint(packs), key -> build(packs, PrebuiltPack.load(key)));
    }

    /** Compiles the packs from their DRL and decision tables, whatever was prebuilt. */
    static CompiledRules compileFromSource(List<RulePack> packs) {
        return build(packs, java.util.Optional.empty());
    }

    private static CompiledRules build(List<RulePack> packs, java.util.Optional<KieBase> prebuilt) {
        Map<String, String> displayOf = new HashMap<>();
        Map<String, String> packOf = new HashMap<>();
        for (int p = 0; p < packs.size(); p++) {
            RulePack pack = packs.get(p);
            for (RulePack.RuleFile file : pack.files()) {
                String path = resourcePath(p, file);
                displayOf.put(path, pack.display(file.relativePath()));
                packOf.put(path, pack.id());
            }
        }
        KieBase kieBase = prebuilt.orElseGet(() -> compileKieBase(packs, displayOf));
        List<RuleMetadata> rules = metadata(kieBase, packs, displayOf, packOf);
        return new CompiledRules(kieBase, rules, List.copyOf(packs));
    }

    private static KieBase compileKieBase(List<RulePack> packs, Map<String, String> displayOf) {
        KieServices services = KieServices.Factory.get();
        KieFileSystem kfs = services.newKieFileSystem();
        ReleaseId releaseId = services.newReleaseId("io.virtaudit.packs", "run" + BUILDS.incrementAndGet(), "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        for (int p = 0; p < packs.size(); p++) {
            for (RulePack.RuleFile file : packs.get(p).files()) {
                kfs.write(RESOURCES + resourcePath(p, file), file.content());
            }
        }
        KieBuilder builder = services.newKieBuilder(kfs).buildAll(DrlProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new InputException(errors.stream().map(m -> compileError(m, displayOf)).toList());
        }
        KieBase kieBase = services.newKieContainer(releaseId).getKieBase();
        services.getRepository().removeKieModule(releaseId);
        return kieBase;
    }

    /**
     * Where a file goes in the KIE file system: a DRL under the folder of its package (Drools
     * warns otherwise), a decision table under its pack's folder.
     */
    private static String resourcePath(int packIndex, RulePack.RuleFile file) {
        String name = file.relativePath().substring(file.relativePath().lastIndexOf('/') + 1);
        String prefix = "virtaudit/pack" + packIndex + "/";
        if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".drl")) {
            java.util.regex.Matcher m = PACKAGE.matcher(new String(file.content(), StandardCharsets.UTF_8));
            if (m.find()) {
                return m.group(1).replace('.', '/') + "/" + prefix.replace('/', '_') + file.relativePath().replace('/', '_');
            }
        }
        return prefix + file.relativePath();
    }

    private static InputError compileError(Message message, Map<String, String> displayOf) {
        String path = message.getPath() == null ? "" : message.getPath();
        String relative = path.startsWith(RESOURCES) ? path.substring(RESOURCES.length()) : path;
        String file = displayOf.getOrDefault(relative, relative.isEmpty() ? "rule pack" : relative);
        String location = message.getLine() > 0 ? message.getLine() + ":" + Math.max(1, message.getColumn()) : "";
        String text = message.getText() == null ? "does not compile" : message.getText().strip().replaceAll("\\s+", " ");
        return new InputError(file, location, "rule pack does not compile: " + text);
    }

    private static List<RuleMetadata> metadata(KieBase kieBase, List<RulePack> packs, Map<String, String> displayOf,
                                               Map<String, String> packOf) {
        List<RuleMetadata> rules = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        Map<String, RuleMetadata> seen = new HashMap<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                String relative = sourcePath(rule);
                String file = displayOf.getOrDefault(relative, rule.getPackageName());
                String pack = packOf.getOrDefault(relative, packs.isEmpty() ? "" : packs.get(0).id());
                RuleMetadata metadata = parse(rule, pack, file, errors);
                if (metadata == null) {
                    continue;
                }
                RuleMetadata earlier = seen.putIfAbsent(metadata.id(), metadata);
                if (earlier == null) {
                    rules.add(metadata);
                } else if (!sameRule(earlier, metadata)) {
                    errors.add(new InputError(file, "rule \"" + rule.getName() + "\"",
                            "rule id " + metadata.id() + " is already used by rule \"" + earlier.ruleName()
                                    + "\" in " + earlier.sourceFile() + " with other metadata"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InputException(errors);
        }
        rules.sort(Comparator.comparing(RuleMetadata::id));
        return List.copyOf(rules);
    }

    /**
     * Several DRL rules (the branches of one check, or the rows of a decision table) may share an
     * id when they come from the same pack and declare the same metadata.
     */
    private static boolean sameRule(RuleMetadata a, RuleMetadata b) {
        return a.pack().equals(b.pack()) && a.title().equals(b.title()) && a.severity() == b.severity()
                && a.category().equals(b.category()) && a.subject() == b.subject()
                && a.remediation().equals(b.remediation()) && a.references().equals(b.references())
                && a.seed().equals(b.seed()) && a.thresholds().equals(b.thresholds())
                && a.controls().equals(b.controls());
    }

    private static RuleMetadata parse(Rule rule, String pack, String file, List<InputError> errors) {
        Map<String, Object> meta = rule.getMetaData();
        String where = "rule \"" + rule.getName() + "\"";
        List<String> missing = RuleMetadata.REQUIRED_KEYS.stream()
                .filter(k -> meta.get(k) == null || String.valueOf(meta.get(k)).isBlank()).toList();
        if (!missing.isEmpty()) {
            errors.add(new InputError(file, where, "missing metadata @" + String.join(", @", missing)));
            return null;
        }
        String id = text(meta, "id");
        List<String> needs = meta.get("needs") == null ? List.of() : list(text(meta, "needs"));
        List<String> unknownNeeds = needs.stream().filter(n -> !FieldCatalog.knows(n)).toList();
        if (!unknownNeeds.isEmpty()) {
            errors.add(new InputError(file, where, "@needs names unknown fields " + unknownNeeds
                    + " (write them as type.field, e.g. host.ntpServers)"));
            return null;
        }
        List<String> thresholds = meta.get("thresholds") == null ? List.of()
                : list(text(meta, "thresholds")).stream().sorted().distinct().toList();
        List<String> unknownThresholds = thresholds.stream().filter(t -> !Thresholds.NAMES.contains(t)).toList();
        if (!unknownThresholds.isEmpty()) {
            errors.add(new InputError(file, where, "@thresholds names unknown thresholds " + unknownThresholds
                    + " (the names of policy/default-policy.yaml, e.g. vcpuPerCore)"));
            return null;
        }
        List<String> controls = meta.get("controls") == null ? List.of()
                : java.util.Arrays.stream(text(meta, "controls").split("\\s+")).filter(t -> !t.isEmpty()).toList();
        List<String> malformed = controls.stream().filter(t -> !RuleMetadata.CONTROL.matcher(t).matches()).toList();
        if (!malformed.isEmpty()) {
            errors.add(new InputError(file, where, "@controls tokens " + malformed
                    + " are not SCHEME:ID (e.g. STIG:ESXI-80-000124 or CIS-ESXi-8:2.6)"));
            return null;
        }
        if (meta.get("message") != null) {
            try {
                MessageTemplate.parse(String.valueOf(meta.get("message")));
            } catch (IllegalArgumentException e) {
                errors.add(new InputError(file, where, "@message: " + e.getMessage()));
                return null;
            }
        }
        if (!RULE_ID.matcher(id).matches()) {
            errors.add(new InputError(file, where, "@id '" + id + "' is not of the form ABC-123"));
            return null;
        }
        try {
            Severity severity = Wire.parse(Severity.class, text(meta, "severity"));
            SubjectType subject = Wire.parse(SubjectType.class, text(meta, "subject"));
            return new RuleMetadata(id, text(meta, "title"), severity, text(meta, "category"), subject,
                    text(meta, "remediation"), list(text(meta, "reference")), text(meta, "seed"),
                    needs, thresholds, controls, pack, file, rule.getName());
        } catch (IllegalArgumentException e) {
            errors.add(new InputError(file, where, "invalid metadata: " + e.getMessage()));
            return null;
        }
    }

    private static String text(Map<String, Object> meta, String key) {
        return String.valueOf(meta.get(key)).strip();
    }

    /** Metadata lists are written as one string, items separated by {@code ;}. */
    private static List<String> list(String text) {
        return Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String sourcePath(Rule rule) {
        if (rule instanceof RuleImpl impl && impl.getResource() != null && impl.getResource().getSourcePath() != null) {
            String path = impl.getResource().getSourcePath();
            return path.startsWith(RESOURCES) ? path.substring(RESOURCES.length()) : path;
        }
        return "";
    }

    static String fingerprint(List<RulePack> packs) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (RulePack pack : packs) {
                digest.update((pack.id() + "\0" + pack.version() + "\0" + pack.displayRoot() + "\0").getBytes(StandardCharsets.UTF_8));
                for (RulePack.RuleFile file : pack.files()) {
                    digest.update(file.relativePath().getBytes(StandardCharsets.UTF_8));
                    digest.update(file.content());
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
