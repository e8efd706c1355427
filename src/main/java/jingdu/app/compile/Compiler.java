package jingdu.app.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;

import jingdu.analysis.SpeechAnalyzer;
import jingdu.app.Library;
import jingdu.app.annotate.CorrectedView;
import jingdu.app.annotate.TagNames;
import jingdu.app.export.AtomicFiles;
import jingdu.app.export.ExportException;
import jingdu.app.export.ExportTargets;
import jingdu.app.search.Search;
import jingdu.i18n.I18n;
import jingdu.io.CompilationMarkdown;
import jingdu.io.CompilationReport;
import jingdu.io.CompilationText;
import jingdu.io.PdfFonts;
import jingdu.model.Collection;
import jingdu.model.Compilation;
import jingdu.model.Compilation.Kind;
import jingdu.model.Compilation.Source;
import jingdu.model.Level;
import jingdu.model.LibraryEntry;
import jingdu.model.LibraryFilter;
import jingdu.model.PassageTag;
import jingdu.model.SectorCatalog;
import jingdu.model.SectorMention;
import jingdu.model.Speech;
import jingdu.model.Tag;
import jingdu.model.TagTree;
import jingdu.store.CollectionRepository;
import jingdu.store.LibraryEntryRepository;

import jingdu.store.SearchGrams;

import jingdu.text.TextLayout;
import jingdu.text.TextLayout.Range;

/**
 * 摘编: what was said on a theme, from the live speeches of the library or of one collection, within a range
 * of speech dates. What an excerpt is depends on what chose it:
 * <ul>
 * <li>a tag or level the user put on a paragraph: the whole paragraph; on a passage: the passage (left out
 * when the same theme already takes its whole paragraph);</li>
 * <li>a sector: each sentence naming it, by the corrected view (the engine's marks with the user's
 * corrections), consecutive sentences of a paragraph joined into one excerpt;</li>
 * <li>a query: in each paragraph holding every term (the search's rule), each sentence holding a term,
 * consecutive ones joined.</li>
 * </ul>
 * Then {@link Excerpts} orders each theme by date and shows near-identical excerpts once.
 */
public final class Compiler {

    private final Library library;
    private final SectorCatalog sectors;
    private final I18n i18n;
    private final LibraryEntryRepository entries;
    private final CollectionRepository collections;

    public Compiler(Library library, SectorCatalog sectors, I18n i18n) {
        this.library = library;
        this.sectors = sectors;
        this.i18n = i18n;
        this.entries = new LibraryEntryRepository(library.database());
        this.collections = new CollectionRepository(library.database());
    }

    /** The user's collections, for the dialog's choice. */
    public List<Collection> collections() {
        return collections.list();
    }

    /** The collection of that name (or id, as {@code list} prints it). */
    public Collection collection(String nameOrId) throws CompileException {
        String wanted = nameOrId == null ? "" : nameOrId.strip();
        for (Collection c : collections.list()) {
            if (c.name().equals(wanted) || String.valueOf(c.id()).equals(wanted)) {
                return c;
            }
        }
        throw new CompileException("compile.error.collection", wanted);
    }

    /** The user's tags in tree order, for the dialog's choice (levels included). */
    public List<Tag> tags() {
        return library.tagSet().tree().inOrder();
    }

    /** A tag's name as the user reads it. */
    public String tagName(Tag tag) {
        return TagNames.display(i18n, tag);
    }

    /**
     * Throws unless {@code out} may be written: never the library, its side files, its backups or another
     * database; an existing file only when {@code replaceExisting}; its folder must exist.
     */
    public void checkTarget(Path out, boolean replaceExisting) throws CompileException {
        try {
            ExportTargets.check(out, library.file(), replaceExisting);
        } catch (ExportException e) {
            throw new CompileException(e.key(), e.getCause(), e.args());
        }
    }

    /** The compilation as Markdown text. */
    public String markdown(Compilation c) {
        return new CompilationMarkdown(new CompilationText(i18n)).render(c);
    }

