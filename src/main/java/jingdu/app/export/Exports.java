package jingdu.app.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jingdu.analysis.Analyzer;
import jingdu.app.Failures;
import jingdu.app.Library;
import jingdu.app.annotate.CorrectedView;
import jingdu.i18n.I18n;
import jingdu.model.Analysis;
import jingdu.model.Correction;
import jingdu.model.ExportFilter;
import jingdu.io.ExportLabels;
import jingdu.io.MarkdownReport;
import jingdu.io.ReportModel;
import jingdu.io.SpeechWork;
import jingdu.io.UserTags;
import jingdu.model.NoteScope;
import jingdu.model.TagTree;
import jingdu.model.SectorCatalog;
import jingdu.model.Speech;
import jingdu.model.SpeechSummary;
import jingdu.store.OutputGuard;
import jingdu.store.StoreException;
import jingdu.model.DocumentPreview;
import jingdu.model.Note;
import jingdu.model.Utf16;

/**
 * Export use case shared by the window and the command line: gather the chosen speeches' work (text,
 * analysis, tags, notes), build the one {@link ReportModel}, lay it out in the chosen format, write it.
 */
public final class Exports {

    /** Formats {@link #render} understands, as the CLI names them. */
    public static final List<String> FORMATS = ExportFormat.ids();

    /**
     * What the export dialog shows before writing: text, or a table whose first row is the header, or for a laid-out
     * document ({@code document}, else null) its formatted paragraphs, with {@code text} their plain words.
     */
    public record Preview(String text, List<List<String>> rows, DocumentPreview document) {

        public Preview(String text, List<List<String>> rows) {
            this(text, rows, null);
        }

        /** A laid-out document: its paragraphs, and their words one paragraph a line. */
        public static Preview of(DocumentPreview document) {
            StringBuilder plain = new StringBuilder();
            document.blocks().forEach(b -> plain.append(b.text()).append('\n'));
            return new Preview(plain.toString(), null, document);
        }
    }

    private final Library library;
    private final Analyzer analyzer;
    private final I18n i18n;
    private final SectorCatalog sectors;
    private final ExportLabels labels;
    private final ZoneId zone = ZoneId.systemDefault();

    /** Sector names, order and colours come from the engine's own catalogue, so they match what it finds. */
    public Exports(Library library, Analyzer analyzer, I18n i18n) {
        this.library = library;
        this.analyzer = analyzer;
        this.i18n = i18n;
        this.sectors = analyzer.lexicon().catalog();
        this.labels = new ExportLabels(i18n, sectors);
    }

    /** The speech's annotated notes as Markdown. */
    public String markdown(long speechId) throws ExportException {
        return withinMemory(() -> new MarkdownReport(labels, zone).export(model(List.of(speechId), ExportFilter.NONE)));
    }

    /**
     * Writes the Markdown export to {@code out} (UTF-8) atomically: an old file is replaced whole or kept,
     * and only when {@code replaceExisting} (see {@link #write}).
     */
    public void writeMarkdown(long speechId, Path out, boolean replaceExisting) throws ExportException {
        checkTarget(out, replaceExisting);
        withinMemory(() -> {
            writeBytes(out, markdown(speechId).getBytes(StandardCharsets.UTF_8));
            return out;
        });
    }

    /** Builds the report model for the request's speeches (all when none are named) and filter. */
    public ReportModel model(List<Long> speechIds, ExportFilter filter) throws ExportException {
        List<Long> ids = speechIds.isEmpty() ? library.list().stream().map(SpeechSummary::id).sorted().toList() : speechIds;
        if (ids.isEmpty()) {
            throw new ExportException("export.error.emptyLibrary", null);
        }
        List<SpeechWork> works = new ArrayList<>();
        TagTree tree = library.tagSet().tree();
        for (long id : ids) {
            Speech speech = library.find(id)
                    .orElseThrow(() -> new ExportException("export.error.noSpeech", null, String.valueOf(id)));
            // the user's corrections decide over the engine in every format (issue 16)
            List<Correction> corrections = library.corrections(id);
            Analysis corrected = CorrectedView.apply(analyzer.analyze(speech.text()), corrections).analysis();
            // the raw corrections too: the annotations JSON carries the decisions themselves (format version 2)
            List<Note> notes = library.notes().forSpeech(id);
            // a speech note belongs to no passage: it travels apart from the passage and paragraph notes
            UserTags user = new UserTags(tree, library.paragraphTagIds(id), library.passageTags(id),
                    notes.stream().filter(n -> n.scope() == NoteScope.SPEECH).toList());
            works.add(new SpeechWork(speech, corrected, library.tags().forSpeech(id), notes.stream()
                    .filter(n -> n.scope() != NoteScope.SPEECH)
                    .map(n -> wholeCharacters(n, speech.text())).toList(), corrections, user));
        }
        return ReportModel.build(works, filter, sectors);
    }

