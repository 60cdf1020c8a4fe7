package io.virtaudit.engine;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.memorycompiler.JavaConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built-in pack compiled when the jar is built: its Drools packages (rules, generated
 * consequence and constraint classes) serialised next to the fingerprint of the DRL they came
 * from. Loading them skips parsing and compiling the DRL, which dominates start-up; a pack that
 * differs from the fingerprint, or any failure to read, falls back to compiling at run time.
 */
public final class PrebuiltPack {

    /** Where the build puts it, on the classpath. */
    static final String RESOURCE = "rules-compiled/core.kpkg";
    private static final String MAGIC = "virtaudit-kpkg-1";
    private static final Logger LOG = LoggerFactory.getLogger(PrebuiltPack.class);
    /**
     * At 8, string concatenation in a consequence compiles to {@code StringBuilder} calls; from 9 on
     * it is an invokedynamic whose bootstrap spins method-handle classes for each shape of
     * concatenation when the rule first fires: over 150 for the built-in pack, CPU on every run and
     * the metaspace that set off a full collection in the middle of firing on 100,000 VMs.
     */
    static final String LANGUAGE_LEVEL = "1.8";

    private PrebuiltPack() {
    }

    /**
     * Build step: compiles the built-in pack and writes it under the classes directory {@code args[0]}.
     * This process compiles the pack's consequences and functions at the Java 8 level
     * ({@link #LANGUAGE_LEVEL}); packs compiled at run time keep the running Java's level.
     */
    public static void main(String[] args) throws IOException {
        System.setProperty(JavaConfiguration.JAVA_LANG_LEVEL_PROPERTY, LANGUAGE_LEVEL);
        Path target = Path.of(args[0]).resolve(RESOURCE);
        List<RulePack> packs = List.of(RulePackReader.builtIn());
        CompiledRules rules = RuleCompiler.compileFromSource(packs);
        Files.createDirectories(target.getParent());
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target))) {
            write(out, RuleCompiler.fingerprint(packs), rules.kieBase());
        }
        System.out.println("virtaudit: wrote the precompiled built-in pack to " + target + " ("
                + rules.rules().size() + " rules)");
    }

    static void write(OutputStream out, String fingerprint, KieBase kieBase) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeUTF(MAGIC);
        data.writeUTF(fingerprint);
        ObjectOutputStream objects = new DroolsObjectOutputStream(data);
        objects.writeObject(new ArrayList<>(kieBase.getKiePackages()));
        objects.flush();
    }

    /** The prebuilt KieBase when the classpath has one for exactly this fingerprint. */
    static Optional<KieBase> load(String fingerprint) {
        InputStream resource = PrebuiltPack.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (resource == null) {
            return Optional.empty();
        }
        try (DataInputStream data = new DataInputStream(new BufferedInputStream(resource, 1 << 16))) {
            if (!MAGIC.equals(data.readUTF()) || !fingerprint.equals(data.readUTF())) {
                LOG.debug("the precompiled pack is for other rules; compiling");
                return Optional.empty();
            }
            ObjectInputStream objects = new DroolsObjectInputStream(data, PrebuiltPack.class.getClassLoader());
            @SuppressWarnings("unchecked")
            Collection<KiePackage> packages = (Collection<KiePackage>) objects.readObject();
            InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
            kieBase.addPackages(packages);
            return Optional.of(kieBase);
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            LOG.debug("cannot load the precompiled pack; compiling", e);
            return Optional.empty();
        }
    }
}