    /**
     * Writes the compilation as {@code format} into {@code out}, atomically (the old file stays whole until the
     * new one is), after {@link #checkTarget}. A Word or PDF file of more than {@link CompilationReport#MAX_EXCERPTS}
     * excerpts is refused (built whole in memory).
     */
    public Path write(Compilation c, CompileFormat format, Path out, boolean replaceExisting) throws CompileException {
        checkTarget(out, replaceExisting);
        if (format != CompileFormat.MD && c.excerpts() > CompilationReport.MAX_EXCERPTS) {
            throw new CompileException("compile.error.tooLong", c.excerpts(), CompilationReport.MAX_EXCERPTS);
        }
        CompilationText words = new CompilationText(i18n);
        try {
            switch (format) {
                case MD -> AtomicFiles.write(out, markdown(c).getBytes(StandardCharsets.UTF_8));
                case DOCX -> AtomicFiles.write(out, stream -> new CompilationReport(words).writeDocx(c, stream));
                case PDF -> AtomicFiles.write(out, stream -> new CompilationReport(words).writePdf(c, PdfFonts.systemDirs(), stream));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new CompileException("export.error.write", e, out.toString(), String.valueOf(e.getMessage()));
        }
        return out;
    }

    /** A theme chosen, with what it matches. */
    private record ThemeSpec(Kind kind, String key, String label, Set<String> tagIds, String sector, List<String> terms) {
    }

    /** The compilation as asked; refused, reading nothing, when a tag, sector, collection or date is not known. */
    public Compilation compile(CompileRequest request, SpeechAnalyzer engine) throws CompileException {
        return compile(request, engine, () -> false);
    }

    /**
     * As {@link #compile(CompileRequest, SpeechAnalyzer)}; stops early with what it has so far when {@code
     * cancelled} says so. {@code engine} is used only when a sector is asked for.
     */
    public Compilation compile(CompileRequest request, SpeechAnalyzer engine, BooleanSupplier cancelled)
            throws CompileException {
        List<ThemeSpec> themes = themes(request);
        DateRange range = DateRange.parse(request.from(), request.to());
        if (request.collectionId() != null
                && collections.list().stream().noneMatch(c -> c.id() == request.collectionId())) {
            throw new CompileException("compile.error.collection", String.valueOf(request.collectionId()));
        }
        List<List<Excerpts.Found>> found = new ArrayList<>();
        themes.forEach(t -> found.add(new ArrayList<>()));
        boolean needsEngine = themes.stream().anyMatch(t -> t.kind() == Kind.SECTOR);
        for (LibraryEntry e : entries.entries(LibraryFilter.ALL.withCollection(request.collectionId()))) {
            if (cancelled.getAsBoolean()) {
                break;
            }
            String date = e.meta() == null ? null : e.meta().date();
            if (!range.contains(date)) {
                continue;
            }
            Optional<Speech> speech = library.find(e.id());
            if (speech.isEmpty()) {
                continue;
            }
            SpeechFinds finds = new SpeechFinds(speech.get(), e, needsEngine ? engine : null);
            for (int i = 0; i < themes.size(); i++) {
                found.get(i).addAll(finds.of(themes.get(i)));
            }
        }
        List<Compilation.Theme> out = new ArrayList<>();
        for (int i = 0; i < themes.size(); i++) {
            ThemeSpec t = themes.get(i);
            out.add(Excerpts.theme(t.kind(), t.key(), t.label(), found.get(i)));
        }
        String title = request.title() == null || request.title().isBlank()
                ? i18n.get("compile.title", String.join(i18n.get("compile.joiner"), themes.stream().map(ThemeSpec::label).toList()))
                : request.title().strip();
        return new Compilation(title, out);
    }

    /** The themes asked for, in the order asked: tags, levels, sectors, the query. */
    private List<ThemeSpec> themes(CompileRequest request) throws CompileException {
        if (request.choosesNothing()) {
            throw new CompileException("compile.error.nothing");
        }
        TagTree tree = library.tagSet().tree();
        List<ThemeSpec> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String wanted : request.tags()) {
            Tag tag = findTag(tree, wanted).orElseThrow(() -> new CompileException("compile.error.tag", wanted.strip()));
            if (seen.add(tag.id())) {
                out.add(new ThemeSpec(Kind.TAG, tag.id(), TagNames.display(i18n, tag), subtree(tree, tag.id()), null, List.of()));
            }
        }
        for (Level level : Level.values()) {
            if (request.levels().contains(level) && seen.add(level.id())) {
                String label = tree.find(level.id()).map(t -> TagNames.display(i18n, t)).orElse(i18n.get("level." + level.id()));
                out.add(new ThemeSpec(Kind.LEVEL, level.id(), label, subtree(tree, level.id()), null, List.of()));
            }
        }
        for (String sector : request.sectors()) {
            if (!sectors.contains(sector)) {
                throw new CompileException("compile.error.sector", sector, String.join(", ", sectors.ids()));
            }
            if (seen.add("sector:" + sector)) {
                out.add(new ThemeSpec(Kind.SECTOR, sector, sectors.name(sector, i18n.locale()), Set.of(), sector, List.of()));
            }
        }
        if (request.query() != null && !request.query().isBlank()) {
            List<String> terms = Search.terms(request.query());
            String asTyped = request.query().strip().replaceAll("[\\s\\u3000]+", " "); // the label as typed; the terms folded
            out.add(new ThemeSpec(Kind.QUERY, asTyped, asTyped, Set.of(), null, terms));
        }
        return out;
    }

    private static Optional<Tag> findTag(TagTree tree, String wanted) {
        String w = wanted == null ? "" : wanted.strip();
        Optional<Tag> byId = tree.find(w);
        if (byId.isPresent()) {
            return byId;
        }
        return tree.inOrder().stream().filter(t -> w.equals(t.name())).findFirst();
    }

    private static Set<String> subtree(TagTree tree, String id) {
        Set<String> ids = new HashSet<>();
        tree.subtree(id).forEach(t -> ids.add(t.id()));
        ids.add(id);
        return ids;
    }

