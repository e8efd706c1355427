package jingdu.app.compare;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jingdu.app.export.AtomicFiles;
import jingdu.app.export.ExportException;
import jingdu.app.export.ExportTargets;
import jingdu.i18n.I18n;
import jingdu.io.ComparisonDocx;
import jingdu.io.ComparisonXlsx;
import jingdu.io.CssPalette;
import jingdu.io.DocxReport;
import jingdu.io.ExportLabels;
import jingdu.model.AlignedObligation;
import jingdu.model.Comparison;
import jingdu.model.NewPhrase;
import jingdu.model.SectorCatalog;
import jingdu.model.TaskChange;
import jingdu.model.WordingPiece;

/**
 * A comparison's exports, shared by the 对比 view and the command line's {@code compare --out}:
 * <ul>
 * <li>{@link Format#XLSX}: one row per task with its status (新增 / 延续 / 未再提及), both wordings with the changes
 * marked, the strength change, sectors, duty bearers and sources; a second sheet of the new wordings
 * ({@link ComparisonXlsx});</li>
 * <li>{@link Format#DOCX}: the same in the 公文 layout, a part per status and one for the new wordings
 * ({@link ComparisonDocx}).</li>
 * </ul>
 * Rows are exported in the order given (the caller's filter and order). Files are written atomically, never over the
 * library (see {@link ExportTargets}); nothing is written when there is nothing to export.
 */
public final class ComparisonExports {

    /** What to write; the id is the command line's {@code --format}. */
    public enum Format {
        XLSX("xlsx"), DOCX("docx");

        private final String id;

