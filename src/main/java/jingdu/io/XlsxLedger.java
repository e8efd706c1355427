package jingdu.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
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

import jingdu.io.ReportModel.ObligationRow;
import jingdu.model.Level;

/**
 * The task ledger (任务分解台账) as .xlsx: one row per obligation with a frozen, filtered header row,
 * and a second sheet counting obligations by sector and level.
 */
public final class XlsxLedger {

    static {
        QuietLibraries.apply(); // POI's Log4j would otherwise print an error line on the console at its first use
    }

    /** A CJK font every office suite maps to something; fonts are the reader's, not ours, in a sheet. */
    static final String FONT = "宋体";

    private final ExportLabels labels;

    public XlsxLedger(ExportLabels labels) {
        this.labels = labels;
    }

    /** The ledger in memory: for tests and small exports; {@link #write} streams. */
    public byte[] export(ReportModel model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(model, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: cannot happen short of a bug
        }
        return out.toByteArray();
    }

    /**
     * Writes the ledger to {@code out}. Rows are streamed (POI's SXSSF): only the last {@link #WINDOW}
     * rows are kept in memory, the rest go to a compressed temporary file until the workbook is written,
     * so a speech of 100,000 obligations no longer needs gigabytes.
     */
    public void write(ReportModel model, OutputStream out) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(null, WINDOW, true, false);
        try {
            Styles styles = new Styles(wb);
            ledger(wb, styles, model.obligations());
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

    private void ledger(Workbook wb, Styles styles, List<ObligationRow> rows) {
        Sheet sheet = wb.createSheet(labels.get("export.ledger.sheet"));
        List<String> header = LedgerColumns.header(labels);
        writeRow(sheet.createRow(0), header, styles.header);
        int r = 1;
        for (ObligationRow row : rows) {
            Row line = sheet.createRow(r++);
            List<String> cells = LedgerColumns.cells(row, labels);
            for (int c = 0; c < cells.size(); c++) {
                if (c == 0) {
                    line.createCell(c).setCellValue(row.number()); // a number, so the column sorts
                    line.getCell(c).setCellStyle(styles.centered);
                } else {
                    line.createCell(c).setCellValue(cells.get(c));
                    line.getCell(c).setCellStyle(styles.body);
                }
            }
            line.setHeightInPoints(LINE_POINTS * lines(cells));
        }
        for (int c = 0; c < header.size(); c++) {
            sheet.setColumnWidth(c, LedgerColumns.WIDTHS.get(c) * 256);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, header.size() - 1));
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        printSetup(sheet);
    }

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
    private static final float LINE_POINTS = 16.5f;

    /**
     * Lines the tallest cell of a row needs when wrapped. Neither Excel nor LibreOffice reliably grows
     * rows on opening, so the height is set here, counting a Chinese character as two width units.
     */
    static int lines(List<String> cells) {
        int most = 1;
        for (int c = 0; c < cells.size(); c++) {
            int width = LedgerColumns.WIDTHS.get(c) - 1;
            int n = 0;
            for (String line : cells.get(c).split("\n", -1)) {
                int units = line.codePoints().map(cp -> cp > 0x2E80 ? 2 : 1).sum();
                n += Math.max(1, (units + width - 1) / width);
            }
            most = Math.max(most, n);
        }
        return most;
    }

    private static void printSetup(Sheet sheet) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0); // as many pages tall as needed, one page wide
        sheet.setAutobreaks(true);
        sheet.setFitToPage(true);
    }

    private static void writeRow(Row row, List<String> values, CellStyle style) {
        for (int c = 0; c < values.size(); c++) {
            row.createCell(c).setCellValue(values.get(c));
            row.getCell(c).setCellStyle(style);
        }
    }

    /** Styles are per workbook and limited in number: build each once. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle body;
        final CellStyle centered;

        Styles(Workbook wb) {
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
        }

        private static CellStyle bordered(Workbook wb) {
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
