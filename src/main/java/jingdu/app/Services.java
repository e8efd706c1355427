package jingdu.app;

import java.nio.file.Path;

import jingdu.analysis.Analyzer;
import jingdu.app.annotate.AnnotationImport;
import jingdu.app.annotate.Annotator;
import jingdu.app.annotate.CorrectedView;
import jingdu.app.compile.Compiler;
import jingdu.app.export.Exports;
import jingdu.app.importing.BatchImport;
import jingdu.app.library.Catalog;
import jingdu.app.library.Duplicates;
import jingdu.app.search.Search;
import jingdu.i18n.I18n;
import jingdu.model.SectorCatalog;

/**
 * One open library and the use cases over it, built in one place and handed to a front end: the window
 * ({@code jingdu.ui.JingduApp}) and each command ({@code jingdu.cli}) receive a {@code Services} and never
 * build a use case themselves, so every change of the library goes through the same checks whoever asks.
 * The long-lived ones (catalog, search) are made once, on first use, so a command that needs neither
 * pays nothing for them.
 */
public final class Services implements AutoCloseable {

    private final Library library;
    private final AnalysisService analysis;
    private Catalog catalog;
    private Search search;
    private jingdu.app.tasks.TaskBoard taskBoard;
    private SectorCatalog taskBoardSectors;

    /** Takes ownership of both: {@link #close()} closes them. */
    public Services(Library library, AnalysisService analysis) {
        this.library = library;
        this.analysis = analysis;
    }

    /** Opens the library file and the analysis worker for it (the user's word lists beside the file). */
    public static Services open(Path dbFile) {
        Library library = Library.open(dbFile);
        try {
            return new Services(library, AnalysisService.forLibrary(library));
        } catch (RuntimeException | Error e) {
            library.close();
            throw e;
        }
    }

    public Library library() {
        return library;
    }

    /** The background worker that owns the analysis engine. */
    public AnalysisService analysis() {
        return analysis;
    }

    /** Built-in and the user's own sectors: labels, colours, order, filters. */
    public SectorCatalog sectors() {
        return analysis.sectors();
    }

    /** Speech details, the library list and its filters, trash and collections. */
    public synchronized Catalog catalog() {
        if (catalog == null) {
            catalog = new Catalog(library);
        }
        return catalog;
    }

    /** 查找重复: near-identical speeches, and merging them into one (undoable). */
    public Duplicates duplicates() {
        return new Duplicates(library);
    }

    /** 摘编: excerpts on a theme from many speeches, with theme names in {@code i18n}'s language. */
    public Compiler compiler(I18n i18n) {
        return new Compiler(library, analysis.sectors(), i18n);
    }

    /** Full-text search over speeches and notes. */
    public synchronized Search search() {
        if (search == null) {
            search = new Search(library);
        }
        return search;
    }

    /** Every change of tags and notes, undoable, with descriptions in the front end's language. */
    public Annotator annotator(I18n i18n) {
        return new Annotator(library, i18n, analysis.sectors(), analysis::reload);
    }

    /** Exports with the given engine (the caller's: the worker's in the window, its own in a command). */
    public Exports exports(Analyzer analyzer, I18n i18n) {
        return new Exports(library, analyzer, i18n);
    }

    /** A new engine of this library's word lists, for work on the caller's own thread (a command). */
    public Analyzer newEngine() {
        return analysis.engineFactory().get();
    }

    /**
     * The speech as the user decided it: {@code engine}'s analysis with the user's corrections applied, and
     * the corrections that need a look; empty for an unknown speech.
     */
    public java.util.Optional<CorrectedView> corrected(long speechId, Analyzer engine) {
        return library.find(speechId)
                .map(s -> CorrectedView.apply(engine.analyze(s.text()), library.corrections(speechId)));
    }

    /** 新提法: the words and phrases of a speech that no earlier speech of the library has. */
    public jingdu.app.compare.NewWording newWording() {
        return new jingdu.app.compare.NewWording(library, catalog(), new jingdu.analysis.NewPhraseFinder());
    }

    /** The task board (任务台账): tasks across speeches, units, due dates, progress. */
    public synchronized jingdu.app.tasks.TaskBoard taskBoard() {
        // one board per library: it keeps the rows read between openings
        if (taskBoard == null || taskBoardSectors != analysis.sectors()) { // the user's sectors changed: made anew
            taskBoardSectors = analysis.sectors();
            taskBoard = newTaskBoard();
        }
        return taskBoard;
    }

    private jingdu.app.tasks.TaskBoard newTaskBoard() {
        return new jingdu.app.tasks.TaskBoard(library, analysis.sectors(),
                periods -> new jingdu.app.tasks.DueDates(periods)::read,
                units -> {
                    jingdu.app.tasks.UnitMatcher matcher = new jingdu.app.tasks.UnitMatcher(units);
                    // the best unit the bearer may mean, when it is close (a first body of several leads)
                    return bearer -> matcher.suggest(bearer).stream().filter(u -> u.exact() || u.score() >= 0.8)
                            .findFirst().map(jingdu.app.tasks.UnitSuggestion::unit);
                },
                jingdu.app.tasks.DueDates.defaults());
    }

    /** 对比: a speech's obligations against an earlier speech's or a collection's (新增, 延续, 未再提及). */
    public jingdu.app.compare.Comparer comparer() {
        return new jingdu.app.compare.Comparer(library, taskBoard(), this::newEngine, userWords(),
                new jingdu.analysis.ObligationAligner());
    }

    /** The user's word list as one string: a change of it changes every speech's analysis (and tasks). */
    public String userWords() {
        return library.userTerms().toString();
    }

    /** The task board's ledger (xlsx) and 督办通报 (docx, pdf), in {@code i18n}'s language and this machine's zone. */
    public jingdu.app.tasks.TaskExports taskExports(I18n i18n) {
        jingdu.app.stats.StatsService stats = stats(i18n);
        return new jingdu.app.tasks.TaskExports(library.file(), analysis.sectors(), i18n, java.time.ZoneId.systemDefault(),
                stats::pictures);
    }

    /** The 统计 view's charts over a scope's tasks, and their PNG and SVG files, in {@code i18n}'s language. */
    public jingdu.app.stats.StatsService stats(I18n i18n) {
        return new jingdu.app.stats.StatsService(taskBoard(), analysis.sectors(), i18n, library.file(),
                java.time.ZoneId.systemDefault());
    }

    /** A comparison's words (statuses, strength changes, sources) in {@code i18n}'s language. */
    public jingdu.app.compare.ComparisonWords comparisonWords(I18n i18n) {
        return new jingdu.app.compare.ComparisonWords(i18n, analysis.sectors(),
                id -> library.find(id).map(jingdu.model.Speech::title).orElse(null));
    }

    /** A comparison's exports (xlsx, docx), in {@code i18n}'s language; never written over the library. */
    public jingdu.app.compare.ComparisonExports comparisonExports(I18n i18n) {
        return new jingdu.app.compare.ComparisonExports(library.file(), analysis.sectors(), comparisonWords(i18n));
    }

    /** Merges an annotations JSON file into the library, undoable like any annotation. */
    public AnnotationImport annotationImport() {
        return new AnnotationImport(library, analysis.sectors());
    }

    /** Imports files and folders, each analysed by an engine of this library's word lists. */
    public BatchImport importer() {
        return new BatchImport(library, analysis.engineFactory());
    }

    @Override
    public void close() {
        try {
            analysis.close();
        } finally {
            library.close();
        }
    }
}
