package org.mastokey.net;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version this build reports (User-Agent, {@code --version}), written into a resource by the build. */
public final class MastokeyVersion {
    private static final String VERSION = read();

    private MastokeyVersion() {
    }

    /** The project version, e.g. {@code 0.2.0}, or {@code dev} when the resource is missing. */
    public static String current() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = MastokeyVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "dev").strip();
            return version.isEmpty() || version.startsWith("${") ? "dev" : version;
        } catch (IOException e) {
            return "dev";
        }
    }
}
