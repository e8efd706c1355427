package jingdu.io;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

import jingdu.io.ReportModel.ObligationRow;
import jingdu.model.Level;

/**
 * The task ledger (任务分解台账) as .xlsx: a title row, a frozen, filtered header row, the speech's headings
 * as group rows and one row per obligation under them (see {@link LedgerColumns}); a second sheet counts
 * obligations by sector and level. Printed A4 landscape, one page wide, title and header on every page.
 */
public final class XlsxLedger {

    static {
        QuietLibraries.apply(); // POI's Log4j would otherwise print an error line on the console at its first use
    }

    /** A CJK font every office suite maps to something; fonts are the reader's, not ours, in a sheet. */
    static final String FONT = "宋体";

    private final ExportLabels labels;
    private final CssPalette palette;

    public XlsxLedger(ExportLabels labels) {
        this(labels, CssPalette.app());
    }

    /** {@code palette} gives the group rows' fills, the reader's panel colours. */
    public XlsxLedger(ExportLabels labels, CssPalette palette) {
        this.labels = labels;
        this.palette = palette;
    }

    /** The ledger in memory: for tests and small exports; {@link #write} streams. */
    public byte[] export(ReportModel model) {
        return export(model, null);
    }

    /** The ledger in memory under {@code title} (blank: the default title). */
    public byte[] export(ReportModel model, String title) {
        return InMemory.bytes(out -> write(model, title, out));
    }

    /** Writes the ledger under its default title. */
    public void write(ReportModel model, OutputStream out) throws IOException {
        write(model, null, out);
    }