    /**
     * A note written before offsets were checked may cut an emoji in half, its quote stored with '?' for the
     * lost half; exported as it is, the file would be refused on import. Such a note is exported over the
     * whole character, quoted from the text. Every other note is left exactly as it is.
     */
    static Note wholeCharacters(Note n, String text) {
        if (n.start() < 0 || n.end() > text.length() || n.end() < n.start()) {
            return n;
        }
        int start = Utf16.splitsPair(text, n.start()) ? n.start() - 1 : n.start();
        int end = Utf16.splitsPair(text, n.end()) ? n.end() + 1 : n.end();
        if (start == n.start() && end == n.end()) {
            return n;
        }
        return new Note(n.id(), n.speechId(), start, end, text.substring(start, end), n.body(), n.createdAt(),
                n.updatedAt(), n.scope(), n.paragraph(), n.colour());
    }

    /** The file's bytes (text formats on standard output; tests). {@link #write} streams to the file instead. */
    public byte[] render(ExportRequest request) throws ExportException {
        return withinMemory(() -> {
            ReportModel model = checked(request, model(request.speechIds(), request.filter()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                renderTo(request, model, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // in memory
            }
            return out.toByteArray();
        });
    }

    /**
     * Refuses what would be too big to lay out: a Word document is built whole in memory (POI has no
     * streaming Word writer), so its paragraphs are limited; the other formats stream or hold little per row.
     */
    private static ReportModel checked(ExportRequest request, ReportModel model) throws ExportException {
        request.format().check(model);
        return model;
    }

    /** Export work that may need more memory than there is. */
    @FunctionalInterface
    private interface Work<T> {
        T run() throws ExportException;
    }

    /** Running out of memory becomes the export's own message; the half-built export is garbage by then. */
    private static <T> T withinMemory(Work<T> work) throws ExportException {
        try {
            return work.run();
        } catch (OutOfMemoryError e) {
            throw new ExportException("export.error.outOfMemory", e, Failures.maxHeapMegabytes());
        }
    }

    private void renderTo(ExportRequest request, ReportModel model, OutputStream out) throws IOException {
        request.format().write(context(request, model), model, out);
    }

    private ExportContext context(ExportRequest request, ReportModel model) {
        return new ExportContext(labels, zone, request.withText(), projectName(model), request.title(), request.report());
    }

    /** What the dialog shows: the text itself, the ledger rows, or for binary documents their Markdown. */
    public Preview preview(ExportRequest request) throws ExportException {
        return withinMemory(() -> previewOf(request, model(request.speechIds(), request.filter())));
    }

    private Preview previewOf(ExportRequest request, ReportModel model) {
        return request.format().preview(context(request, model), model);
    }

    /**
     * Renders straight into the file, atomically (the old file stays whole until the new one is); returns
     * {@code out}. Never over the library, its side files, its backups or another database; over another
     * existing file only when {@code replaceExisting} (the window's save dialog has asked, or the command
     * line said {@code --force}).
     */
    public Path write(ExportRequest request, Path out, boolean replaceExisting) throws ExportException {
        checkTarget(out, replaceExisting);
        return withinMemory(() -> {
            ReportModel model = checked(request, model(request.speechIds(), request.filter()));
            writeFile(out, stream -> renderTo(request, model, stream));
            return out;
        });
    }

    private void checkTarget(Path out, boolean replaceExisting) throws ExportException {
        try {
            OutputGuard.check(out, library.database().file(), replaceExisting);
        } catch (StoreException e) {
            throw new ExportException(e.key(), e, e.detail());
        }
    }

    private String projectName(ReportModel model) {
        return model.speeches().size() == 1 ? model.speeches().get(0).speech().title() : i18n.get("export.report.title");
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static void writeBytes(Path out, byte[] bytes) throws ExportException {
        writeFile(out, stream -> stream.write(bytes));
    }

    private static void writeFile(Path out, AtomicFiles.Content content) throws ExportException {
        Path dir = out.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new ExportException("export.error.noDir", null, String.valueOf(dir));
        }
        try {
            AtomicFiles.write(out, content);
        } catch (IOException | UncheckedIOException e) {
            throw new ExportException("export.error.write", e, out.toString(), String.valueOf(e.getMessage()));
        }
    }
}