    /** What one speech gives each theme; its tags, paragraphs and (when a sector is asked) analysis read once. */
    private final class SpeechFinds {
        private final Speech speech;
        private final LibraryEntry entry;
        private final String text;
        private final List<Range> paragraphs;
        private final int[] starts;
        private final SpeechAnalyzer engine;
        private Map<Integer, Set<String>> paragraphTags;
        private List<PassageTag> passageTags;
        private List<SectorMention> mentions;

        SpeechFinds(Speech speech, LibraryEntry entry, SpeechAnalyzer engine) {
            this.speech = speech;
            this.entry = entry;
            this.text = speech.text();
            this.paragraphs = TextLayout.paragraphs(text);
            this.starts = paragraphs.stream().mapToInt(Range::start).toArray();
            this.engine = engine;
        }

        List<Excerpts.Found> of(ThemeSpec theme) {
            return switch (theme.kind()) {
                case TAG, LEVEL -> tagged(theme.tagIds());
                case SECTOR -> sector(theme.sector());
                case QUERY -> query(theme.terms());
            };
        }

        private List<Excerpts.Found> tagged(Set<String> ids) {
            if (paragraphTags == null) {
                paragraphTags = library.paragraphTagIds(speech.id());
                passageTags = library.passageTags(speech.id());
            }
            List<Excerpts.Found> out = new ArrayList<>();
            Set<Integer> whole = new TreeSet<>();
            paragraphTags.forEach((p, tagIds) -> {
                if (p >= 0 && p < paragraphs.size() && tagIds.stream().anyMatch(ids::contains)) {
                    whole.add(p);
                }
            });
            for (int p : whole) {
                out.add(found(paragraphs.get(p), p));
            }
            for (PassageTag t : passageTags) {
                if (!ids.contains(t.tagId()) || t.start() < 0 || t.end() > text.length() || t.end() <= t.start()) {
                    continue;
                }
                int p = paragraphOf(t.start());
                if (!whole.contains(p)) {
                    Range r = strip(t.start(), t.end());
                    if (r != null) {
                        out.add(found(r, p));
                    }
                }
            }
            return out;
        }

        private List<Excerpts.Found> sector(String sector) {
            if (mentions == null) {
                mentions = engine == null ? List.of()
                        : CorrectedView.apply(engine.analyze(text), library.corrections(speech.id())).analysis().sectors();
            }
            List<Excerpts.Found> out = new ArrayList<>();
            for (int p = 0; p < paragraphs.size(); p++) {
                Range para = paragraphs.get(p);
                List<int[]> hits = new ArrayList<>();
                for (SectorMention m : mentions) {
                    if (m.sector().equals(sector) && m.start() >= para.start() && m.start() < para.end()) {
                        hits.add(new int[] {m.start(), m.end()});
                    }
                }
                out.addAll(sentences(p, hits));
            }
            return out;
        }

        private List<Excerpts.Found> query(List<String> terms) {
            List<Excerpts.Found> out = new ArrayList<>();
            if (terms.isEmpty()) {
                return out;
            }
            for (int p = 0; p < paragraphs.size(); p++) {
                Range para = paragraphs.get(p);
                String folded = SearchGrams.fold(para.of(text)); // one char for one char: offsets stay
                if (!terms.stream().allMatch(folded::contains)) {
                    continue;
                }
                List<int[]> hits = new ArrayList<>();
                for (String term : terms) {
                    for (int at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
                        hits.add(new int[] {para.start() + at, para.start() + at + term.length()});
                    }
                }
                out.addAll(sentences(p, hits));
            }
            return out;
        }

        /** The sentences of paragraph {@code p} holding a hit, consecutive ones joined. */
        private List<Excerpts.Found> sentences(int p, List<int[]> hits) {
            if (hits.isEmpty()) {
                return List.of();
            }
            List<Range> sentences = TextLayout.sentences(text, paragraphs.get(p));
            boolean[] chosen = new boolean[sentences.size()];
            for (int[] h : hits) {
                for (int s = 0; s < sentences.size(); s++) {
                    Range r = sentences.get(s);
                    if (h[0] < r.end() && h[1] > r.start()) {
                        chosen[s] = true;
                    }
                }
            }
            List<Excerpts.Found> out = new ArrayList<>();
            for (int s = 0; s < chosen.length; s++) {
                if (!chosen[s]) {
                    continue;
                }
                int last = s;
                while (last + 1 < chosen.length && chosen[last + 1]) {
                    last++;
                }
                out.add(found(new Range(sentences.get(s).start(), sentences.get(last).end()), p));
                s = last;
            }
            return out;
        }

        private Excerpts.Found found(Range r, int paragraph) {
            var meta = entry.meta();
            String title = meta != null && meta.title() != null ? meta.title() : speech.title();
            return new Excerpts.Found(r.of(text), new Source(speech.id(), title, meta == null ? null : meta.speaker(),
                    meta == null ? null : meta.date(), paragraph, r.start(), r.end()));
        }

        private int paragraphOf(int offset) {
            int i = Arrays.binarySearch(starts, offset);
            return i >= 0 ? i : Math.max(0, -i - 2);
        }

        private Range strip(int start, int end) {
            List<Range> r = new ArrayList<>(1);
            TextLayout.addStripped(r, text, start, end);
            return r.isEmpty() ? null : r.get(0);
        }
    }
}
