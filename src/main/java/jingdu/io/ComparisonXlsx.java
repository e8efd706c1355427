package jingdu.io;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import jingdu.model.TaskChange;
import jingdu.model.WordingPiece;

/**
 * A comparison of two speeches (or a collection and a speech) as .xlsx, in the ledgers' look ({@link XlsxLedger}:
 * title row, grey header, borders, wrapped cells, row heights for the wrapped text, A4 landscape one page wide).
 * Sheet one: one row per obligation with its status (新增 / 延续 / 未再提及, the status cell filled with the view's
 * colour), the older and newer wording (words only in the newer one bold and underlined, words only in the older
 * one struck through), the strength change, sectors, duty bearers and sources. Sheet two: the new wordings
 * (新提法), the phrase bold in its sentence. Laid out from plain words ({@link Line}, {@link PhraseLine}): the caller
 * has chosen, ordered and worded the rows.
 */
public final class ComparisonXlsx {

    static {
        QuietLibraries.apply();
    }

    /** Message keys of the comparison sheet's columns, in order. */
    public static final List<String> KEYS = List.of(
            "compare.export.col.number", "compare.export.col.status", "compare.export.col.older",
            "compare.export.col.newer", "compare.export.col.strength", "compare.export.col.sector",
            "compare.export.col.actor", "compare.export.col.source");

    /** Column widths in Excel character units (a Chinese character takes about two). */
    public static final List<Integer> WIDTHS = List.of(6, 9, 40, 40, 12, 12, 14, 28);

    /** Message keys of the new wordings sheet's columns. */
    public static final List<String> PHRASE_KEYS = List.of(
            "compare.export.col.number", "compare.export.col.phrase", "compare.export.col.count",
            "compare.export.col.sentence");

    public static final List<Integer> PHRASE_WIDTHS = List.of(6, 20, 8, 80);

    /** Rows above the first line: title, summary, header (repeated on every printed page). */
    static final int TOP_ROWS = 3;

    /**
     * One obligation: its status ({@code change} chooses the fill, {@code status} is its word), the older and newer
     * wording as pieces (the older: same and removed pieces; the newer: same and added; empty when that side has
     * none) and the other cells' words.
     */
    public record Line(int number, TaskChange change, String status, List<WordingPiece> older, List<WordingPiece> newer,
                       String strength, String sectors, String actors, String sources) {
        public Line {
            older = List.copyOf(older);
            newer = List.copyOf(newer);
        }

        /** Every cell's words, in column order (the number as text): for row heights and tests. */
        public List<String> texts() {
            return List.of(String.valueOf(number), status, plain(older), plain(newer), strength, sectors, actors, sources);
        }
    }

    /** One new wording: the phrase, how often the newer speech has it, the sentence of its first use. */
    public record PhraseLine(int number, String phrase, int count, String sentence) {
    }

    /** The pieces' words joined: what a reader without formatting sees. */
    public static String plain(List<WordingPiece> pieces) {
        StringBuilder sb = new StringBuilder();
        pieces.forEach(p -> sb.append(p.text()));
        return sb.toString();
    }

    private final ExportLabels labels;
    private final CssPalette palette;

    public ComparisonXlsx(ExportLabels labels, CssPalette palette) {
        this.labels = labels;
        this.palette = palette;
    }

    public List<String> header() {
        return KEYS.stream().map(labels::get).toList();
    }

    public byte[] export(String title, String summary, List<Line> lines, List<PhraseLine> phrases) {
        return InMemory.bytes(out -> write(title, summary, lines, phrases, out));
    }

