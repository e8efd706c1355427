package jingdu.app.start;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The JVM options the app is started with, from {@code resources/jvm/app.options}: the installers, the
 * pom's {@code javafx:run} and the benches' measured starts all pass the same ones.
 */
public final class JvmOptions {

    static final String RESOURCE = "/jvm/app.options";

    /** Read once: the benches ask for every child JVM they start. */
    private static final List<String> APP = load();

    private JvmOptions() {
    }

    /** The options, in file order; comment lines (#) and blank lines are left out. */
    public static List<String> app() {
        return APP;
    }

    private static List<String> load() {
        try (InputStream in = JvmOptions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> parse(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            String s = line.strip();
            if (!s.isEmpty() && !s.startsWith("#")) {
                out.add(s);
            }
        }
        return out;
    }

    /** The app's options this JVM was not started with ({@code inputArguments}: the running JVM's). */
    public static List<String> missingFrom(List<String> inputArguments) {
        return app().stream().filter(o -> !inputArguments.contains(o)).toList();
    }
}
