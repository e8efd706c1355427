package jingdu.app;

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
}
