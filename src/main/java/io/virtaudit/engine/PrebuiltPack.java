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

    private PrebuiltPack() {
    }

    /** Build step: compiles the built-in pack and writes it under the classes directory {@code args[0]}. */
    public static void main(String[] args) throws IOException {
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
