import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Adds a start-up archive to a jpackage app image, so the installed app starts faster. Run by the
 * {@code installer} Maven profile between "jpackage --type app-image" and the installer:
 *
 * <pre>java packaging/cds/CdsArchive.java target/installer/image/Mastokey target/installer/cds</pre>
 *
 * Which archive follows from the option the launcher's .cfg names (packaging/archive-*.jpackage):
 * <ul>
 * <li>{@code -XX:AOTCache} (built on JDK 25+): the image's launcher starts the wizard with
 *     {@code --exit-after-first-frame} in AOT recording mode, then the JVM assembles the cache from that
 *     recording. The cache holds the app's classes too, loaded and linked, with method profiles, and JDK 25
 *     accepts it wherever the app is installed.</li>
 * <li>{@code -XX:SharedArchiveFile} (JDK 17): the same training run records the classes it loaded
 *     ({@code -XX:DumpLoadedClassList}), then a static archive is dumped. The dump runs with the image's class
 *     path removed from the .cfg: JDK 17 only accepts an archive when the run-time class path starts with the
 *     dump-time one, and the installed class path (/opt/mastokey/...) differs from the build's. So that
 *     archive holds the JDK and JavaFX classes only; the app's own jars load as usual.</li>
 * </ul>
 * The training run needs a display; on Linux without one it runs under {@code xvfb-run}. A check run
 * follows with {@code -XX:AOTMode=on} or {@code -Xshare:on}, which make the JVM fail if the archive is unusable.
 * Options reach the launcher through JAVA_TOOL_OPTIONS (jpackage's launcher ignores JDK_JAVA_OPTIONS).
 */
public final class CdsArchive {
    private static final String CDS_ARCHIVE = "mastokey.jsa";
    private static final String AOT_CACHE = "mastokey.aot";
    private static final String AOT_OPTION = "-XX:AOTCache=";
    private static final String FIRST_FRAME = "first-frame-ms=";
    private static final long TIMEOUT_SECONDS = 180;
    /**
     * The training run goes through both of Prism's pipelines: without a GPU (a build machine, usually)
     * the Linux launcher would pick the software one alone, and the archive would lack es2's classes
     * that every start on a machine with a GPU loads.
     */
    private static final String BOTH_PIPELINES = "-Dprism.order=es2,sw ";

    private CdsArchive() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: java CdsArchive.java <app-image> <work-dir>");
            System.exit(2);
        }
        Path image = Path.of(args[0]).toAbsolutePath();
        Path work = Path.of(args[1]).toAbsolutePath();
        Files.createDirectories(work.resolve("home"));
        Path launcher = launcher(image);
        Path cfg = find(image, "Mastokey.cfg");
        String original = Files.readString(cfg);
        boolean aot = original.lines().anyMatch(line -> line.contains(AOT_OPTION));
        Path archive = cfg.resolveSibling(aot ? AOT_CACHE : CDS_ARCHIVE);
        Files.deleteIfExists(archive);
        String home = "-Duser.home=" + work.resolve("home");
        String trained;
        try {
            trained = aot ? aotCache(launcher, cfg, original, archive, home, work)
                    : cdsArchive(launcher, cfg, original, home, work);
        } finally {
            Files.writeString(cfg, original);
        }
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException("the JVM did not write " + archive);
        }
        String firstFrame = run(List.of(launcher.toString(), "--exit-after-first-frame"), true,
                (aot ? "-XX:AOTMode=on " : "-Xshare:on ") + home, work);
        System.out.printf("cds: %s, %.1f MB, %s; check run: %s%n",
                image.relativize(archive), Files.size(archive) / 1e6, trained, firstFrame);
    }

    /** JDK 25+: records a training run, then assembles the AOT cache from the recording. */
    private static String aotCache(Path launcher, Path cfg, String original, Path archive, String home, Path work)
            throws Exception {
        Path configuration = work.resolve("mastokey.aotconf");
        // The recording and assembling runs name their own files; the .cfg's AOTCache option would clash.
        Files.writeString(cfg, withoutLines(original, line -> line.contains(AOT_OPTION)));
        String firstFrame = run(List.of(launcher.toString(), "--exit-after-first-frame"), true,
                BOTH_PIPELINES + "-XX:AOTMode=record -XX:AOTConfiguration=" + configuration + " " + home, work);
        run(List.of(launcher.toString()), false,
                "-XX:AOTMode=create -XX:AOTConfiguration=" + configuration + " -XX:AOTCache=" + archive, work);
        return "AOT cache from a training run to the first frame (" + firstFrame + ")";
    }

    /** JDK 17: records the classes a training run loads, then dumps a static archive of the JDK's and JavaFX's. */
    private static String cdsArchive(Path launcher, Path cfg, String original, String home, Path work) throws Exception {
        Path classList = work.resolve("mastokey.classlist");
        run(List.of(launcher.toString(), "--exit-after-first-frame"), true,
                BOTH_PIPELINES + "-Xshare:off -XX:DumpLoadedClassList=" + classList + " " + home, work);
        long classes = Files.lines(classList).filter(l -> !l.startsWith("#")).count();
        Files.writeString(cfg, withoutClassPath(original));
        run(List.of(launcher.toString()), false, "-Xshare:dump -XX:SharedClassListFile=" + classList, work);
        return "from " + classes + " classes loaded up to the first frame";
    }

    private static Path launcher(Path image) throws IOException {
        for (String candidate : List.of("bin/Mastokey", "Mastokey.exe", "Contents/MacOS/Mastokey")) {
            Path path = image.resolve(candidate);
            if (Files.isRegularFile(path)) {
                return path;
            }
        }
        throw new IllegalStateException("no Mastokey launcher in " + image);
    }

    private static Path find(Path root, String name) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.getFileName().toString().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no " + name + " in " + root));
        }
    }

    static String withoutClassPath(String cfg) {
        return withoutLines(cfg, line -> line.startsWith("app.classpath="));
    }

    static String withoutLines(String cfg, java.util.function.Predicate<String> drop) {
        return cfg.lines().filter(drop.negate()).collect(Collectors.joining("\n", "", "\n"));
    }

    /** Runs the launcher with the given JVM options; returns the first-frame line, or "" when none was expected. */
    private static String run(List<String> command, boolean window, String javaOptions, Path work) throws Exception {
        List<String> full = new ArrayList<>();
        if (window && needsVirtualDisplay()) {
            full.addAll(List.of("xvfb-run", "-a"));
        }
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("JAVA_TOOL_OPTIONS", javaOptions);
        Path log = work.resolve("launcher.log");
        builder.redirectOutput(log.toFile());
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", full) + " did not finish in " + TIMEOUT_SECONDS + " s");
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        String firstFrame = output.lines().filter(l -> l.startsWith(FIRST_FRAME)).findFirst().orElse("");
        if (process.exitValue() != 0 || (window && firstFrame.isEmpty())) {
            throw new IllegalStateException("JAVA_TOOL_OPTIONS='" + javaOptions + "' " + String.join(" ", full)
                    + " exited with " + process.exitValue() + (window ? " and printed no " + FIRST_FRAME : "")
                    + ":\n" + output);
        }
        return firstFrame;
    }

    private static boolean needsVirtualDisplay() {
        String os = System.getProperty("os.name").toLowerCase();
        if (os.contains("win") || os.contains("mac")) {
            return false;
        }
        return System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null;
    }
}
