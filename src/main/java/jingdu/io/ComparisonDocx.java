package jingdu.io;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import jingdu.model.WordingPiece;

/**
 * A comparison of speeches as .docx in the Word report's 公文 layout ({@link DocxReport#blank}: its styles, fonts,
 * page and numbers): the title, the date centred in 楷体, the summary sentence, then one first-level heading (黑体)
 * per part (新增, 延续, 未再提及, 新提法) with its items as numbered body paragraphs and their detail lines (strength
 * change, sources, sectors) in 楷体 under each. An item's text is pieces: words only in the newer wording bold and
 * underlined, words only in the older one struck through, so the change reads without colour, as every text of the
 * layout is black. Laid out from plain words ({@link Report}): the caller has chosen and worded everything.
 */
public final class ComparisonDocx {

    static {
        QuietLibraries.apply();
    }

    /** One item: its text as pieces and its detail lines. */
    public record Item(List<WordingPiece> text, List<String> details) {
        public Item {
            text = List.copyOf(text);
            details = List.copyOf(details);
        }
    }

    /** One part: its heading (一、新增（3 项）) and items; {@code empty} is printed when it has none. */
    public record Section(String heading, List<Item> items, String empty) {
        public Section {
            items = List.copyOf(items);
        }
    }

    /** The whole document. */
    public record Report(String title, String dateLine, String summary, List<Section> sections) {
        public Report {
            sections = List.copyOf(sections);
        }

        /** How many paragraphs the document has: it is built whole in memory, so the caller limits it. */
        public int paragraphs() {
            return 3 + sections.stream().mapToInt(s -> 1 + Math.max(1, 2 * s.items().size())).sum();
        }
    }


    private final DocxFonts fonts = DocxFonts.OFFICIAL;

    public void write(Report report, OutputStream out) throws IOException {
        try (XWPFDocument doc = document(report)) {
            doc.write(out);
        }
    }

    public byte[] export(Report report) {
        return InMemory.bytes(out -> write(report, out));
    }

    XWPFDocument document(Report report) {
        return DocxReport.laidOut(fonts, report.title(), "Jingdu", doc -> {
            DocxReport.head(doc, report.title(), report.dateLine(), report.summary(), fonts);
            for (Section section : report.sections()) {
                DocxReport.styled(doc, DocxReport.HEADING1, section.heading());
                if (section.items().isEmpty()) {
                    DocxReport.kai(DocxReport.styled(doc, DocxReport.NORMAL, null), section.empty(), fonts);
                }
                int n = 1;
                for (Item item : section.items()) {
                    XWPFParagraph p = DocxReport.styled(doc, DocxReport.NORMAL, n++ + ". ");
                    for (WordingPiece piece : item.text()) {
                        if (piece.text().isEmpty()) {
                            continue;
                        }
                        XWPFRun r = DocxReport.plain(p, piece.text());
                        if (piece.kind() == WordingPiece.Kind.ADDED) {
                            r.setBold(true);
                            r.setUnderline(UnderlinePatterns.SINGLE);
                        } else if (piece.kind() == WordingPiece.Kind.REMOVED) {
                            r.setStrikeThrough(true);
                        }
                    }
                    if (!item.details().isEmpty()) {
                        DocxReport.details(doc, item.details(), fonts);
                    }
                }
            }
        });
    }
}
