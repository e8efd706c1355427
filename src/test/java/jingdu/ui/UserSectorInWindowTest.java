package jingdu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import jingdu.app.export.ExportFormat;
import jingdu.app.library.Catalog;
import jingdu.app.search.SearchHit;
import jingdu.io.CssPalette;
import jingdu.model.LibraryEntry;
import jingdu.model.Speech;
import jingdu.ui.export.ExportDialog;
import jingdu.ui.library.LibraryPane;
import jingdu.ui.reader.ReaderArea;
import jingdu.ui.reader.ReaderView;
import jingdu.ui.search.SearchPane;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A sector declared in lexicon.tsv beside the library is shown like a built-in one, everywhere in the window. */
class UserSectorInWindowTest extends WindowTest {

    /** Replaces the base's: the user's lexicon must be in place before the window reads it. */
    @BeforeEach
    @Override
    void openWindow() throws Exception {
        Files.writeString(dir.resolve("lexicon.tsv"), "@sector\tport\t港口\tPorts\n港口\tport\n码头\tport\n",
                StandardCharsets.UTF_8);
        super.openWindow();
    }

    @Test
    void aSectorAddedInTheLexiconIsNamedColouredAndOfferedByEveryFilter(FxRobot robot) throws Exception {
        fx.awaitAnalysis();
        Speech port = fx.library.importString("港口安全讲话\n港口企业要落实防台风措施，码头要加固。", "port.txt");
        robot.interact(() -> window.open(port.id()));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> window.reader().analysis() != null && window.reader().speech().id() == port.id());
        WaitForAsyncUtils.waitForFxEvents();

        // reader: the first extra colour, and the sector's name on hover
        ReaderArea area = robot.lookup("#" + ReaderView.AREA_ID).queryAs(ReaderArea.class);
        int wharf = port.text().indexOf("码头");
        assertThat(area.getStyleAtPosition(wharf + 1)).contains("sector", "sector-extra-1");
        assertThat(WindowFixture.onFx(() -> window.reader().hoverText(wharf))).startsWith("“码头”：港口\n");

        // legend: named, counted, and filled with the stylesheet's colour for that class
        Label swatch = robot.lookup(".legend-swatch").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().startsWith("港口 ")).findFirst().orElseThrow();
        assertThat(swatch.getStyleClass()).contains("sector-extra-1");
        assertThat(WindowFixture.onFx(() -> swatch.getBackground().getFills().get(0).getFill()))
                .isEqualTo(Color.web(CssPalette.app().get("sector-extra-1", "#000000")));

        // library filter: offered by name, and it narrows the list
        Catalog catalog = new Catalog(fx.library);
        robot.interact(() -> window.libraryPane().refresh());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> catalog.repository().unindexed().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        MenuButton filter = robot.lookup("#" + LibraryPane.FILTER_ID).queryAs(MenuButton.class);
        robot.clickOn(filter);
        Menu sectors = (Menu) filter.getItems().stream().filter(i -> "filter-sector".equals(i.getId())).findFirst().orElseThrow();
        MenuItem portItem = sectors.getItems().stream().filter(i -> "港口".equals(i.getText())).findFirst().orElseThrow();
        robot.interact(() -> {
            filter.hide();
            portItem.fire();
        });
        assertThat(WindowFixture.onFx(() -> window.libraryPane().entries().stream().map(LibraryEntry::id).toList()))
                .containsExactly(port.id());

        // export dialog: offered by name; the preview heads the obligations with it
        robot.clickOn("#" + MainWindow.EXPORT_ID);
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ComboBox<String> exportSector = robot.lookup("#" + ExportDialog.SECTOR_ID).queryAs(ComboBox.class);
        assertThat(exportSector.getItems()).endsWith("public_health", "port");
        assertThat(exportSector.getConverter().toString("port")).isEqualTo("港口");
        @SuppressWarnings("unchecked")
        ComboBox<ExportFormat> format = robot.lookup("#" + ExportDialog.FORMAT_ID).queryAs(ComboBox.class);
        robot.interact(() -> {
            format.setValue(ExportFormat.MD);
            exportSector.setValue("port");
        });
        TextArea preview = robot.lookup("#" + ExportDialog.PREVIEW_TEXT_ID).queryAs(TextArea.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> preview.getText().contains("### 港口"));
        robot.interact(() -> ((Stage) preview.getScene().getWindow()).close());

        // search: offered by name, and it finds the speech
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ComboBox<String> searchSector = robot.lookup("#" + SearchPane.SECTOR_ID).queryAs(ComboBox.class);
        assertThat(searchSector.getItems()).endsWith("public_health", "port");
        assertThat(searchSector.getConverter().toString("port")).isEqualTo("港口");
        TextField field = robot.lookup("#" + SearchPane.FIELD_ID).queryAs(TextField.class);
        robot.interact(() -> {
            searchSector.setValue("port");
            field.setText("加固");
        });
        @SuppressWarnings("unchecked")
        ListView<SearchHit> results = robot.lookup("#" + SearchPane.RESULTS_ID).queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !results.getItems().isEmpty());
        assertThat(List.copyOf(results.getItems())).singleElement()
                .satisfies(h -> assertThat(h.speechId()).isEqualTo(port.id()));
    }
}
