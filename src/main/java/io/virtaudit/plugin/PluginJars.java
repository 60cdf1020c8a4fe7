package io.virtaudit.plugin;

import io.virtaudit.input.InputException;
import io.virtaudit.input.InputNames;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipException;

/**
 * The plugin jars of a run on one class loader whose parent is virtaudit's own, for
 * {@link java.util.ServiceLoader} to find the importers and report formats they declare. One loader
 * for all lets a plugin bring its libraries as jars of their own. Each jar is opened first: a
 * missing or unreadable file is an input error naming it, not a class that silently never loads.
 */
public final class PluginJars implements AutoCloseable {

    private final List<Path> jars;
    private final URLClassLoader loader;

    private PluginJars(List<Path> jars, URLClassLoader loader) {
        this.jars = List.copyOf(jars);
        this.loader = loader;
    }

    /** No plugins: virtaudit's own class loader. */
    public static PluginJars none() {
        return new PluginJars(List.of(), null);
    }

    /**
     * These jars, each checked to be a readable jar, on one class loader; a jar named twice (by
     * {@code --plugin} and in the plugins folder) is loaded once.
     *
     * @throws InputException naming the first jar that is missing or no jar
     */
    public static PluginJars of(List<Path> jars) {
        Map<Path, Path> unique = new LinkedHashMap<>();
        for (Path jar : jars) {
            check(jar);
            unique.putIfAbsent(real(jar), jar);
        }
        if (unique.isEmpty()) {
            return none();
        }
        List<URL> urls = new ArrayList<>();
        for (Path real : unique.keySet()) {
            try {
                urls.add(real.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new InputException(InputNames.display(unique.get(real)), "", "not a plugin jar: " + e.getMessage());
            }
        }
        URLClassLoader loader = new URLClassLoader("virtaudit-plugins", urls.toArray(URL[]::new),
                PluginJars.class.getClassLoader());
        return new PluginJars(new ArrayList<>(unique.keySet()), loader);
    }

    /** The jars ({@code *.jar}) directly in a folder, by name; none when the folder does not exist. */
    public static List<Path> inFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".jar"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new InputException(folder.toString(), "", "cannot list the plugins folder: " + e.getMessage(), e);
        }
    }

    /** The loader to find services with: the plugins' over virtaudit's, or virtaudit's own. */
    public ClassLoader classLoader() {
        return loader != null ? loader : PluginJars.class.getClassLoader();
    }

    /** The jars loaded, by their real paths. */
    public List<Path> jars() {
        return jars;
    }

    /** Closes the jars; classes not loaded yet cannot be loaded after. */
    @Override
    public void close() throws IOException {
        if (loader != null) {
            loader.close();
        }
    }

    private static void check(Path jar) {
        String name = InputNames.display(jar);
        if (!Files.exists(jar)) {
            throw new InputException(name, "", "no such file");
        }
        if (Files.isDirectory(jar)) {
            throw new InputException(name, "", "is a folder; a plugin is a jar file");
        }
        if (!Files.isReadable(jar)) {
            throw new InputException(name, "", "cannot read the plugin: permission denied");
        }
        try (JarFile ignored = new JarFile(jar.toFile())) {
            // opens: a jar
        } catch (ZipException e) {
            throw new InputException(name, "", "not a jar file (" + e.getMessage() + ")", e);
        } catch (IOException | SecurityException e) {
            throw new InputException(name, "", "cannot read the plugin: " + e.getMessage(), e);
        }
    }

    private static Path real(Path jar) {
        try {
            return jar.toRealPath();
        } catch (IOException e) {
            return jar.toAbsolutePath().normalize();
        }
    }
}
