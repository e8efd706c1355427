package jingdu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import jingdu.app.library.Catalog;
import jingdu.model.Collection;
import jingdu.model.LibraryEntry;
import jingdu.model.LibraryFilter;
import jingdu.model.Speech;
import jingdu.ui.library.LibraryPane;
import jingdu.ui.library.MetadataDialog;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The library pane in the real window: details dialog, delete with undo, filters, collections. */
class LibraryPaneTest extends WindowTest {

    private List<Long> rows() throws Exception {
        return WindowFixture.onFx(() -> window.libraryPane().entries().stream().map(LibraryEntry::id).toList());
    }

    @Test
    void f2EditsTheDetailsAndTheyAreSavedAndShown(FxRobot robot) throws Exception {
        fx.awaitAnalysis();
        long id = window.current().id();
        robot.type(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        TextField title = robot.lookup("#" + MetadataDialog.TITLE_ID).queryAs(TextField.class);
        robot.interact(() -> {
            title.setText("全市燃气安全专项整治会议讲话");
            robot.lookup("#" + MetadataDialog.SPEAKER_ID).queryAs(TextField.class).setText("张副市长");
            robot.lookup("#" + MetadataDialog.DATE_ID).queryAs(TextField.class).setText("2024年3月6日");
        });
        robot.clickOn("确定");
        WaitForAsyncUtils.waitForFxEvents();

        try (jingdu.app.Library other = jingdu.app.Library.open(fx.dbFile)) {
            var m = new Catalog(other).meta(id);
            assertThat(m.title()).isEqualTo("全市燃气安全专项整治会议讲话");
            assertThat(m.speaker()).isEqualTo("张副市长");
            assertThat(m.date()).isEqualTo("2024-03-06");
        }
        assertThat(robot.lookup("张副市长").tryQuery()).isEmpty(); // not a label on its own…
        assertThat(robot.lookup(n -> n instanceof javafx.scene.control.Label l && l.getText() != null
                && l.getText().contains("2024-03-06") && l.getText().contains("张副市长")).tryQuery()).isPresent();
        assertThat(WindowFixture.onFx(() -> ((Stage) window.root().getScene().getWindow()).getTitle()))
                .contains("全市燃气安全专项整治会议讲话");
    }

    @Test
    void deleteThenUndoBringsTheSpeechBack(FxRobot robot) throws Exception {
        fx.awaitAnalysis();
        long sample = window.current().id();
        Speech second = fx.library.importString("第二篇讲话\n各单位要落实安全责任。", "second.txt");
        robot.interact(() -> window.open(second.id()));
        assertThat(rows()).containsExactly(second.id(), sample);

        ListView<?> list = robot.lookup("#" + LibraryPane.LIST_ID).queryAs(ListView.class);
        robot.interact(list::requestFocus);
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rows()).containsExactly(sample);
        assertThat(window.current().id()).isEqualTo(sample); // the window moved on to another speech
        assertThat(robot.lookup("#" + LibraryPane.UNDO_BAR_ID).query().isVisible()).isTrue();

        robot.clickOn("#" + LibraryPane.UNDO_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rows()).containsExactly(second.id(), sample);
        assertThat(window.current().id()).isEqualTo(second.id());
        assertThat(robot.lookup("#" + LibraryPane.UNDO_BAR_ID).query().isVisible()).isFalse();
    }

    @Test
    void filtersAndCollectionsNarrowTheList(FxRobot robot) throws Exception {
        fx.awaitAnalysis();
        long sample = window.current().id();
        Speech coal = fx.library.importString("煤矿讲话\n我县煤矿企业要落实主体责任。", "coal.txt");
        Catalog catalog = new Catalog(fx.library);
        robot.interact(() -> window.libraryPane().refresh());
        // the pane lets the engine index the new speech on the worker
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> catalog.repository().unindexed().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(catalog.repository().sectors(coal.id())).contains("coal");

        robot.interact(() -> window.libraryPane().setFilter(LibraryFilter.ALL.withSector("coal")));
        assertThat(rows()).contains(coal.id());
        robot.interact(() -> window.libraryPane().setFilter(LibraryFilter.ALL.withGovLevel("县")));
        assertThat(rows()).contains(coal.id());
        assertThat(WindowFixture.onFx(() -> window.libraryPane().entries())).allMatch(e -> "县".equals(e.meta().govLevel()));
        robot.interact(() -> window.libraryPane().setFilter(LibraryFilter.ALL.withGovLevel("省")));
        assertThat(rows()).isEmpty();

        Collection k = catalog.createCollection("煤矿专题");
        catalog.addToCollection(k.id(), sample);
        robot.clickOn("#" + LibraryPane.FILTER_ID);
        robot.clickOn("#filter-clear");
        assertThat(rows()).containsExactlyInAnyOrder(coal.id(), sample);
        robot.interact(() -> window.libraryPane().setFilter(LibraryFilter.ALL.withCollection(k.id())));
        assertThat(rows()).containsExactly(sample);
    }
}