    /**
     * Writes both sheets. Rows are streamed; the strings go to the shared table, the only place the streaming
     * writer keeps formatted (rich) text.
     */
    public void write(String title, String summary, List<Line> lines, List<PhraseLine> phrases, OutputStream out)
            throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(new XSSFWorkbook(), XlsxLedger.WINDOW, true, true);
        try {
            XlsxLedger.Styles styles = new XlsxLedger.Styles(wb, palette);
            Fonts fonts = new Fonts(wb);
            comparison(wb, styles, fonts, title, summary, lines);
            phrases(wb, styles, fonts, phrases);
            wb.write(out);
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    /** The fonts of formatted runs: plain body, added (bold, underlined), removed (struck through). */
    private record Fonts(Font body, Font added, Font removed) {
        Fonts(SXSSFWorkbook wb) {
            this(font(wb, false, false, false), font(wb, true, true, false), font(wb, false, false, true));
        }

        private static Font font(SXSSFWorkbook wb, boolean bold, boolean underline, boolean strike) {
            Font f = wb.createFont();
            f.setFontName(XlsxLedger.FONT);
            f.setFontHeightInPoints((short) 11);
            f.setBold(bold);
            f.setUnderline(underline ? Font.U_SINGLE : Font.U_NONE);
            f.setStrikeout(strike);
            return f;
        }
    }

    private void comparison(SXSSFWorkbook wb, XlsxLedger.Styles styles, Fonts fonts, String title, String summary,
                            List<Line> lines) {
        Sheet sheet = wb.createSheet(labels.get("compare.export.sheet"));
        List<String> header = header();
        int last = header.size() - 1;
        Row titleRow = sheet.createRow(0);
        titleRow.createCell(0).setCellValue(title);
        titleRow.getCell(0).setCellStyle(styles.title);
        titleRow.setHeightInPoints(XlsxLedger.TITLE_POINTS);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
        Row summaryRow = sheet.createRow(1);
        summaryRow.createCell(0).setCellValue(summary);
        CellStyle centred = wb.createCellStyle();
        centred.setAlignment(HorizontalAlignment.CENTER);
        summaryRow.getCell(0).setCellStyle(centred);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, last));
        XlsxLedger.writeRow(sheet.createRow(2), header, styles.header);
        CellStyle[] statusStyles = new CellStyle[TaskChange.values().length];
        for (TaskChange c : TaskChange.values()) {
            statusStyles[c.ordinal()] = statusStyle(wb, styles, c);
        }
        int r = TOP_ROWS;
        for (Line line : lines) {
            Row row = sheet.createRow(r++);
            Cell number = row.createCell(0);
            number.setCellValue(line.number());
            number.setCellStyle(styles.centered);
            Cell status = row.createCell(1);
            status.setCellValue(line.status());
            status.setCellStyle(statusStyles[line.change().ordinal()]);
            rich(row.createCell(2), line.older(), fonts).setCellStyle(styles.body);
            rich(row.createCell(3), line.newer(), fonts).setCellStyle(styles.body);
            List<String> rest = List.of(line.strength(), line.sectors(), line.actors(), line.sources());
            for (int c = 0; c < rest.size(); c++) {
                Cell cell = row.createCell(4 + c);
                cell.setCellValue(rest.get(c));
                cell.setCellStyle(styles.body);
            }
            row.setHeightInPoints(XlsxLedger.LINE_POINTS * XlsxLedger.lines(line.texts(), WIDTHS));
        }
        for (int c = 0; c < header.size(); c++) {
            sheet.setColumnWidth(c, WIDTHS.get(c) * 256);
        }
        sheet.createFreezePane(0, TOP_ROWS);
        sheet.setAutoFilter(new CellRangeAddress(2, Math.max(2, r - 1), 0, last));
        sheet.setRepeatingRows(new CellRangeAddress(0, TOP_ROWS - 1, -1, -1));
        XlsxLedger.printSetup(sheet);
    }

    /** The status cell: centred, filled with the comparison view's colour of that status. */
    private CellStyle statusStyle(SXSSFWorkbook wb, XlsxLedger.Styles styles, TaskChange change) {
        CellStyle s = wb.createCellStyle();
        s.cloneStyleFrom(styles.centered);
        ((XSSFCellStyle) s).setFillForegroundColor(new XSSFColor(XlsxLedger.Styles.rgb(fill(change)), null));
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return s;
    }

    /** The light theme's fill of a status ({@code -jd-compare-new-fill} …), as the view shows it. */
    String fill(TaskChange change) {
        return switch (change) {
            case NEW -> palette.get("compare-new-fill", "#d8f0d2");
            case CONTINUED -> palette.get("compare-continued-fill", "#dbe6f7");
            case DROPPED -> palette.get("compare-dropped-fill", "#eeeeee");
        };
    }

    /** The pieces as one formatted text: added bold and underlined, removed struck through. */
    private static Cell rich(Cell cell, List<WordingPiece> pieces, Fonts fonts) {
        String text = plain(pieces);
        boolean marked = pieces.stream().anyMatch(p -> p.kind() != WordingPiece.Kind.SAME);
        if (!marked) {
            cell.setCellValue(text);
            return cell;
        }
        XSSFRichTextString rich = new XSSFRichTextString(text);
        rich.applyFont(fonts.body());
        int at = 0;
        for (WordingPiece p : pieces) {
            int end = at + p.text().length();
            if (end > at && p.kind() != WordingPiece.Kind.SAME) {
                rich.applyFont(at, end, p.kind() == WordingPiece.Kind.ADDED ? fonts.added() : fonts.removed());
            }
            at = end;
        }
        cell.setCellValue(rich);
        return cell;
    }

    private void phrases(SXSSFWorkbook wb, XlsxLedger.Styles styles, Fonts fonts, List<PhraseLine> phrases) {
        Sheet sheet = wb.createSheet(labels.get("compare.export.phraseSheet"));
        List<String> header = PHRASE_KEYS.stream().map(labels::get).toList();
        XlsxLedger.writeRow(sheet.createRow(0), header, styles.header);
        int r = 1;
        for (PhraseLine p : phrases) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(p.number());
            row.getCell(0).setCellStyle(styles.centered);
            row.createCell(1).setCellValue(p.phrase());
            row.getCell(1).setCellStyle(styles.body);
            row.createCell(2).setCellValue(p.count());
            row.getCell(2).setCellStyle(styles.centered);
            Cell sentence = row.createCell(3);
            int at = p.sentence().indexOf(p.phrase());
            if (at >= 0 && !p.phrase().isEmpty()) {
                XSSFRichTextString rich = new XSSFRichTextString(p.sentence());
                rich.applyFont(fonts.body());
                rich.applyFont(at, at + p.phrase().length(), fonts.added());
                sentence.setCellValue(rich);
            } else {
                sentence.setCellValue(p.sentence());
            }
            sentence.setCellStyle(styles.body);
            List<String> cells = new ArrayList<>(List.of(String.valueOf(p.number()), p.phrase(),
                    String.valueOf(p.count()), p.sentence()));
            row.setHeightInPoints(XlsxLedger.LINE_POINTS * XlsxLedger.lines(cells, PHRASE_WIDTHS));
        }
        for (int c = 0; c < header.size(); c++) {
            sheet.setColumnWidth(c, PHRASE_WIDTHS.get(c) * 256);
        }
        sheet.createFreezePane(0, 1);
        if (r > 1) {
            sheet.setAutoFilter(new CellRangeAddress(0, r - 1, 0, header.size() - 1));
        }
        XlsxLedger.printSetup(sheet);
    }
}
