package jingdu.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.util.Matrix;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import jingdu.io.PdfFonts.Face;
import jingdu.io.PdfFonts.Glyph;
import jingdu.io.PdfLines.Kind;
import jingdu.io.PdfLines.Unit;
import jingdu.model.ReportOptions;

/**
 * The Word report ({@link DocxReport}) as a PDF, drawn with PDFBox: the same document — DocxReport builds it,
 * this class lays out its paragraphs — so both print the same text in the same styles. A4 with the 公文
 * margins (37/35/28/26 mm), 22 lines of 三号 on a 28.95 pt line, the title centred in 二号, headings in 黑体
 * and 楷体 (level 3 bold), body paragraphs justified with a two-character indent, notes in 楷体, page numbers
 * “— n —” outside (odd right, even left), all black. Chinese breaks between any characters under
 * {@link PdfLines}' rules. Fonts: {@link PdfFonts}, embedded as subsets; headings also become the PDF's
 * bookmarks.
 */
public final class PdfReport {

    static {
        QuietLibraries.apply(); // POI (building the document) and PDFBox log through libraries without a back end
    }

    static final float PAGE_WIDTH = PDRectangle.A4.getWidth();
    static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();
    static final float TOP = mm(37);
    static final float BOTTOM = mm(35);
    static final float LEFT = mm(28);
    static final float RIGHT = mm(26);
    private static final float LINE = (float) DocxReport.LINE;
    private static final float TITLE_LINE = 36;
    /** The page number's size (四号) and its top, 7 mm below the type area (GB/T 9704). */
    private static final float NUMBER_SIZE = DocxReport.SIHAO;
    private static final float NUMBER_TOP = BOTTOM - mm(7);
    /** Justifying stretches each gap by at most this share of an em; a line that needs more stays ragged. */
    private static final float MAX_STRETCH = 0.08f;
    /** Synthetic bold (where no bold face exists): the outline stroked with this share of the size. */
    private static final float BOLD_STROKE = 0.035f;

    private final DocxReport report;
    private final DocxFonts names = DocxFonts.OFFICIAL;
    private final List<Path> fontDirs;
    private int replaced;

    /** The report with {@code options}, using installed fonts from {@code fontDirs} where they are TrueType. */
    public PdfReport(ExportLabels labels, ZoneId zone, ReportOptions options, List<Path> fontDirs) {
        this(new DocxReport(labels, zone, DocxFonts.OFFICIAL, options), fontDirs);
    }

    private PdfReport(DocxReport report, List<Path> fontDirs) {
        this.report = report;
        this.fontDirs = List.copyOf(fontDirs);
    }

    /** A layout of documents built elsewhere in the report's styles ({@link #write(XWPFDocument, OutputStream)}) only. */
    static PdfReport forDocuments(List<Path> fontDirs) {
        return new PdfReport((DocxReport) null, fontDirs);
    }

    /** How many characters of the last {@link #write} no font had (drawn as □). */
    public int replaced() {
        return replaced;
    }

    public byte[] export(ReportModel model) {
        return InMemory.bytes(out -> write(model, out));
    }

    /** Writes the PDF to {@code out} (made in memory first: a few hundred KB even for hundreds of pages). */
    public void write(ReportModel model, OutputStream out) throws IOException {
        try (XWPFDocument doc = report.document(model)) {
            write(doc, out);
        }
    }

