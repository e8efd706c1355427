package jingdu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import jingdu.app.Library;
import jingdu.app.library.Catalog;
import jingdu.text.TextLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code duplicates}: near-identical speeches as lines or JSON; {@code --merge KEEP OTHER…} merges them. */
class DuplicatesCliTest {

    @RegisterExtension
    final CliConsole cli = new CliConsole();

    @TempDir
    Path dir;

    @Test
    void listsTheGroupThenMergesItIntoTheSpeechKept() throws Exception {
        String text = TextLayout.canonical(Files.readString(
                Path.of("src/test/resources/heldout/corpus/h02_county_spring_festival_fire.txt"), StandardCharsets.UTF_8));
        // the same notice as a PDF gave it: every long paragraph broken once inside a sentence, a page number kept
        StringBuilder pdf = new StringBuilder();
        for (String line : text.lines().toList()) {
            pdf.append(line.length() > 30 ? line.substring(0, 30) + "\n" + line.substring(30) : line).append('\n');
        }
        pdf.append("- 1 -\n");
        Path a = Files.writeString(dir.resolve("通知.txt"), text, StandardCharsets.UTF_8);
        Path b = Files.writeString(dir.resolve("通知（PDF）.txt"), pdf, StandardCharsets.UTF_8);
        Path c = Files.writeString(dir.resolve("别的.txt"), "另一篇讲话\n各部门要加强监管。\n", StandardCharsets.UTF_8);
        String db = dir.resolve("lib.db").toString();
        assertThat(cli.run("import", "--db", db, a.toString(), b.toString(), c.toString())).isZero();
        assertThat(cli.run("note", "--db", db, "--speech", "2", "--start", "0", "--end", "3", "--text", "PDF 上的批注")).isZero();

        assertThat(cli.run("duplicates", "--db", db)).isZero();
        List<String> lines = cli.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("1\t2\tkeep\t100%\t1\t通知（PDF）.txt\t"); // most annotations first
        assertThat(lines.get(1)).matches("1\t1\t-\t9[5-9]%\t0\t通知\\.txt\t.*");
        assertThat(cli.errLines()).containsExactly(JingduCli.I18N.get("duplicates.found", 1));

        assertThat(cli.run("duplicates", "--json", "--db", db)).isZero();
        JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertThat(json.get("threshold").getAsDouble()).isEqualTo(0.95);
        JsonObject group = json.getAsJsonArray("groups").get(0).getAsJsonObject();
        assertThat(group.get("keep").getAsLong()).isEqualTo(2);
        assertThat(group.getAsJsonArray("members")).hasSize(2);
        JsonObject txt = group.getAsJsonArray("members").get(1).getAsJsonObject();
        assertThat(txt.get("source").getAsString()).isEqualTo("通知.txt");
        assertThat(txt.get("path").getAsString()).isEqualTo(a.toAbsolutePath().toString());
        assertThat(txt.get("similarity").getAsDouble()).isBetween(0.95, 1.0);

        assertThat(cli.run("duplicates", "--merge", "1", "2", "--db", db)).isZero();
        assertThat(cli.out().strip()).isEqualTo(JingduCli.I18N.get("duplicates.merged", "通知",
                1, 1, 0, 0));
        try (Library library = Library.open(dir.resolve("lib.db"))) {
            assertThat(new Catalog(library).isDeleted(2)).isTrue();
            assertThat(library.notes(1)).singleElement().satisfies(n -> {
                assertThat(n.body()).isEqualTo("PDF 上的批注");
                assertThat(n.quote()).isEqualTo(text.substring(0, 3));
            });
        }
        assertThat(cli.run("duplicates", "--db", db)).isZero();
        assertThat(cli.out()).isEmpty();
        assertThat(cli.errLines()).containsExactly(JingduCli.I18N.get("duplicates.none"));

        // a speech in the trash, or one id twice, changes nothing and says why
        assertThat(cli.run("duplicates", "--merge", "1", "2", "--db", db)).isEqualTo(1);
        assertThat(cli.errLines()).hasSize(1);
        assertThat(cli.run("duplicates", "--merge", "1", "1", "--db", db)).isEqualTo(1);
        assertThat(cli.errLines()).containsExactly(JingduCli.I18N.get("duplicates.error.keptMerged", 1));
    }
}
