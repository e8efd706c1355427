package jingdu.app.tasks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jingdu.app.export.AtomicFiles;
import jingdu.app.export.ExportException;
import jingdu.app.export.ExportTargets;
import jingdu.i18n.I18n;
import jingdu.io.BoardLedger;
import jingdu.io.CssPalette;
import jingdu.io.DocxReport;
import jingdu.io.ExportLabels;
import jingdu.io.NoticeReport;
import jingdu.io.PdfFonts;
import jingdu.model.SectorCatalog;
import jingdu.model.TaskProgress;
import jingdu.model.TaskStatus;
import jingdu.model.Unit;

/**
 * The task board's exports, shared by the board view and the command line. They take the board's rows as the
 * caller shows them (already filtered and sorted, {@link TaskBoard#rows} and {@link TaskFilter}) and write:
 * <ul>
 * <li>{@link Format#XLSX}: the board as a ledger ({@link BoardLedger}), one row per task, overdue rows marked;</li>
 * <li>{@link Format#DOCX}, {@link Format#PDF}: a 督办通报 ({@link NoticeReport}) of the overdue and in-progress
 * tasks grouped by lead unit (tasks without one last, under 未明确牵头单位), in the caller's order.</li>
 * </ul>
 * Files are written atomically, never over the library (see {@link ExportTargets}); nothing is written when there is
 * nothing to export.
 */
public final class TaskExports {

    /** What to write: the ledger (xlsx) or the notice (docx, pdf); the id is the command line's {@code --format}. */
    public enum Format {
        XLSX("xlsx"), DOCX("docx"), PDF("pdf");

        private final String id;

