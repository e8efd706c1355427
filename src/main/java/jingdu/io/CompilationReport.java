package jingdu.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

import jingdu.model.Compilation;
import jingdu.model.Compilation.DateGroup;
import jingdu.model.Compilation.Excerpt;

/**
 * 摘编 in the Word report's 公文 layout ({@link DocxReport#blank}: its styles, fonts, page and numbers): the
 * title (Title), each theme a first-level heading (一、…, 黑体), each date a second-level one (（一）…, 楷体),
 * each excerpt a body paragraph with its citation run on in 楷体. The PDF is this same document laid out by
 * {@link PdfReport}, so both print the same.
 */
public final class CompilationReport {

    static {
        QuietLibraries.apply();
    }

    private final CompilationText words;
    private final DocxFonts fonts = DocxFonts.OFFICIAL;

    public CompilationReport(CompilationText words) {
        this.words = words;
    }

    /** The most excerpts a Word or PDF compilation holds (as the report's paragraphs, built whole in memory). */
    public static final int MAX_EXCERPTS = DocxReport.MAX_PARAGRAPHS;

    public void writeDocx(Compilation c, OutputStream out) throws IOException {
        try (XWPFDocument doc = document(c)) {
            doc.write(out);
        }
    }

    /** The PDF, with installed fonts from {@code fontDirs} where they are TrueType (see {@link PdfFonts}). */
    public void writePdf(Compilation c, List<Path> fontDirs, OutputStream out) throws IOException {
        try (XWPFDocument doc = document(c)) {
            PdfReport.forDocuments(fontDirs).write(doc, out);
        }
    }

    XWPFDocument document(Compilation c) {
        return DocxReport.laidOut(fonts, c.title(), "Jingdu", doc -> {
            DocxReport.styled(doc, DocxReport.TITLE, c.title());
            if (c.isEmpty()) {
                DocxReport.styled(doc, DocxReport.NORMAL, words.none());
            }
            int t = 0;
            for (Compilation.Theme theme : c.themes()) {
                if (theme.excerpts() == 0) {
                    continue;
                }
                DocxReport.styled(doc, DocxReport.HEADING1, words.themeHeading(t++, theme));
                int d = 0;
                for (DateGroup group : theme.dates()) {
                    DocxReport.styled(doc, DocxReport.HEADING2, words.dateHeading(d++, group.date()));
                    for (Excerpt e : group.excerpts()) {
                        XWPFParagraph p = DocxReport.styled(doc, DocxReport.NORMAL, e.text());
                        p.setAlignment(ParagraphAlignment.BOTH);
                        DocxReport.kai(p, words.citation(e), fonts);
                    }
                }
            }
        });
    }
}
