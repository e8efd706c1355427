package jingdu.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import jingdu.analysis.Analyzer;
import jingdu.app.AnalysisService;
import jingdu.app.Library;
import jingdu.app.Services;
import jingdu.app.export.ExportFormat;
import jingdu.i18n.I18n;
import jingdu.model.Speech;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 18: with Word chosen the export dialog previews the Word document, not its Markdown. */
@ExtendWith(ApplicationExtension.class)
class WordPreviewTest {

    @TempDir
    Path dir;

    private Library library;
    private AnalysisService analysis;

    @Start
    void start(Stage stage) throws Exception {
        library = Library.open(dir.resolve("lib.db"));
        Speech speech = library.importString("在全县安全生产工作会议上的讲话\n一、压实安全生产责任\n企业要落实安全生产主体责任。\n"
                + "二、抓好隐患排查整治\n各部门要加强燃气安全检查。", "a.txt");
        analysis = new AnalysisService(Analyzer::new);
        new ExportDialog(new Services(library, analysis), new I18n(Locale.SIMPLIFIED_CHINESE), null, speech.id()).show();
    }

    @AfterEach
    void tearDown() {
        analysis.close();
        library.close();
    }

    @Test
    void theWordChoicePreviewsTitleAndHeadingsAsFormattedTextWithoutMarkdown(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        ComboBox<ExportFormat> format = robot.lookup("#" + ExportDialog.FORMAT_ID).queryAs(ComboBox.class);
        DocumentPreviewPane document = robot.lookup("#" + ExportDialog.PREVIEW_DOCUMENT_ID).queryAs(DocumentPreviewPane.class);
        TextArea text = robot.lookup("#" + ExportDialog.PREVIEW_TEXT_ID).queryAs(TextArea.class);
        // Markdown first, so the Word preview must replace it
        robot.interact(() -> format.setValue(ExportFormat.MD));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text.isVisible() && text.getText().startsWith("#"));
        robot.interact(() -> format.setValue(ExportFormat.DOCX));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> document.isVisible() && !document.paragraphs().isEmpty());
        assertThat(text.isVisible()).isFalse();

        List<String> paragraphs = WaitForAsyncUtils.asyncFx(document::paragraphs).get(10, TimeUnit.SECONDS);
        assertThat(paragraphs.get(0)).isEqualTo("在全县安全生产工作会议上的讲话");
        assertThat(document.kindClass(0)).isEqualTo("doc-title");
        int heading = paragraphs.indexOf("一、压实安全生产责任");
        assertThat(heading).as("a heading in %s", paragraphs).isPositive();
        assertThat(document.kindClass(heading)).isEqualTo("doc-heading-1");
        assertThat(String.join("\n", paragraphs)).contains("企业要落实安全生产主体责任。");
        assertThat(paragraphs).allSatisfy(p -> assertThat(p).doesNotStartWith("#").doesNotStartWith(">")
                .doesNotContain("**"));
    }
}