    /**
     * Lays out any Word document built in the report's styles ({@link DocxReport#blank}), as this class lays out
     * the report: another document of the same 公文 layout ({@link CompilationReport}) prints the same way.
     */
    void write(XWPFDocument doc, OutputStream out) throws IOException {
        List<Block> blocks = blocks(doc);
        String title = doc.getProperties().getCoreProperties().getTitle();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            draw(blocks, title, fontDirs, pdf);
        } catch (IOException | RuntimeException e) {
            if (fontDirs.isEmpty()) {
                throw e;
            }
            // an installed font that loaded but cannot be subset (damaged, an unusual collection) fails only when
            // the file is saved: the report is made again with the app's own fonts rather than not at all
            pdf.reset();
            draw(blocks, title, List.of(), pdf);
        }
        pdf.writeTo(out);
    }

    /** Lays the blocks out with the fonts of {@code dirs} (and the app's) and saves the PDF into {@code out}. */
    private void draw(List<Block> blocks, String title, List<Path> dirs, OutputStream out) throws IOException {
        try (PDDocument pdf = new PDDocument(); PdfFonts fonts = new PdfFonts(pdf, dirs)) {
            pdf.getDocumentInformation().setTitle(title);
            pdf.getDocumentInformation().setCreator("Jingdu");
            pdf.getDocumentCatalog().setLanguage("zh-CN");
            new Pages(pdf, fonts).lay(blocks);
            replaced = fonts.replaced();
            pdf.save(out); // the font subsets are made here, before the font files close
        }
    }

    // ---- the Word document's paragraphs as blocks -------------------------------------------------------

    private enum Align { JUSTIFY, LEFT, CENTER }

    /** A run of text in one face, size and weight. */
    private record Piece(String text, Face face, float size, boolean bold) {
    }

    /** A paragraph to lay out; {@code outline} is its bookmark level (0: none). */
    private record Block(List<Piece> pieces, Align align, float firstIndent, float leftIndent, float line,
                         float spaceAfter, boolean keepWithNext, int outline, float size, boolean pageBreak,
                         Picture picture) {
        String text() {
            StringBuilder s = new StringBuilder();
            pieces.forEach(p -> s.append(p.text()));
            return s.toString();
        }
    }

    /** A picture a paragraph holds (a chart of the 督办通报), drawn centred at its size in the document. */
    private record Picture(byte[] data, float width, float height) {
    }

    private List<Block> blocks(XWPFDocument doc) {
        List<Block> out = new ArrayList<>();
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                out.add(block(p));
            }
        }
        return out;
    }

    /** A paragraph in its style (DocxStyles), with what the paragraph itself sets over it. */
    private Block block(XWPFParagraph p) {
        String style = p.getStyle() == null ? DocxReport.NORMAL : p.getStyle();
        float size = DocxReport.SANHAO;
        Face face = Face.BODY;
        boolean bold = false;
        float line = LINE;
        float after = 0;
        Align align = Align.JUSTIFY;
        float first = 2 * size;
        int outline = 0;
        switch (style) {
            case DocxReport.TITLE -> {
                size = DocxReport.ERHAO;
                face = Face.TITLE;
                line = TITLE_LINE;
                after = LINE;
                align = Align.CENTER;
                first = 0;
            }
            case DocxReport.HEADING1 -> {
                face = Face.HEI;
                outline = 1;
            }
            case DocxReport.HEADING2 -> {
                face = Face.KAI;
                outline = 2;
            }
            case DocxReport.HEADING3 -> {
                bold = true;
                outline = 3;
            }
            default -> {
            }
        }
        var pPr = p.getCTP().getPPr();
        if (pPr != null && pPr.isSetJc()) {
            ParagraphAlignment a = p.getAlignment();
            align = a == ParagraphAlignment.CENTER ? Align.CENTER : a == ParagraphAlignment.LEFT ? Align.LEFT : Align.JUSTIFY;
        }
        if (p.getIndentationFirstLine() >= 0) {
            first = p.getIndentationFirstLine() / 20f;
        }
        float left = Math.max(0, p.getIndentationLeft()) / 20f;
        List<Piece> pieces = new ArrayList<>();
        for (XWPFRun r : p.getRuns()) {
            String font = r.getFontFamily(XWPFRun.FontCharRange.eastAsia);
            Double points = r.getFontSizeAsDouble();
            pieces.add(new Piece(r.text(), font == null ? face : face(font, face),
                    points == null ? size : points.floatValue(), bold || r.isBold()));
        }
        Picture picture = null;
        for (XWPFRun r : p.getRuns()) {
            for (var pic : r.getEmbeddedPictures()) {
                var ext = pic.getCTPicture().getSpPr().getXfrm().getExt();
                picture = new Picture(pic.getPictureData().getData(), (float) (ext.getCx() / 12700.0),
                        (float) (ext.getCy() / 12700.0)); // EMU to points
            }
        }
        return new Block(pieces, align, first, left, line, after, outline > 0, outline, size, p.isPageBreak(), picture);
    }

    /** The face of a font the Word report names. */
    private Face face(String font, Face otherwise) {
        if (font.equals(names.kai())) {
            return Face.KAI;
        }
        if (font.equals(names.heading())) {
            return Face.HEI;
        }
        if (font.equals(names.title())) {
            return Face.TITLE;
        }
        if (font.equals(names.number())) {
            return Face.NUMBER;
        }
        return font.equals(names.body()) ? Face.BODY : otherwise;
    }

    // ---- characters, lines and pages --------------------------------------------------------------------

    /** One character as drawn: its glyph, size, weight and advance. */
    private record Box(Glyph glyph, float size, boolean bold, float width) {
        int codePoint() {
            return glyph.text().codePointAt(0);
        }
    }

    private final class Pages {
        private final PDDocument pdf;
        private final PdfFonts fonts;
        private final Map<PDType0Font, Map<String, Float>> widths = new HashMap<>();
        private PDPageContentStream cs;
        private PDPage page;
        private int pageCount;
        private float y;
        private final PDDocumentOutline outline = new PDDocumentOutline();
        private final PDOutlineItem[] parents = new PDOutlineItem[4];

        Pages(PDDocument pdf, PdfFonts fonts) {
            this.pdf = pdf;
            this.fonts = fonts;
        }

        void lay(List<Block> blocks) throws IOException {
            newPage();
            try {
                for (int k = 0; k < blocks.size(); k++) {
                    Block b = blocks.get(k);
                    if (b.pageBreak() && y < PAGE_HEIGHT - TOP - 0.5f) {
                        newPage();
                    }
                    if (b.picture() != null) {
                        picture(b.picture());
                        continue;
                    }
                    List<Box> boxes = boxes(b);
                    List<Unit> units = units(boxes, b);
                    float width = PAGE_WIDTH - LEFT - RIGHT - b.leftIndent();
                    List<PdfLines.Line> lines = PdfLines.breakLines(units, width - b.firstIndent(), width);
                    if (b.keepWithNext() && k + 1 < blocks.size() && y < PAGE_HEIGHT - TOP
                            && y - lines.size() * b.line() - blocks.get(k + 1).line() < BOTTOM - 0.5f) {
                        newPage(); // a heading goes with the first line under it
                    }
                    if (b.outline() > 0) {
                        bookmark(b);
                    }
                    for (int i = 0; i < lines.size(); i++) {
                        if (y - b.line() < BOTTOM - 0.5f) {
                            newPage();
                        }
                        float indent = b.leftIndent() + (i == 0 ? b.firstIndent() : 0);
                        draw(b, boxes, units, lines.get(i), indent, width - (i == 0 ? b.firstIndent() : 0));
                        y -= b.line();
                    }
                    y -= b.spaceAfter();
                }
                if (outline.hasChildren()) {
                    pdf.getDocumentCatalog().setDocumentOutline(outline);
                }
            } finally {
                endPage();
            }
        }

        private void newPage() throws IOException {
            endPage();
            page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            pageCount++;
            cs = new PDPageContentStream(pdf, page);
            cs.setNonStrokingColor(0f); // every character black
            cs.setStrokingColor(0f);
            y = PAGE_HEIGHT - TOP;
        }

        /** A picture centred in the text width, on a new page when it does not fit under what is there. */
        private void picture(Picture p) throws IOException {
            float room = PAGE_WIDTH - LEFT - RIGHT;
            float scale = Math.min(1f, Math.min(room / p.width(), (PAGE_HEIGHT - TOP - BOTTOM) / p.height()));
            float w = p.width() * scale;
            float h = p.height() * scale;
            if (y - h < BOTTOM - 0.5f) {
                newPage();
            }
            var image = org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject.createFromByteArray(pdf, p.data(), "chart");
            cs.drawImage(image, LEFT + (room - w) / 2, y - h, w, h);
            y -= h + LINE / 2;
        }

        /** The page's number last, so text extraction reads it after the page's text. */
        private void endPage() throws IOException {
            if (cs != null) {
                pageNumber();
                cs.close();
                cs = null;
            }
        }

        /** “— n —” a character in from the outer edge: odd pages right, even pages left. */
        private void pageNumber() throws IOException {
            String text = "— " + pageCount + " —";
            List<Box> boxes = new ArrayList<>();
            text.codePoints().forEach(cp -> add(boxes, Face.NUMBER, cp, NUMBER_SIZE, false));
            float width = (float) boxes.stream().mapToDouble(Box::width).sum();
            float x = pageCount % 2 == 1 ? PAGE_WIDTH - RIGHT - NUMBER_SIZE - width : LEFT + NUMBER_SIZE;
            float baseline = NUMBER_TOP - NUMBER_SIZE * 0.86f;
            drawBoxes(boxes, x, baseline, 0, null);
        }

        private void bookmark(Block b) {
            PDOutlineItem item = new PDOutlineItem();
            String text = b.text().strip();
            item.setTitle(text.length() > 60 ? text.substring(0, 60) + "…" : text);
            PDPageFitWidthDestination dest = new PDPageFitWidthDestination();
            dest.setPage(page);
            dest.setTop((int) y);
            item.setDestination(dest);
            int level = b.outline();
            PDOutlineItem parent = null;
            for (int l = level - 1; l >= 1 && parent == null; l--) {
                parent = parents[l];
            }
            if (parent == null) {
                outline.addLast(item);
            } else {
                parent.addLast(item);
            }
            parents[level] = item;
            for (int l = level + 1; l < parents.length; l++) {
                parents[l] = null;
            }
        }

        /** Every character of the block with the font that draws it. */
        private List<Box> boxes(Block b) {
            List<Box> out = new ArrayList<>();
            for (Piece piece : b.pieces()) {
                piece.text().codePoints().forEach(cp -> add(out, piece.face(), cp, piece.size(), piece.bold()));
            }
            return out;
        }

        private void add(List<Box> out, Face face, int cp, float size, boolean bold) {
            if (cp == '\n') {
                out.add(new Box(null, size, bold, 0));
                return;
            }
            if (cp == '\t' || cp == '\r') {
                cp = ' ';
            }
            Glyph g = fonts.glyph(face, cp);
            if (g == null) {
                return; // an invisible character no font has
            }
            // 黑体 and the title need weight; the fonts shipped in the app have none: stroke them
            boolean synthetic = bold || (g.bundled() && (face == Face.HEI || face == Face.TITLE));
            // a Latin font's “ ” — … keep their own width: set in a full em, extraction would read the gap as a space
            out.add(new Box(g, size, synthetic, width(g, size)));
        }

        private float width(Glyph g, float size) {
            Float w = widths.computeIfAbsent(g.font(), f -> new HashMap<>()).computeIfAbsent(g.text(), t -> {
                try {
                    return g.font().getStringWidth(t) / 1000f;
                } catch (IOException | RuntimeException e) {
                    return 1f; // measured as a full em rather than failing the export
                }
            });
            return w * size;
        }

        /** Units for line breaking: a Latin word or number whole (split only when wider than a line). */
        private List<Unit> units(List<Box> boxes, Block b) {
            float lineWidth = PAGE_WIDTH - LEFT - RIGHT - b.leftIndent() - b.firstIndent();
            List<Unit> out = new ArrayList<>();
            int i = 0;
            while (i < boxes.size()) {
                Box box = boxes.get(i);
                if (box.glyph() == null) {
                    out.add(new Unit(i, i, '\n', '\n', 0, Kind.BREAK));
                    i++;
                    continue;
                }
                int cp = box.codePoint();
                if (cp == ' ') {
                    out.add(new Unit(i, i, cp, cp, box.width(), Kind.SPACE));
                    i++;
                    continue;
                }
                int j = i;
                double w = 0;
                while (j < boxes.size() && isWordChar(boxes.get(j))) {
                    w += boxes.get(j).width();
                    j++;
                }
                if (j - i > 1 && PdfLines.fits(w, lineWidth)) {
                    out.add(new Unit(i, j - 1, cp, boxes.get(j - 1).codePoint(), w, Kind.WORD));
                    i = j;
                } else {
                    out.add(new Unit(i, i, cp, cp, box.width(), Kind.CHAR));
                    i++;
                }
            }
            return out;
        }

        private boolean isWordChar(Box b) {
            if (b.glyph() == null) {
                return false;
            }
            int cp = b.codePoint();
            return cp < 0x2000 && cp != ' ' && !PdfLines.noEnd(cp) && "([{)]}".indexOf(cp) < 0;
        }

        /** One line: justified when its paragraph is and it is not the paragraph's last. */
        private void draw(Block b, List<Box> boxes, List<Unit> units, PdfLines.Line line, float indent, float width)
                throws IOException {
            int to = line.to();
            while (to > line.from() && units.get(to - 1).kind() == Kind.SPACE) {
                to--; // trailing spaces take no room
            }
            if (to <= line.from()) {
                return;
            }
            List<Box> drawn = new ArrayList<>();
            List<Integer> unitStarts = new ArrayList<>();
            double natural = 0;
            for (int u = line.from(); u < to; u++) {
                Unit range = units.get(u);
                if (range.kind() == Kind.BREAK) {
                    continue;
                }
                unitStarts.add(drawn.size());
                for (int k = range.from(); k <= range.to(); k++) {
                    drawn.add(boxes.get(k));
                    natural += boxes.get(k).width();
                }
            }
            float gap = 0;
            float x = LEFT + indent;
            int gaps = unitStarts.size() - 1;
            if (b.align() == Align.JUSTIFY && !line.ends() && gaps > 0) {
                float g = (float) ((width - natural) / gaps);
                gap = g > 0 && g <= MAX_STRETCH * b.size() ? g : 0;
            } else if (b.align() == Align.CENTER) {
                x += (float) Math.max(0, (width - natural) / 2);
            }
            float baseline = y - (b.line() - b.size()) / 2 - b.size() * 0.86f;
            drawBoxes(drawn, x, baseline, gap, unitStarts);
        }

        /**
         * Draws boxes from {@code x}, {@code gap} more after each unit (unit starts as box indices; null: one
         * unit per box). Runs of Chinese characters in one font go out as one string with the gap as character
         * spacing; other characters one at a time (inside a Latin word there is no gap).
         */
        private void drawBoxes(List<Box> boxes, float x, float baseline, float gap, List<Integer> unitStarts)
                throws IOException {
            java.util.Set<Integer> starts = unitStarts == null ? null : new java.util.HashSet<>(unitStarts);
            float boldSize = (float) boxes.stream().filter(Box::bold).mapToDouble(Box::size).max().orElse(0);
            if (boldSize > 0) {
                cs.setLineWidth(boldSize * BOLD_STROKE); // set outside the text object: PDFBox refuses it inside
            }
            cs.beginText();
            float at = x;
            int k = 0;
            while (k < boxes.size()) {
                Box first = boxes.get(k);
                boolean chinese = first.glyph().cjk();
                StringBuilder run = new StringBuilder(first.glyph().text());
                int end = k + 1;
                while (chinese && end < boxes.size() && same(first, boxes.get(end)) && boxes.get(end).glyph().cjk()
                        && (starts == null || starts.contains(end))) {
                    run.append(boxes.get(end).glyph().text());
                    end++;
                }
                cs.setFont(first.glyph().font(), first.size());
                if (first.bold()) {
                    cs.setRenderingMode(RenderingMode.FILL_STROKE);
                } else {
                    cs.setRenderingMode(RenderingMode.FILL);
                }
                cs.setTextMatrix(Matrix.getTranslateInstance(at, baseline));
                float advance = 0;
                if (chinese) {
                    cs.setCharacterSpacing(gap);
                    cs.showText(run.toString());
                    for (int m = k; m < end; m++) {
                        advance += boxes.get(m).width() + (endsUnit(starts, m, boxes.size()) ? gap : 0);
                    }
                } else {
                    cs.setCharacterSpacing(0);
                    cs.showText(first.glyph().text());
                    advance = first.width();
                    advance += endsUnit(starts, k, boxes.size()) ? gap : 0;
                }
                at += advance;
                k = end;
            }
            cs.endText();
        }

        /** Whether box {@code m} is the last of its unit: the justifying gap follows it. */
        private static boolean endsUnit(java.util.Set<Integer> starts, int m, int count) {
            return starts == null || m + 1 >= count || starts.contains(m + 1);
        }

        private boolean same(Box a, Box b) {
            return a.glyph().font() == b.glyph().font() && a.size() == b.size() && a.bold() == b.bold();
        }
    }

    private static float mm(double millimetres) {
        return (float) (millimetres / 25.4 * 72);
    }
}
