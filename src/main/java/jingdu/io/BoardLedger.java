package jingdu.io;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * The task board as a ledger (.xlsx) in the look of the task ledger ({@link XlsxLedger}: title row, grey header,
 * borders, wrapped cells, row heights for the wrapped text): one sheet, one row per task with the board's columns,
 * overdue rows filled with the reader's overdue colour. The header is frozen and filtered; printed A4 landscape,
 * one page wide, with title and header on every page. Laid out from plain words ({@link Line}): the caller has
 * chosen, ordered and worded the rows.
 */
public final class BoardLedger {

    static {
        QuietLibraries.apply();
    }

    /** Message keys of the column headers, in order. */
    public static final List<String> KEYS = List.of(
            "export.ledger.col.number", "export.ledger.col.task", "export.ledger.col.source",
            "export.ledger.col.sector", "export.ledger.col.level", "export.ledger.col.lead",
            "export.ledger.col.partners", "export.ledger.col.deadline", "tasks.export.col.due",
            "tasks.export.col.status", "tasks.export.col.progress");

    /** Column widths in Excel character units (a Chinese character takes about two). */
    public static final List<Integer> WIDTHS = List.of(6, 40, 20, 12, 12, 14, 14, 12, 11, 8, 30);

    /** The colour of an overdue row when the stylesheet has none. */
    static final String OVERDUE_FALLBACK = "#f8d3ce";

    /** One task as printed: every cell's words, and whether the row is marked overdue. */
    public record Line(int number, String task, String source, String sectors, String levels, String lead,
                       String partners, String deadline, String due, String status, String progress, boolean overdue) {

        /** The cells after the number, in column order. */
        public List<String> texts() {
            return List.of(task, source, sectors, levels, lead, partners, deadline, due, status, progress);
        }
    }

    private final ExportLabels labels;
    private final CssPalette palette;

    public BoardLedger(ExportLabels labels, CssPalette palette) {
        this.labels = labels;
        this.palette = palette;
    }

    /** Excel's default cell, in pixels at 96 dpi: a picture spans as many as its size needs. */
    private static final double CELL_WIDTH_PX = 64;
    private static final double CELL_HEIGHT_PX = 20;

    private void pictures(SXSSFWorkbook wb, List<NoticeReport.Figure> figures) {
        Sheet sheet = wb.createSheet(labels.get("tasks.export.chartsSheet"));
        var drawing = sheet.createDrawingPatriarch();
        int row = 1;
        for (NoticeReport.Figure f : figures) {
            int columns = (int) Math.ceil(f.width() * 96 / 72 / CELL_WIDTH_PX);
            int rows = (int) Math.ceil(f.height() * 96 / 72 / CELL_HEIGHT_PX);
            var anchor = wb.getCreationHelper().createClientAnchor();
            anchor.setCol1(1);
            anchor.setRow1(row);
            anchor.setCol2(1 + columns);
            anchor.setRow2(row + rows);
            drawing.createPicture(anchor, wb.addPicture(f.png(), org.apache.poi.ss.usermodel.Workbook.PICTURE_TYPE_PNG));
            row += rows + 2;
        }
        // printed as the notice's page is: the charts one page wide, in their order down the pages
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
    }

    public List<String> header() {
        return KEYS.stream().map(labels::get).toList();
    }

    public byte[] export(String title, List<Line> lines) {
        return InMemory.bytes(out -> write(title, lines, out));
    }

    /** Writes the sheet; rows are streamed (SXSSF), so a board of many thousand tasks needs little memory. */
    public void write(String title, List<Line> lines, OutputStream out) throws IOException {
        write(title, lines, List.of(), out);
    }

    /** As above, and {@code figures} (the 统计 view's charts; none: no sheet) one below the other on a second sheet. */
    public void write(String title, List<Line> lines, List<NoticeReport.Figure> figures, OutputStream out)
            throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(null, XlsxLedger.WINDOW, true, false);
        try {
            XlsxLedger.Styles styles = new XlsxLedger.Styles(wb, palette);
            CellStyle overdue = wb.createCellStyle();
            overdue.cloneStyleFrom(styles.body);
            ((XSSFCellStyle) overdue).setFillForegroundColor(new XSSFColor(
                    XlsxLedger.Styles.rgb(palette.get("task-overdue-fill", OVERDUE_FALLBACK)), null));
            overdue.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle overdueNumber = wb.createCellStyle();
            overdueNumber.cloneStyleFrom(styles.centered);
            ((XSSFCellStyle) overdueNumber).setFillForegroundColor(((XSSFCellStyle) overdue).getFillForegroundColorColor());
            overdueNumber.setFillPattern(FillPatternType.SOLID_FOREGROUND);

            Sheet sheet = wb.createSheet(labels.get("tasks.export.sheet"));
            List<String> header = header();
            int last = header.size() - 1;
            Row titleRow = sheet.createRow(0);
            titleRow.createCell(0).setCellValue(title);
            titleRow.getCell(0).setCellStyle(styles.title);
            titleRow.setHeightInPoints(XlsxLedger.TITLE_POINTS);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
            XlsxLedger.writeRow(sheet.createRow(1), header, styles.header);
            int r = XlsxLedger.TOP_ROWS;
            for (Line line : lines) {
                Row row = sheet.createRow(r++);
                Cell number = row.createCell(0);
                number.setCellValue(line.number());
                number.setCellStyle(line.overdue() ? overdueNumber : styles.centered);
                List<String> texts = line.texts();
                for (int c = 0; c < texts.size(); c++) {
                    Cell cell = row.createCell(c + 1);
                    cell.setCellValue(texts.get(c));
                    cell.setCellStyle(line.overdue() ? overdue : styles.body);
                }
                List<String> cells = new java.util.ArrayList<>();
                cells.add(String.valueOf(line.number()));
                cells.addAll(texts);
                row.setHeightInPoints(XlsxLedger.LINE_POINTS * XlsxLedger.lines(cells, WIDTHS));
            }
            for (int c = 0; c < header.size(); c++) {
                sheet.setColumnWidth(c, WIDTHS.get(c) * 256);
            }
            sheet.createFreezePane(0, XlsxLedger.TOP_ROWS);
            sheet.setAutoFilter(new CellRangeAddress(1, Math.max(1, r - 1), 0, last));
            sheet.setRepeatingRows(new CellRangeAddress(0, XlsxLedger.TOP_ROWS - 1, -1, -1));
            XlsxLedger.printSetup(sheet);
            if (!figures.isEmpty()) {
                pictures(wb, figures);
            }
            wb.write(out);
        } finally {
            wb.dispose();
            wb.close();
        }
    }
}
