package jingdu.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import jingdu.io.CssPalette;
import jingdu.model.ExportFilter;
import jingdu.io.ExportFixtures;
import jingdu.io.HtmlExporter;
import jingdu.io.ReportModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The HTML export rendered by a real browser engine, headless: hostile notes stay text, colours apply. */
@ExtendWith(ApplicationExtension.class)
class HtmlWebViewTest {

    private WebView web;

    @Start
    void start(Stage stage) {
        web = new WebView();
        stage.setScene(new Scene(web, 900, 700));
        stage.show();
    }

    @Test
    void rendersEscapedAndInTheAppColours(FxRobot robot) throws Exception {
        CssPalette palette = CssPalette.app();
        String html = new HtmlExporter(ExportFixtures.LABELS, ZoneOffset.UTC, palette)
                .export(ReportModel.build(List.of(ExportFixtures.work()), ExportFilter.NONE, ExportFixtures.SECTORS));
        robot.interact(() -> web.getEngine().loadContent(html));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> web.getEngine().getLoadWorker().getState() == Worker.State.SUCCEEDED).get());
        Object[] r = new Object[4];
        robot.interact(() -> {
            var e = web.getEngine();
            r[0] = e.executeScript("document.getElementsByTagName('script').length");
            r[1] = e.executeScript("Array.from(document.querySelectorAll('.note-body')).map(n => n.textContent).join('|')");
            r[2] = e.executeScript("getComputedStyle(document.querySelector('span.sector-coal')).backgroundColor");
            r[3] = e.executeScript("document.querySelector('h1').textContent");
        });
        assertThat(((Number) r[0]).intValue()).isZero();
        assertThat((String) r[1]).contains(ExportFixtures.HOSTILE);
        String hex = palette.get("sector-coal", "#000000");
        String rgb = "rgb(" + Integer.parseInt(hex.substring(1, 3), 16) + ", " + Integer.parseInt(hex.substring(3, 5), 16)
                + ", " + Integer.parseInt(hex.substring(5, 7), 16) + ")";
        assertThat(r[2]).isEqualTo(rgb);
        assertThat(r[3]).isEqualTo("在全市安全生产工作会议上的讲话");
    }
}
