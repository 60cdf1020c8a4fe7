package io.virtaudit.audit;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The tool's version, from the build (pom.xml) through a filtered resource: what reports and --version state. */
public final class Version {

    private Version() {
    }

    public static String current() {
        try (InputStream in = Version.class.getClassLoader().getResourceAsStream("virtaudit.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
