package jingdu.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.List;

import jingdu.model.DocumentPreview;
import jingdu.model.ReportOptions;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/** The Word report's preview is the document itself as formatted text: same paragraphs, styles, no Markdown. */
class DocxPreviewTest {

    private static DocxReport report(ReportOptions options) {
        return new DocxReport(ExportFixtures.LABELS, ZoneOffset.UTC, DocxFonts.OFFICIAL, options);
    }

    @Test
    void thePreviewHoldsTheWrittenDocumentsParagraphsWithTheirKinds() throws Exception {
        ReportOptions options = new ReportOptions(true, "学习贯彻情况", "某县应急管理局", "2026年6月1日");
        DocumentPreview preview = report(options).preview(ExportFixtures.model(), 1000);
        try (XWPFDocument doc = DocxReportTest.open(report(options).export(ExportFixtures.model()))) {
            List<XWPFParagraph> written = doc.getParagraphs();
            assertThat(preview.total()).isEqualTo(written.size());
            assertThat(preview.cut()).isFalse();
            assertThat(preview.blocks()).extracting(DocumentPreview.Block::text)
                    .containsExactlyElementsOf(written.stream().map(XWPFParagraph::getText).toList());
            for (int i = 0; i < written.size(); i++) {
                String style = written.get(i).getStyle() == null ? "Normal" : written.get(i).getStyle();
                DocumentPreview.Kind kind = preview.blocks().get(i).kind();
                assertThat(kind).as("paragraph %d (%s)", i, style).isEqualTo(switch (style) {
                    case "Title" -> DocumentPreview.Kind.TITLE;
                    case "Heading1" -> DocumentPreview.Kind.HEADING_1;
                    case "Heading2" -> DocumentPreview.Kind.HEADING_2;
                    case "Heading3" -> DocumentPreview.Kind.HEADING_3;
                    default -> DocumentPreview.Kind.BODY;
                });
            }
        }
        DocumentPreview.Block title = preview.blocks().get(0);
        assertThat(title.kind()).isEqualTo(DocumentPreview.Kind.TITLE);
        assertThat(title.text()).isEqualTo("学习贯彻情况");
        assertThat(title.centred()).isTrue();
        // the issuer line of the title block: centred, in 楷体
        assertThat(preview.blocks().get(1).centred()).isTrue();
        assertThat(preview.blocks().get(1).runs()).singleElement().satisfies(r -> assertThat(r.kai()).isTrue());
        assertThat(preview.blocks()).anySatisfy(b -> {
            assertThat(b.kind()).isEqualTo(DocumentPreview.Kind.HEADING_1);
            assertThat(b.text()).contains("思想上要再重视");
        });
        // words, not Markdown
        assertThat(preview.blocks()).allSatisfy(b -> assertThat(b.text()).doesNotStartWith("#").doesNotStartWith(">")
                .doesNotContain("**"));
    }

    @Test
    void aLongDocumentIsPreviewedByItsFirstParagraphs() {
        DocumentPreview preview = report(ReportOptions.DEFAULT).preview(ExportFixtures.model(), 3);
        assertThat(preview.blocks()).hasSize(3);
        assertThat(preview.total()).isGreaterThan(3);
        assertThat(preview.cut()).isTrue();
    }
}
