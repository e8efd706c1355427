package jingdu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Keeps the layers honest by reading the sources: no JavaFX below the UI, no upward imports. */
class ArchitectureTest {

    private static final Path ROOT = Path.of("src", "main", "java", "jingdu");
    private static final Pattern JAVAFX = Pattern.compile("\\bjavafx\\.");
    private static final Pattern UPPER_LAYERS = Pattern.compile("\\bjingdu\\.(ui|app|cli)\\b");
    private static final List<String> LOWER_LAYERS = List.of("analysis", "model", "store", "io");

    private static List<Path> sources() throws IOException {
        assertThat(ROOT).as("run from the project directory").isDirectory();
        try (Stream<Path> s = Files.walk(ROOT)) {
            List<Path> files = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
            assertThat(files).isNotEmpty();
            return files;
        }
    }

    private static String top(Path file) {
        return ROOT.relativize(file).getName(0).toString();
    }

    @Test
    void onlyTheUiUsesJavaFx() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path f : sources()) {
            if (!top(f).equals("ui") && uses(Files.readString(f, StandardCharsets.UTF_8), JAVAFX)) {
                offenders.add(ROOT.relativize(f).toString());
            }
        }
        assertThat(offenders).as("files outside jingdu/ui that use javafx").isEmpty();
    }

    @Test
    void lowerLayersDoNotUseUpperLayers() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path f : sources()) {
            if (LOWER_LAYERS.contains(top(f)) && uses(Files.readString(f, StandardCharsets.UTF_8), UPPER_LAYERS)) {
                offenders.add(ROOT.relativize(f).toString());
            }
        }
        assertThat(offenders).as("analysis/model/store/io files that use ui/app/cli").isEmpty();
    }

    @Test
    void theCommandLineDoesNotUseTheWindow() throws IOException {
        Pattern ui = Pattern.compile("\\bjingdu\\.ui\\b");
        List<String> offenders = new ArrayList<>();
        for (Path f : sources()) {
            if (top(f).equals("cli") && uses(Files.readString(f, StandardCharsets.UTF_8), ui)) {
                offenders.add(ROOT.relativize(f).toString());
            }
        }
        assertThat(offenders).as("cli files that use ui (the benches that did live in src/bench/java)").isEmpty();
    }

    @Test
    void theScannerSeesImportsAndQualifiedNamesButNotComments() {
        assertThat(uses("import javafx.scene.Node;\nclass A {}", JAVAFX)).isTrue();
        assertThat(uses("import static javafx.application.Platform.runLater;", JAVAFX)).isTrue();
        assertThat(uses("class A { void f() { javafx.application.Platform.exit(); } }", JAVAFX)).isTrue();
        assertThat(uses("import jingdu.app.Library;", UPPER_LAYERS)).isTrue();
        assertThat(uses("class A { jingdu.ui.JingduApp app; }", UPPER_LAYERS)).isTrue();
        assertThat(uses("/** Kept free of javafx.scene types. */\nclass A {} // javafx.x", JAVAFX)).isFalse();
        assertThat(uses("class A { String s = \"javafx.scene\"; }", JAVAFX)).isFalse();
        assertThat(uses("import jingdu.application.X;", UPPER_LAYERS)).isFalse();
    }

    /** True when {@code pattern} occurs in code, i.e. outside comments and string literals. */
    static boolean uses(String source, Pattern pattern) {
        Matcher m = pattern.matcher(codeOnly(source));
        return m.find();
    }

    private static String codeOnly(String src) {
        StringBuilder out = new StringBuilder(src.length());
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (src.startsWith("//", i)) {
                int nl = src.indexOf('\n', i);
                i = nl < 0 ? n : nl;
            } else if (src.startsWith("/*", i)) {
                int close = src.indexOf("*/", i + 2);
                i = close < 0 ? n : close + 2;
                out.append(' ');
            } else if (c == '"' || c == '\'') {
                boolean block = src.startsWith("\"\"\"", i);
                String end = block ? "\"\"\"" : String.valueOf(c);
                int j = i + end.length();
                while (j < n && !src.startsWith(end, j)) {
                    j += src.charAt(j) == '\\' ? 2 : 1;
                }
                i = Math.min(n, j + end.length());
                out.append(' ');
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
