package io.virtaudit.plugin;

import com.fasterxml.jackson.core.TreeNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.virtaudit.importer.Importer;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.ByteArrayOutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds plugin jars at test time, as a plugin's author would: the sources compiled against
 * virtaudit's classes with {@code javac}, the classes and the {@code META-INF/services} files put
 * in a jar. The example plugin's sources are in {@code src/test/plugin} (README: Write a plugin).
 */
public final class PluginJar {

    /** The example plugin: a host-list importer and a {@code count} report format. */
    public static final Path EXAMPLE = Path.of("src/test/plugin");

    private PluginJar() {
    }

    /** The example plugin, compiled into {@code jar}. */
    public static Path example(Path jar) throws IOException {
        return build(EXAMPLE, jar);
    }

    /**
     * A plugin from these sources ({@code org/x/A.java} → its text) and services files
     * ({@code io.virtaudit.report.ReportFormat} → the provider lines), compiled into {@code jar}.
     */
    public static Path build(Map<String, String> sources, Map<String, String> services, Path jar) throws IOException {
        Path tree = Files.createTempDirectory("virtaudit-plugin-src");
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Files.createDirectories(tree.resolve(source.getKey()).getParent());
            Files.writeString(tree.resolve(source.getKey()), source.getValue());
        }
        Path servicesDir = Files.createDirectories(tree.resolve("META-INF/services"));
        for (Map.Entry<String, String> service : services.entrySet()) {
            Files.writeString(servicesDir.resolve(service.getKey()), service.getValue() + "\n");
        }
        try {
            return build(tree, jar);
        } finally {
            delete(tree);
        }
    }

    /** The plugin whose sources and META-INF folder are under {@code tree}, compiled into {@code jar}. */
    public static Path build(Path tree, Path jar) throws IOException {
        Path classes = Files.createTempDirectory("virtaudit-plugin-classes");
        try {
            compile(tree, classes);
            Manifest manifest = new Manifest();
            manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
            try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
                add(classes, classes, out);
                Path services = tree.resolve("META-INF/services");
                if (Files.isDirectory(services)) {
                    add(tree, services, out);
                }
            }
            return jar;
        } finally {
            delete(classes);
        }
    }

    private static void compile(Path tree, Path classes) throws IOException {
        List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-classpath", classPath(),
                "--release", "17", "-proc:none"));
        try (Stream<Path> files = Files.walk(tree)) {
            files.filter(p -> p.toString().endsWith(".java")).sorted().forEach(p -> arguments.add(p.toString()));
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        if (javac.run(null, null, errors, arguments.toArray(String[]::new)) != 0) {
            throw new IllegalStateException("the plugin does not compile:\n" + errors.toString(StandardCharsets.UTF_8));
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void add(Path root, Path from, JarOutputStream out) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            out.putNextEntry(new JarEntry(root.relativize(file).toString().replace(File.separatorChar, '/')));
            Files.copy(file, out);
            out.closeEntry();
        }
    }

    /** The test's class path, with virtaudit's classes and Jackson's named outright (a forked JVM may see only a manifest jar). */
    private static String classPath() {
        List<String> entries = new ArrayList<>(List.of(System.getProperty("java.class.path").split(File.pathSeparator)));
        for (Class<?> type : List.of(Importer.class, ObjectNode.class, TreeNode.class,
                com.fasterxml.jackson.annotation.JsonInclude.class)) {
            try {
                entries.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
