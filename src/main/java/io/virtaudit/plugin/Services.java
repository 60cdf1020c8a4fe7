package io.virtaudit.plugin;

import io.virtaudit.input.InputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Function;

/**
 * The implementations of a service that virtaudit and the jars on a class loader declare in
 * {@code META-INF/services}, found by {@link ServiceLoader}, each with the jar it came from: two
 * implementations of one name, or one that cannot be loaded, are an input error naming the jar to
 * fix rather than a stack trace or a silent choice.
 */
public final class Services {

    /**
     * One implementation and where it came from.
     *
     * @param origin the plugin jar (or class folder) that holds it, or null for virtaudit's own
     */
    public record Found<T>(T implementation, Path origin) {

        public boolean builtIn() {
            return origin == null;
        }

        /** {@code virtaudit} for the built-in implementations, else the jar's path. */
        public String from() {
            return origin == null ? "virtaudit" : origin.toString();
        }
    }

    private Services() {
    }

    /**
     * Every implementation of {@code service} the loader's {@code META-INF/services} files name, in
     * their order (virtaudit's own first, then the plugins').
     *
     * @param kind what an implementation is, for errors: {@code input format}, {@code report format}
     * @throws InputException when one cannot be loaded or made, naming its jar
     */
    public static <T> List<Found<T>> load(Class<T> service, ClassLoader loader, String kind) {
        List<Found<T>> found = new ArrayList<>();
        Iterator<T> implementations = ServiceLoader.load(service, loader).iterator();
        while (true) {
            T next;
            try {
                if (!implementations.hasNext()) {
                    return found;
                }
                next = implementations.next();
            } catch (ServiceConfigurationError | LinkageError e) {
                throw broken(service, loader, kind, e);
            }
            found.add(new Found<>(next, originOf(next.getClass())));
        }
    }

    /**
     * Refuses two implementations that go by one name (compared without case): naming both jars,
     * so the user knows which to remove.
     */
    public static <T> void refuseClashes(List<Found<T>> found, Function<T, String> nameOf, String kind) {
        Map<String, Found<T>> byName = new HashMap<>();
        for (Found<T> f : found) {
            String name = nameOf.apply(f.implementation());
            Found<T> other = byName.putIfAbsent(name.toLowerCase(Locale.ROOT), f);
            if (other != null) {
                String where = other.builtIn() ? "is also one of virtaudit's own"
                        : f.from().equals(other.from()) ? "is defined twice in it"
                        : "is also defined by " + other.from();
                throw new InputException(f.from(), "", kind + " '" + name + "' " + where + "; remove one of the two");
            }
        }
    }

    /** Where a class was loaded from: null when from virtaudit's own jar or classes. */
    static Path originOf(Class<?> type) {
        Path own = location(Services.class.getProtectionDomain().getCodeSource());
        Path at = location(type.getProtectionDomain().getCodeSource());
        return at == null || at.equals(own) ? null : at;
    }

    private static Path location(CodeSource source) {
        if (source == null || source.getLocation() == null) {
            return null;
        }
        return toPath(source.getLocation());
    }

    private static Path toPath(URL url) {
        try {
            return Path.of(url.toURI()).toAbsolutePath().normalize();
        } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }

    /**
     * The input error for a service that fails to load: ServiceLoader names the class, not the jar,
     * so the jar is the one whose services file lists that class.
     */
    private static InputException broken(Class<?> service, ClassLoader loader, String kind, Throwable e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        String file = servicesFileNaming(service, loader, message).map(Services::jarOf).map(Path::toString)
                .orElse("plugin");
        return new InputException(file, "", "cannot load a " + kind + ": " + message
                + (e.getCause() != null && e.getCause() != e ? " (" + e.getCause() + ")" : ""), e);
    }

    private static java.util.Optional<URL> servicesFileNaming(Class<?> service, ClassLoader loader, String message) {
        try {
            for (URL url : Collections.list(loader.getResources("META-INF/services/" + service.getName()))) {
                for (String name : providerNames(url)) {
                    if (message.contains(name)) {
                        return java.util.Optional.of(url);
                    }
                }
            }
        } catch (IOException ignored) {
            // the error is reported without its jar
        }
        return java.util.Optional.empty();
    }

    private static List<String> providerNames(URL servicesFile) throws IOException {
        List<String> names = new ArrayList<>();
        var connection = servicesFile.openConnection();
        connection.setUseCaches(false);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(connection.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String name = line.replaceFirst("#.*", "").strip();
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /** The jar (or class folder) a services file is in. */
    private static Path jarOf(URL servicesFile) {
        try {
            if ("jar".equals(servicesFile.getProtocol())) {
                var connection = servicesFile.openConnection();
                if (connection instanceof JarURLConnection jar) {
                    return toPath(jar.getJarFileURL());
                }
            }
            Path file = toPath(servicesFile);
            return file == null ? null : file.getParent().getParent().getParent();
        } catch (IOException e) {
            return null;
        }
    }
}