    /**
     * Writes the ledger to {@code out} under {@code title} (blank: 《speech》任务分解台账). Rows are streamed
     * (POI's SXSSF): only the last {@link #WINDOW} rows are kept in memory, the rest go to a compressed
     * temporary file until the workbook is written, so a speech of 100,000 obligations no longer needs gigabytes.
     */
    public void write(ReportModel model, String title, OutputStream out) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(null, WINDOW, true, false);
        try {
            Styles styles = new Styles(wb, palette);
            ledger(wb, styles, model, LedgerColumns.title(title, model, labels));
            counts(wb, styles, model);
            annotations(wb, styles, model);
            wb.write(out);
        } finally {
            wb.dispose(); // the temporary files, also when writing failed
            wb.close();
        }
    }

    /** Rows kept in memory while the ledger is written. */
    static final int WINDOW = 200;

    /** Rows above the first ledger line: the title and the header, repeated on every printed page. */
    static final int TOP_ROWS = 2;

    /**
     * The title row (merged across the columns), the header, then the lines: headings as bold, filled rows
     * merged across the columns, tasks numbered within them (a plain number stays a number, so it sorts).
     */
    private void ledger(Workbook wb, Styles styles, ReportModel model, String title) {
        Sheet sheet = wb.createSheet(labels.get("export.ledger.sheet"));
        List<String> header = LedgerColumns.header(labels);
        int last = header.size() - 1;
        Row titleRow = sheet.createRow(0);
        titleRow.createCell(0).setCellValue(title);
        titleRow.getCell(0).setCellStyle(styles.title);
        titleRow.setHeightInPoints(TITLE_POINTS);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
        writeRow(sheet.createRow(1), header, styles.header);
        int r = TOP_ROWS;
        for (LedgerColumns.Line line : LedgerColumns.lines(model)) {
            Row row = sheet.createRow(r);
            List<String> cells = LedgerColumns.cells(line, labels);
            if (line.group()) {
                CellStyle style = line.kind() == LedgerColumns.Kind.HEADING_2 ? styles.group2 : styles.group1;
                writeRow(row, cells, style);
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, last));
                row.setHeightInPoints(LINE_POINTS * groupLines(cells.get(0)) + 4);
            } else {
                for (int c = 0; c < cells.size(); c++) {
                    Cell cell = row.createCell(c);
                    if (c == 0) {
                        setNumber(cell, cells.get(0));
                        cell.setCellStyle(styles.centered);
                    } else {
                        cell.setCellValue(cells.get(c));
                        cell.setCellStyle(styles.body);
                    }
                }
                row.setHeightInPoints(LINE_POINTS * lines(cells));
            }
            r++;
        }
        for (int c = 0; c < header.size(); c++) {
            sheet.setColumnWidth(c, LedgerColumns.WIDTHS.get(c) * 256);
        }
        sheet.createFreezePane(0, TOP_ROWS);
        sheet.setAutoFilter(new CellRangeAddress(1, Math.max(1, r - 1), 0, last));
        sheet.setRepeatingRows(new CellRangeAddress(0, TOP_ROWS - 1, -1, -1));
        printSetup(sheet);
    }

    /** "7" as the number 7; "1." and anything else as text. */
    static void setNumber(Cell cell, String number) {
        if (!number.isEmpty() && number.chars().allMatch(Character::isDigit) && number.length() < 10) {
            cell.setCellValue(Integer.parseInt(number));
        } else {
            cell.setCellValue(number);
        }
    }

    /** Lines a group's text needs across the whole (merged) row. */
    private static int groupLines(String text) {
        int width = LedgerColumns.WIDTHS.stream().mapToInt(Integer::intValue).sum() - 2;
        int units = text.codePoints().map(cp -> cp > 0x2E80 ? 2 : 1).sum();
        return Math.max(1, (units + width - 1) / width);
    }

    /** Height of the title row, in points. */
    static final float TITLE_POINTS = 30f;

    private void counts(Workbook wb, Styles styles, ReportModel model) {
        List<ObligationRow> rows = model.obligations();
        Sheet sheet = wb.createSheet(labels.get("export.ledger.countsSheet"));
        List<String> header = new java.util.ArrayList<>();
        header.add(labels.get("export.ledger.col.sector"));
        for (Level l : Level.values()) {
            header.add(labels.level(l));
        }
        header.add(labels.get("export.ledger.noLevel"));
        header.add(labels.get("export.ledger.total"));
        writeRow(sheet.createRow(0), header, styles.header);
        int r = 1;
        Map<String, List<ObligationRow>> bySector = model.bySector(rows);
        for (Map.Entry<String, Map<Level, Integer>> e : model.countsBySectorAndLevel(rows).entrySet()) {
            Row line = sheet.createRow(r++);
            line.createCell(0).setCellValue(labels.sector(e.getKey()));
            line.getCell(0).setCellStyle(styles.body);
            int c = 1;
            for (Integer n : e.getValue().values()) {
                line.createCell(c).setCellValue(n);
                line.getCell(c++).setCellStyle(styles.centered);
            }
            int total = bySector.get(e.getKey()).size();
            line.createCell(c).setCellValue(total);
            line.getCell(c).setCellStyle(styles.centered);
        }
        Row note = sheet.createRow(r + 1);
        note.createCell(0).setCellValue(labels.get("export.ledger.countsNote"));
        sheet.setColumnWidth(0, 24 * 256);
        for (int c = 1; c < header.size(); c++) {
            sheet.setColumnWidth(c, 16 * 256);
        }
        sheet.createFreezePane(1, 1);
        printSetup(sheet);
    }

    /** Height of one line of 11 pt text, in points. */
    static final float LINE_POINTS = 16.5f;

    /**
     * Lines the tallest cell of a row needs when wrapped. Neither Excel nor LibreOffice reliably grows
     * rows on opening, so the height is set here, counting a Chinese character as two width units.
     */
    static int lines(List<String> cells) {
        return lines(cells, LedgerColumns.WIDTHS);
    }

    /** {@link #lines(List)} for columns of {@code widths} (another sheet of the same look, {@link BoardLedger}). */
    static int lines(List<String> cells, List<Integer> widths) {
        int most = 1;
        for (int c = 0; c < cells.size(); c++) {
            int width = widths.get(c) - 1;
            int n = 0;
            for (String line : cells.get(c).split("\n", -1)) {
                int units = line.codePoints().map(cp -> cp > 0x2E80 ? 2 : 1).sum();
                n += Math.max(1, (units + width - 1) / width);
            }
            most = Math.max(most, n);
        }
        return most;
    }

    /** A4 landscape, one page wide, centred: every sheet of the ledgers prints so. */
    static void printSetup(Sheet sheet) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0); // as many pages tall as needed, one page wide
        sheet.setAutobreaks(true);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true); // a table a little narrower than the page sits in its middle
    }

    static void writeRow(Row row, List<String> values, CellStyle style) {
        for (int c = 0; c < values.size(); c++) {
            row.createCell(c).setCellValue(values.get(c));
            row.getCell(c).setCellStyle(style);
        }
    }

    /** Styles are per workbook and limited in number: build each once. Shared with {@link BoardLedger}. */
    static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle group1;
        final CellStyle group2;
        final CellStyle body;
        final CellStyle centered;

        Styles(Workbook wb, CssPalette palette) {
            Font headerFont = wb.createFont();
            headerFont.setFontName(FONT);
            headerFont.setBold(true);
            headerFont.setFontHeightInPoints((short) 11);
            Font bodyFont = wb.createFont();
            bodyFont.setFontName(FONT);
            bodyFont.setFontHeightInPoints((short) 11);

            header = bordered(wb);
            header.setFont(headerFont);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setWrapText(true);

            body = bordered(wb);
            body.setFont(bodyFont);
            body.setWrapText(true);

            centered = bordered(wb);
            centered.setFont(bodyFont);
            centered.setAlignment(HorizontalAlignment.CENTER);

            Font titleFont = wb.createFont();
            titleFont.setFontName(FONT);
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 16);
            title = wb.createCellStyle();
            title.setFont(titleFont);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);

            // the reader's own panel colours: a top-level heading darker than a second-level one
            group1 = group(wb, headerFont, palette.get("border", "#d9d5cc"));
            group2 = group(wb, headerFont, palette.get("panel", "#f2f0eb"));
        }

        static CellStyle group(Workbook wb, Font font, String hex) {
            CellStyle s = bordered(wb);
            s.setFont(font);
            s.setWrapText(true);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            ((XSSFCellStyle) s).setFillForegroundColor(new XSSFColor(rgb(hex), null));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return s;
        }

        /** "#rrggbb" or "#rgb" as three bytes. */
        static byte[] rgb(String hex) {
            String h = hex.substring(1);
            if (h.length() == 3) {
                h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
            }
            int v = Integer.parseInt(h.substring(0, 6), 16);
            return new byte[] {(byte) (v >> 16), (byte) (v >> 8), (byte) v};
        }

        static CellStyle bordered(Workbook wb) {
            CellStyle s = wb.createCellStyle();
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            return s;
        }
    }

    /**
     * A sheet of every annotation as {@code notes-csv} has them (level tags, your own tags by their path,
     * passage tags, notes, notes on the whole speech), apart from the ledger's columns.
     */
    private void annotations(Workbook wb, Styles styles, ReportModel model) {
        Sheet sheet = wb.createSheet(labels.get("export.ledger.annotationsSheet"));
        List<List<String>> rows = new CsvExporter(labels).annotationRows(model);
        writeRow(sheet.createRow(0), rows.get(0), styles.header);
        for (int r = 1; r < rows.size(); r++) {
            writeRow(sheet.createRow(r), rows.get(r), styles.body);
        }
        sheet.createFreezePane(0, 1);
        printSetup(sheet);
    }
}