        Format(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        /** The file name extension, without the dot (the id). */
        public String extension() {
            return id;
        }

        /** True for the ledger (every row); false for the 督办通报 (overdue and in-progress rows). */
        public boolean ledger() {
            return this == XLSX;
        }

        /** The message key of the export's name ({@code tasks.export.format.<id>}). */
        public String nameKey() {
            return "tasks.export.format." + id;
        }

        public static Optional<Format> fromId(String id) {
            for (Format f : values()) {
                if (f.id.equalsIgnoreCase(String.valueOf(id).strip())) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }
    }

    /** The most tasks a 督办通报 lists: a Word document is built whole in memory (about two paragraphs a task). */
    public static final int MAX_NOTICE_TASKS = DocxReport.MAX_PARAGRAPHS / 2 - 10;

    private final Path libraryFile;
    private final I18n i18n;
    private final ExportLabels labels;
    private final ZoneId zone;

    private final java.util.function.Function<List<BoardRow>, List<NoticeReport.Figure>> charts;

    /** {@code libraryFile} is never written over; words in {@code i18n}'s language; dates in {@code zone}. */
    public TaskExports(Path libraryFile, SectorCatalog sectors, I18n i18n, ZoneId zone) {
        this(libraryFile, sectors, i18n, zone, rows -> List.of());
    }

    /** As above; {@code charts} draws the pictures a 督办通报 may carry (the 统计 view's sectors and status charts). */
    public TaskExports(Path libraryFile, SectorCatalog sectors, I18n i18n, ZoneId zone,
                       java.util.function.Function<List<BoardRow>, List<NoticeReport.Figure>> charts) {
        this.libraryFile = libraryFile;
        this.i18n = i18n;
        this.labels = new ExportLabels(i18n, sectors);
        this.zone = zone;
        this.charts = charts;
    }

    /** The rows a 督办通报 lists: open tasks past their due date and tasks in progress, in the given order. */
    public static List<BoardRow> noticeRows(List<BoardRow> rows) {
        return rows.stream().filter(r -> r.mark() == BoardRow.DueMark.OVERDUE
                || r.task().state().status() == TaskStatus.IN_PROGRESS).toList();
    }

    /** The title a file gets when the caller gives none (blank). */
    public String defaultTitle(Format format) {
        return i18n.get(format.ledger() ? "tasks.export.ledgerTitle" : "tasks.export.noticeTitle");
    }

    /**
     * The file's bytes ({@code today} decides what is overdue and by how many days; {@code title} null or blank: the
     * default). Refused with the user's message when there is nothing to export.
     */
    public byte[] render(List<BoardRow> rows, Format format, LocalDate today, String title) throws TaskException {
        return render(rows, format, today, title, false);
    }

    /** As above; {@code withCharts}: a 督办通报 ends with a page of charts over every row given, the ledger with a sheet of them. */
    public byte[] render(List<BoardRow> rows, Format format, LocalDate today, String title, boolean withCharts)
            throws TaskException {
        check(rows, format);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            renderTo(rows, format, today, title, withCharts, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory
        }
        return out.toByteArray();
    }

    /**
     * Writes the export to {@code out} atomically and returns it. Refused, with nothing written, when there is
     * nothing to export, when {@code out} is the library (its side files, backups, any database) or a folder, and
     * when it exists and {@code replaceExisting} is false (the save dialog asked, or the command line's --force).
     */
    public Path write(List<BoardRow> rows, Format format, Path out, boolean replaceExisting, LocalDate today,
                      String title) throws TaskException {
        return write(rows, format, out, replaceExisting, today, title, false);
    }

    /** As above; {@code withCharts}: a 督办通报 ends with a page of charts over every row given. */
    public Path write(List<BoardRow> rows, Format format, Path out, boolean replaceExisting, LocalDate today,
                      String title, boolean withCharts) throws TaskException {
        check(rows, format);
        checkOutput(out, libraryFile, replaceExisting);
        try {
            AtomicFiles.write(out, stream -> renderTo(rows, format, today, title, withCharts, stream));
        } catch (IOException | UncheckedIOException e) {
            throw new TaskException("export.error.write", out.toString(), String.valueOf(e.getMessage()));
        } catch (OutOfMemoryError e) {
            throw new TaskException("export.error.outOfMemory", jingdu.app.Failures.maxHeapMegabytes());
        }
        return out;
    }

    private static void check(List<BoardRow> rows, Format format) throws TaskException {
        if (rows.isEmpty()) {
            throw new TaskException("tasks.export.error.empty");
        }
        if (!format.ledger()) {
            int n = noticeRows(rows).size();
            if (n == 0) {
                throw new TaskException("tasks.export.error.nothingToSupervise");
            }
            if (n > MAX_NOTICE_TASKS) {
                throw new TaskException("tasks.export.error.tooMany", n, MAX_NOTICE_TASKS);
            }
        }
    }

    /**
     * Refuses an output that is the library (or its side files, backups, any database), a folder, in a folder that
     * does not exist, or exists and {@code replaceExisting} is false: for every file the board's views write.
     */
    public static void checkOutput(Path out, Path libraryFile, boolean replaceExisting) throws TaskException {
        try {
            ExportTargets.check(out, libraryFile, replaceExisting);
        } catch (ExportException e) {
            throw new TaskException(e.key(), e.args());
        }
    }

    private void renderTo(List<BoardRow> rows, Format format, LocalDate today, String title, boolean withCharts,
                          OutputStream out) throws IOException {
        String t = title == null || title.isBlank() ? defaultTitle(format) : title.strip();
        switch (format) {
            case XLSX -> new BoardLedger(labels, CssPalette.app()).write(t, ledgerLines(rows),
                    withCharts ? charts.apply(rows) : List.of(), out);
            case DOCX -> new NoticeReport().writeDocx(notice(rows, today, t, withCharts), out);
            case PDF -> new NoticeReport().writePdf(notice(rows, today, t, withCharts), PdfFonts.systemDirs(), out);
            default -> throw new IllegalStateException(format.id());
        }
    }

    // ---- the ledger ------------------------------------------------------------------------------------------

    /** The ledger's rows in words, numbered 1, 2, 3 in the caller's order. */
    public List<BoardLedger.Line> ledgerLines(List<BoardRow> rows) {
        List<BoardLedger.Line> out = new ArrayList<>();
        int n = 1;
        for (BoardRow r : rows) {
            out.add(new BoardLedger.Line(n++, r.task().quote(), source(r), labels.sectors(r.task().sectors()),
                    labels.levels(r.task().levels(), r.task().levelsSuggested()), lead(r), partners(r),
                    nullToEmpty(r.task().deadline()), r.due() == null ? "" : r.due().toString(), status(r),
                    progress(r.entry().latest()), r.mark() == BoardRow.DueMark.OVERDUE));
        }
        return out;
    }

    /** The ledger's header in the user's language. */
    public List<String> ledgerHeader() {
        return new BoardLedger(labels, CssPalette.app()).header();
    }

    private String source(BoardRow r) {
        return i18n.get("export.sourceRef", nullToEmpty(r.entry().speechTitle()), String.valueOf(r.task().paragraph() + 1))
                + (r.entry().speechDate() == null || r.entry().speechDate().isBlank() ? ""
                : i18n.get("tasks.export.sourceDate", r.entry().speechDate()));
    }

    /** The confirmed lead; an unconfirmed suggestion is not printed as if it were one. */
    private static String lead(BoardRow r) {
        return r.lead() == null ? "" : r.lead().name();
    }

    private String partners(BoardRow r) {
        return r.partners().stream().map(Unit::name).collect(Collectors.joining(labels.separator()));
    }

    private String status(BoardRow r) {
        return i18n.get("tasks.status." + r.task().state().status().id());
    }

    /** The newest progress entry with its date (in the user's zone): "2025-06-01 整改完成 28 处". */
    private String progress(TaskProgress p) {
        if (p == null) {
            return "";
        }
        return i18n.get("tasks.export.progressLine", p.writtenAt().atZone(zone).toLocalDate().toString(), p.body());
    }

    // ---- the 督办通报 ------------------------------------------------------------------------------------------

    private NoticeReport.Notice notice(List<BoardRow> rows, LocalDate today, String title, boolean withCharts) {
        NoticeReport.Notice n = notice(rows, today, title);
        return withCharts ? new NoticeReport.Notice(n.title(), n.dateLine(), n.summary(), n.groups(),
                i18n.get("tasks.export.chartsHeading"), charts.apply(rows)) : n;
    }

    /** The notice's words: title, date, the counts over every row given, and the supervised rows by lead unit. */
    public NoticeReport.Notice notice(List<BoardRow> rows, LocalDate today, String title) {
        int total = 0;
        int done = 0;
        int inProgress = 0;
        int overdue = 0;
        for (BoardRow r : rows) {
            TaskStatus s = r.task().state().status();
            if (s == TaskStatus.EXCLUDED) {
                continue; // 不纳入: kept on the board, out of the counts
            }
            total++;
            done += s == TaskStatus.DONE ? 1 : 0;
            inProgress += s == TaskStatus.IN_PROGRESS ? 1 : 0;
            overdue += r.mark() == BoardRow.DueMark.OVERDUE ? 1 : 0;
        }
        String summary = i18n.get("tasks.export.summary", total, done, inProgress, overdue);
        Map<String, List<BoardRow>> byLead = new LinkedHashMap<>();
        List<BoardRow> noLead = new ArrayList<>();
        for (BoardRow r : noticeRows(rows)) {
            if (r.lead() == null) {
                noLead.add(r);
            } else {
                byLead.computeIfAbsent(r.lead().name(), k -> new ArrayList<>()).add(r);
            }
        }
        if (!noLead.isEmpty()) {
            byLead.put(null, noLead);
        }
        List<NoticeReport.Group> groups = new ArrayList<>();
        int g = 1;
        for (Map.Entry<String, List<BoardRow>> e : byLead.entrySet()) {
            String unit = e.getKey() == null ? i18n.get("tasks.export.noLead") : e.getKey();
            List<NoticeReport.Item> items = e.getValue().stream().map(r -> item(r, today)).toList();
            groups.add(new NoticeReport.Group(i18n.get("tasks.export.groupHeading", ordinal(g++), unit, items.size()),
                    items));
        }
        String date = i18n.get("tasks.export.dateLine", today.getYear(), today.getMonthValue(), today.getDayOfMonth());
        return new NoticeReport.Notice(title, date, summary, groups);
    }

    private NoticeReport.Item item(BoardRow r, LocalDate today) {
        List<String> details = new ArrayList<>();
        details.add(i18n.get("tasks.export.detail.source", source(r)));
        String status = status(r);
        if (r.due() != null) {
            long late = ChronoUnit.DAYS.between(r.due(), today);
            details.add(r.mark() == BoardRow.DueMark.OVERDUE
                    ? i18n.get("tasks.export.detail.overdue", r.due().toString(), late, status)
                    : i18n.get("tasks.export.detail.due", r.due().toString(), status));
        } else {
            details.add(i18n.get("tasks.export.detail.noDue", status));
        }
        if (!r.partners().isEmpty()) {
            details.add(i18n.get("tasks.export.detail.partners", partners(r)));
        }
        TaskProgress latest = r.entry().latest();
        details.add(latest == null ? i18n.get("tasks.export.detail.noProgress")
                : i18n.get("tasks.export.detail.progress", progress(latest)));
        return new NoticeReport.Item(r.task().quote(), details);
    }

    /** 一, 二, … 十二 for the unit headings; in other languages the number. */
    private String ordinal(int n) {
        return "zh".equals(i18n.locale().getLanguage()) ? DocxReport.chinese(n) : String.valueOf(n);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
