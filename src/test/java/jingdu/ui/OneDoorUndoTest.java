package jingdu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import jingdu.app.Library;
import jingdu.cli.JingduCli;
import jingdu.model.Note;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 14: a note and a tag made on the command line, and a colleague's annotations file merged there, go
 * through the same door as the window's own actions, so the open window undoes them (newest first).
 */
class OneDoorUndoTest extends WindowTest {

    @Test
    void commandLineNotesTagsAndImportsAreUndoneInTheWindow(FxRobot robot) throws Exception {
        fx.awaitAnalysis();
        long id = window.current().id();
        String text = library.find(id).orElseThrow().text();
        String db = fx.dbFile.toString();

        assertThat(JingduCli.run(new String[] {"note", "--speech", String.valueOf(id), "--start", "0", "--end", "2",
                "--text", "命令行写的批注", "--db", db})).isZero();
        assertThat(JingduCli.run(new String[] {"tag", "--speech", String.valueOf(id), "--paragraph", "3",
                "--level", "enterprise", "--db", db})).isZero();
        Path json = colleaguesAnnotations(text);
        assertThat(JingduCli.run(new String[] {"import-annotations", json.toString(), "--db", db})).isZero();
        assertThat(bodies(id)).containsExactlyInAnyOrder("命令行写的批注", "同事的批注");
        assertThat(library.tags().forSpeech(id).get(3)).isNotNull();

        Button undo = robot.lookup("#" + AnnotationController.UNDO_ID).queryAs(Button.class);
        robot.interact(() -> window.open(id)); // the window shows what the other door wrote
        fx.awaitAnalysis();
        WaitForAsyncUtils.waitForFxEvents();

        robot.push(KeyCode.CONTROL, KeyCode.Z); // the import
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bodies(id)).containsExactly("命令行写的批注");
        assertThat(library.tags().forSpeech(id).get(1)).as("the colleague's tag went with the import").isNull();

        robot.push(KeyCode.CONTROL, KeyCode.Z); // the tag
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(library.tags().forSpeech(id).get(3)).isNull();

        robot.push(KeyCode.CONTROL, KeyCode.Z); // the note
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bodies(id)).isEmpty();

        robot.push(KeyCode.CONTROL, KeyCode.Y); // and redo brings the note back
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bodies(id)).containsExactly("命令行写的批注");
        assertThat(undo.getTooltip().getText()).contains("命令行写的批注");
    }

    /** A colleague's library with the same speech, a note and a tag of their own, exported as JSON. */
    private Path colleaguesAnnotations(String text) throws Exception {
        Path json = dir.resolve("colleague.json");
        Path other = dir.resolve("colleague").resolve("jingdu.db");
        try (Library colleague = Library.open(other)) {
            long theirs = colleague.importString(text, "speech.txt").id();
            colleague.addNote(theirs, 2, 4, "同事的批注");
            colleague.tagParagraph(theirs, 1, jingdu.model.Level.SUPERVISION, true);
        }
        assertThat(JingduCli.run(new String[] {"export", "--all", "--format", "json", "--without-text",
                "--db", other.toString(), "--out", json.toString()})).isZero();
        return json;
    }

    private java.util.List<String> bodies(long speechId) {
        return library.notes().forSpeech(speechId).stream().map(Note::body).toList();
    }
}