        Format(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public String extension() {
            return id;
        }

        /** The message key of the export's name ({@code compare.export.format.<id>}). */
        public String nameKey() {
            return "compare.export.format." + id;
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

    private final Path libraryFile;
    private final ComparisonWords words;
    private final ExportLabels labels;

    /** {@code libraryFile} is never written over; words in {@code words}' language. */
    public ComparisonExports(Path libraryFile, SectorCatalog sectors, ComparisonWords words) {
        this.libraryFile = libraryFile;
        this.words = words;
        this.labels = new ExportLabels(words.i18n(), sectors);
    }

    public ComparisonWords words() {
        return words;
    }

    /** The file's bytes ({@code title} null or blank: the default). Refused when there is nothing to export. */
    public byte[] render(Comparison c, List<AlignedObligation> rows, List<NewPhrase> phrases, Format format,
                         LocalDate today, String title) throws ExportException {
        check(rows, phrases, format);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            renderTo(c, rows, phrases, format, today, title, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory
        }
        return out.toByteArray();
    }

    /**
     * Writes {@code rows} (a subset of {@code c}'s, in the caller's order) and {@code phrases} to {@code out}
     * atomically and returns it. Refused, with nothing written, when there is nothing to export, when {@code out} is
     * the library (its side files, backups, any database) or a folder, when its folder is missing, and when it
     * exists and {@code replaceExisting} is false.
     */
    public Path write(Comparison c, List<AlignedObligation> rows, List<NewPhrase> phrases, Format format, Path out,
                      boolean replaceExisting, LocalDate today, String title) throws ExportException {
        check(rows, phrases, format);
        ExportTargets.check(out, libraryFile, replaceExisting);
        try {
            AtomicFiles.write(out, stream -> renderTo(c, rows, phrases, format, today, title, stream));
        } catch (IOException | UncheckedIOException e) {
            throw new ExportException("export.error.write", e, out.toString(), String.valueOf(e.getMessage()));
        } catch (OutOfMemoryError e) {
            throw new ExportException("export.error.outOfMemory", null, jingdu.app.Failures.maxHeapMegabytes());
        }
        return out;
    }

    private void check(List<AlignedObligation> rows, List<NewPhrase> phrases, Format format) throws ExportException {
        if (rows.isEmpty() && phrases.isEmpty()) {
            throw new ExportException("compare.export.error.empty", null);
        }
        if (format == Format.DOCX) {
            int n = paragraphs(rows, phrases);
            if (n > DocxReport.MAX_PARAGRAPHS) {
                throw new ExportException("export.error.docxTooLong", null, n, DocxReport.MAX_PARAGRAPHS);
            }
        }
    }

    /** The Word document's paragraphs, counted before building it (about two a task). */
    private static int paragraphs(List<AlignedObligation> rows, List<NewPhrase> phrases) {
        return 3 + 4 + 2 * rows.size() + 2 * phrases.size() + 4;
    }

    private void renderTo(Comparison c, List<AlignedObligation> rows, List<NewPhrase> phrases, Format format,
                          LocalDate today, String title, OutputStream out) throws IOException {
        String t = title == null || title.isBlank() ? words.defaultTitle(c) : title.strip();
        String summary = words.summary(new Comparison(c.olderSpeechIds(), c.newerSpeechId(), rows), phrases.size());
        switch (format) {
            case XLSX -> new ComparisonXlsx(labels, CssPalette.app()).write(t, summary, lines(rows), phraseLines(phrases), out);
            case DOCX -> new ComparisonDocx().write(report(rows, phrases, today, t, summary), out);
            default -> throw new IllegalStateException(format.id());
        }
    }

    /** The sheet's rows in words, numbered 1, 2, 3 in the given order. */
    public List<ComparisonXlsx.Line> lines(List<AlignedObligation> rows) {
        List<ComparisonXlsx.Line> out = new ArrayList<>();
        int n = 1;
        for (AlignedObligation r : rows) {
            out.add(new ComparisonXlsx.Line(n++, r.change(), words.status(r.change()), ComparisonWords.olderPieces(r),
                    ComparisonWords.newerPieces(r), words.strengthChange(r), words.sectors(r), words.actors(r),
                    words.sources(r)));
        }
        return out;
    }

    public List<ComparisonXlsx.PhraseLine> phraseLines(List<NewPhrase> phrases) {
        List<ComparisonXlsx.PhraseLine> out = new ArrayList<>();
        int n = 1;
        for (NewPhrase p : phrases) {
            out.add(new ComparisonXlsx.PhraseLine(n++, p.phrase(), p.count(), p.sentence() == null ? "" : p.sentence()));
        }
        return out;
    }

    /** The Word document's words: a part per status in that order, then the new wordings. */
    public ComparisonDocx.Report report(List<AlignedObligation> rows, List<NewPhrase> phrases, LocalDate today,
                                        String title, String summary) {
        I18n i18n = words.i18n();
        List<ComparisonDocx.Section> sections = new ArrayList<>();
        int part = 1;
        for (TaskChange change : TaskChange.values()) {
            List<ComparisonDocx.Item> items = new ArrayList<>();
            for (AlignedObligation r : rows) {
                if (r.change() == change) {
                    items.add(item(r));
                }
            }
            sections.add(new ComparisonDocx.Section(i18n.get("compare.export.part", ordinal(part++), words.status(change),
                    items.size()), items, i18n.get("compare.export.none")));
        }
        List<ComparisonDocx.Item> phraseItems = new ArrayList<>();
        for (NewPhrase p : phrases) {
            List<String> details = new ArrayList<>();
            details.add(i18n.get("compare.export.detail.count", p.count()));
            if (p.sentence() != null && !p.sentence().isBlank()) {
                details.add(i18n.get("compare.export.detail.sentence", p.sentence()));
            }
            phraseItems.add(new ComparisonDocx.Item(List.of(new WordingPiece(WordingPiece.Kind.SAME, p.phrase())), details));
        }
        sections.add(new ComparisonDocx.Section(i18n.get("compare.export.phrasePart", ordinal(part), phraseItems.size()),
                phraseItems, i18n.get("compare.export.none")));
        String date = i18n.get("compare.export.dateLine", today.getYear(), today.getMonthValue(), today.getDayOfMonth());
        return new ComparisonDocx.Report(title, date, summary, sections);
    }

    private ComparisonDocx.Item item(AlignedObligation r) {
        I18n i18n = words.i18n();
        List<String> details = new ArrayList<>();
        if (r.strengthened() || r.weakened()) {
            details.add(i18n.get("compare.export.detail.strength", words.strengthChange(r)));
        }
        if (r.older() != null) {
            details.add(i18n.get("compare.export.detail.older", words.source(r.older())));
        }
        if (r.newer() != null) {
            details.add(i18n.get("compare.export.detail.newer", words.source(r.newer())));
        }
        String sectors = words.sectors(r);
        if (!sectors.isEmpty()) {
            details.add(i18n.get("compare.export.detail.sector", sectors));
        }
        String actors = words.actors(r);
        if (!actors.isEmpty()) {
            details.add(i18n.get("compare.export.detail.actor", actors));
        }
        return new ComparisonDocx.Item(ComparisonWords.bothPieces(r), details);
    }

    /** 一, 二 … in Chinese; in other languages the number. */
    private String ordinal(int n) {
        return "zh".equals(words.i18n().locale().getLanguage()) ? DocxReport.chinese(n) : String.valueOf(n);
    }
}
