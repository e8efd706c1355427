package jingdu.app.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class JvmOptionsTest {

    @Test
    void theAppsOptionsAreReadWithoutCommentsOrBlankLines() {
        assertThat(JvmOptions.parse(List.of("# why", "", "  -XX:Foo=1  ", "-Dbar=2 ", "   # more"))).containsExactly("-XX:Foo=1", "-Dbar=2");
        assertThat(JvmOptions.app()).isNotEmpty().allSatisfy(o -> assertThat(o).startsWith("-"));
    }

    @Test
    void missingOptionsAreThoseThisJvmWasNotStartedWith() {
        List<String> app = JvmOptions.app();
        assertThat(JvmOptions.missingFrom(List.of())).isEqualTo(app);
        assertThat(JvmOptions.missingFrom(app)).isEmpty();
    }

    @Test
    void mvnJavafxRunAndTheInstallersPassTheSameOptions() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        assertThat(JvmOptions.app()).allSatisfy(o -> assertThat(pom).contains("<option>" + o + "</option>"));
        // the installer scripts read the file itself
        assertThat(Files.readString(Path.of("installer/common.sh"))).contains("resources/jvm/app.options");
        assertThat(Files.readString(Path.of("installer/build-mac.sh"))).contains("app_options");
        assertThat(Files.readString(Path.of("installer/build.ps1"))).contains("resources\\jvm\\app.options");
    }

    @Test
    void theAppHasAFixedHeapThatHoldsTheLargestSpeechAndKeepsTheWindowOpenWhenItRunsOut() {
        List<String> heap = JvmOptions.app().stream().filter(o -> o.startsWith("-Xmx")).toList();
        assertThat(heap).as("one -Xmx in resources/jvm/app.options").hasSize(1);
        long megabytes = megabytes(heap.get(0).substring("-Xmx".length()));
        // room for a 3,000,000-character speech and a Word report at its limit, yet well under half of 4 GB
        assertThat(megabytes).isBetween(1024L, 2048L);
        // running out is caught and told (a dialog, one line on the command line), never a silent exit
        assertThat(JvmOptions.app()).noneMatch(o -> o.contains("ExitOnOutOfMemoryError") || o.contains("CrashOnOutOfMemoryError"));
    }

    private static long megabytes(String size) {
        char unit = Character.toLowerCase(size.charAt(size.length() - 1));
        long n = Long.parseLong(Character.isDigit(unit) ? size : size.substring(0, size.length() - 1));
        return switch (unit) {
            case 'g' -> n * 1024;
            case 'm' -> n;
            case 'k' -> n / 1024;
            default -> n >> 20;
        };
    }
}
