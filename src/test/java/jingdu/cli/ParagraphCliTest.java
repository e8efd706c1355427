package jingdu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;

import jingdu.app.Library;
import jingdu.app.annotate.Annotator;
import jingdu.i18n.I18n;
import jingdu.model.Note;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** `paragraph --split / --join`: the same edit as the window's, its note kept, search following, undoable there. */
class ParagraphCliTest {

    private static final String TEXT = "讲话\n各地区要落实主体责任。煤矿企业要严防瓦斯爆炸。\n结尾。";

    @TempDir
    Path dir;

    @RegisterExtension
    final CliConsole cli = new CliConsole();

    @Test
    void splitsAndJoinsKeepingTheNoteAndRefusesACutAtTheEdge() throws Exception {
        Path db = dir.resolve("lib.db");
        long id;
        try (Library lib = Library.open(db)) {
            id = lib.importString(TEXT, "a.txt").id();
            int gas = TEXT.indexOf("瓦斯");
            lib.addNote(id, gas, gas + 2, "防爆");
        }
        String speech = String.valueOf(id);
        int at = "各地区要落实主体责任。".length();

        assertThat(cli.run("paragraph", "--speech", speech, "--split", "1", "--at", String.valueOf(at), "--db", db.toString()))
                .isZero();
        assertThat(cli.out().strip()).isEqualTo("split " + id + " 1 " + at);
        assertThat(cli.run("search", "瓦斯", "--db", db.toString())).isZero();
        assertThat(cli.out().lines().filter(l -> l.contains("\t-\t"))).singleElement()
                .satisfies(l -> assertThat(l).startsWith(id + "\t2\t-"));
        try (Library lib = Library.open(db)) {
            assertThat(lib.find(id).orElseThrow().text()).isEqualTo("讲话\n各地区要落实主体责任。\n煤矿企业要严防瓦斯爆炸。\n结尾。");
            Note note = lib.notes(id).get(0);
            assertThat(lib.find(id).orElseThrow().text().substring(note.start(), note.end())).isEqualTo("瓦斯");
        }

        assertThat(cli.run("paragraph", "--speech", speech, "--split", "2", "--at", "0", "--db", db.toString())).isEqualTo(1);
        assertThat(cli.errLines()).hasSize(1);
        assertThat(cli.run("paragraph", "--speech", speech, "--join", "3", "--db", db.toString())).isEqualTo(1);
        assertThat(cli.run("paragraph", "--speech", speech, "--split", "1", "--join", "2", "--db", db.toString()))
                .as("one edit at a time").isEqualTo(2);

        assertThat(cli.run("paragraph", "--speech", speech, "--join", "1", "--db", db.toString())).isZero();
        assertThat(cli.out().strip()).isEqualTo("joined " + id + " 1 2");
        try (Library lib = Library.open(db)) {
            assertThat(lib.find(id).orElseThrow().text()).isEqualTo(TEXT);
            Annotator window = new Annotator(lib, new I18n(Locale.SIMPLIFIED_CHINESE));
            window.undo(); // the window undoes what the command line did, newest first
            assertThat(lib.find(id).orElseThrow().paragraphCount()).isEqualTo(4);
            window.undo();
            assertThat(lib.find(id).orElseThrow().text()).isEqualTo(TEXT);
        }
    }
}
