package jingdu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import jingdu.app.annotate.Annotator;
import jingdu.i18n.I18n;
import jingdu.model.Tag;
import jingdu.ui.notes.NotesPane;
import jingdu.ui.reader.ReaderArea;
import jingdu.ui.tags.TagManager;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The tag manager, keys 1–9, undo/redo and the notes filter bar in a real window on headless Monocle. */
class TagManagerUndoTest extends WindowTest {

    @Test
    void aNewNestedRecolouredTagIsKeyFourAndUndoRedoWorks(FxRobot robot) throws Exception {
        fx.awaitAnalysis();
        long speechId = fx.window.current().id();
        TagManager manager = WindowFixture.onFx(fx.window::openTagManager);
        WaitForAsyncUtils.waitForFxEvents();
        TextField name = robot.lookup("#" + TagManager.NAME_ID).queryAs(TextField.class);

        robot.interact(() -> name.setText("住建"));
        robot.clickOn("#tag-add");
        robot.interact(() -> name.setText("住建局"));
        robot.clickOn("#tag-rename");
        ComboBox<?> colour = robot.lookup("#" + TagManager.COLOUR_ID).queryAs(ComboBox.class);
        robot.interact(() -> colour.getSelectionModel().select(6)); // palette key "7"
        robot.clickOn("#tag-indent"); // under 企业主体责任, the tag above it
        WaitForAsyncUtils.waitForFxEvents();

        Tag tag = fx.library.tagSet().tree().find("t1").orElseThrow();
        assertThat(tag.name()).isEqualTo("住建局");
        assertThat(tag.colour()).isEqualTo("7");
        assertThat(tag.parentId()).isEqualTo("enterprise");
        TreeView<?> tree = robot.lookup("#" + TagManager.TREE_ID).queryAs(TreeView.class);
        assertThat(tree.getSelectionModel().getSelectedItem().getParent().getValue()).isEqualTo(
                fx.library.tagSet().tree().find("enterprise").orElseThrow());
        robot.interact(() -> manager.stage().close());

        ReaderArea area = fx.window.reader().area();
        robot.interact(() -> {
            area.requestFocus();
            area.moveTo(3, 1);
        });
        robot.type(KeyCode.DIGIT4);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx.library.tags().idsForSpeech(speechId).get(3)).containsExactly("t1");
        assertThat(chipClasses(3)).anySatisfy(c -> assertThat(c).contains("chip-t1", "tag-colour-7"));
        Button undo = robot.lookup("#" + AnnotationController.UNDO_ID).queryAs(Button.class);
        assertThat(undo.getTooltip().getText()).contains("住建局");

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx.library.tags().idsForSpeech(speechId)).doesNotContainKey(3);
        assertThat(chipClasses(3)).noneSatisfy(c -> assertThat(c).contains("chip-t1"));

        robot.push(KeyCode.CONTROL, KeyCode.Y);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx.library.tags().idsForSpeech(speechId).get(3)).containsExactly("t1");
        assertThat(chipClasses(3)).anySatisfy(c -> assertThat(c).contains("chip-t1"));

        // a selection inside one paragraph gets a passage tag, drawn in the tag's colour
        int start = area.getText().indexOf("入户安检制度");
        robot.interact(() -> area.selectRange(start, start + 6));
        robot.type(KeyCode.DIGIT4);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx.library.tagSet().passageTags(speechId)).singleElement()
                .satisfies(p -> assertThat(p.tagId()).isEqualTo("t1"));
        assertThat(area.getStyleAtPosition(start + 2)).contains("passage-tag", "tag-colour-7");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx.library.tagSet().passageTags(speechId)).isEmpty();
        assertThat(area.getStyleAtPosition(start + 2)).doesNotContain("passage-tag");
    }

    private List<List<String>> chipClasses(int paragraph) throws Exception {
        return WindowFixture.onFx(() -> ((HBox) fx.window.reader().area().getParagraphGraphic(paragraph))
                .getChildren().stream().map(n -> List.copyOf(n.getStyleClass())).toList());
    }

    @Test
    void theNotesFilterBarFiltersByTextTagSectorAndColour(FxRobot robot) throws Exception {
        fx.awaitAnalysis();
        long speechId = fx.window.current().id();
        String text = fx.window.reader().area().getText();
        Annotator a = new Annotator(fx.library, new I18n(Locale.SIMPLIFIED_CHINESE));
        int gas = text.indexOf("燃气");
        a.addPassageNote(speechId, gas, gas + 2, "燃气要查", "5");
        int p3 = fx.window.reader().area().getAbsolutePosition(3, 0);
        a.addPassageNote(speechId, p3, p3 + 2, "第三段的批注", null);
        a.setParagraphTag(speechId, List.of(3), "leadership", true);
        a.addSpeechNote(speechId, "全文总体要求", null);
        robot.interact(() -> fx.window.open(speechId));
        fx.awaitAnalysis();

        ListView<?> list = robot.lookup("#" + NotesPane.LIST_ID).queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(3);
        TextField textFilter = robot.lookup("#" + NotesPane.FILTER_TEXT_ID).queryAs(TextField.class);
        robot.interact(() -> textFilter.setText("全文"));
        assertThat(list.getItems()).hasSize(1);
        robot.interact(() -> textFilter.setText(""));

        @SuppressWarnings("unchecked")
        ComboBox<String> tag = robot.lookup("#" + NotesPane.FILTER_TAG_ID).queryAs(ComboBox.class);
        robot.interact(() -> tag.setValue("leadership"));
        assertThat(list.getItems()).singleElement().satisfies(n -> assertThat(n.toString()).contains("第三段的批注"));
        robot.interact(() -> tag.setValue(""));

        @SuppressWarnings("unchecked")
        ComboBox<String> sector = robot.lookup("#" + NotesPane.FILTER_SECTOR_ID).queryAs(ComboBox.class);
        assertThat(sector.getItems()).contains("gas");
        robot.interact(() -> sector.setValue("gas"));
        assertThat(list.getItems()).singleElement().satisfies(n -> assertThat(n.toString()).contains("燃气要查"));
        robot.interact(() -> sector.setValue(""));

        @SuppressWarnings("unchecked")
        ComboBox<String> colour = robot.lookup("#" + NotesPane.FILTER_COLOUR_ID).queryAs(ComboBox.class);
        robot.interact(() -> colour.setValue("5"));
        assertThat(list.getItems()).singleElement().satisfies(n -> assertThat(n.toString()).contains("燃气要查"));
        robot.interact(() -> colour.setValue(""));
        assertThat(list.getItems()).hasSize(3);
        assertThat(Set.copyOf(fx.library.notes().forSpeech(speechId))).hasSize(3);
    }
}
