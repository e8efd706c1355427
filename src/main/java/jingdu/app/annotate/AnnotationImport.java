package jingdu.app.annotate;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jingdu.app.Library;
import jingdu.app.SingleLine;
import jingdu.app.Titles;
import jingdu.text.TextLayout;
import jingdu.io.AnnotationsJson;
import jingdu.io.AnnotationsJson.CorrectionEntry;
import jingdu.io.AnnotationsJson.NoteEntry;
import jingdu.io.AnnotationsJson.SpeechEntry;
import jingdu.io.AnnotationsJson.TagEntry;
import jingdu.io.ImportException;
import jingdu.io.PlainFiles;
import jingdu.app.undo.AnnotationsImportCommand;
import jingdu.app.undo.UndoHistory;
import jingdu.model.Correction;
import jingdu.model.CorrectionKind;
import jingdu.model.Note;
import jingdu.model.ParagraphTag;
import jingdu.io.TextBudget;
import jingdu.model.SectorCatalog;
import jingdu.model.Speech;
import jingdu.model.SpeechSummary;
import jingdu.store.SpeechDeletedException;

/**
 * Merges a colleague's annotations JSON into this library: speeches are matched by the hash of their
 * text (a speech we lack is added only when the file carries its text), tags merge as a set, notes are
 * skipped when one with the same start, end and body exists. The file is checked whole first and then
 * written in one transaction, so a bad file changes nothing.
 * <p>Corrections of the engine (format version 2) merge by question ({@link Correction#sameQuestion}): one
 * that decides a question this library has not decided on that span is added; the same decision again is
 * skipped; a different decision of a question already decided here is a {@link CorrectionConflict} — the
 * library keeps its own and the result lists the file's, never overwriting in silence. A correction whose
 * offsets do not hold its quote in the speech's text is moved to where the quote is (as the corrected view
 * finds it), or, when the quote is nowhere, listed as a {@link SkippedCorrection}; so is one naming a sector
 * this library does not know.
 */
public final class AnnotationImport {

    /** Far above any real annotations file; stops a mistaken pick of a huge file early. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    /** Why a correction of the file was left out: its quote is not in the speech's text. */
    public static final String NOT_FOUND = "export.import.correction.notFound";
    /** Why a correction of the file was left out: it names a sector this library does not know. */
    public static final String UNKNOWN_SECTOR = "export.import.correction.unknownSector";

    /**
     * A correction of the file that decides differently a question this library has already decided on the
     * same span of the speech {@code title}: {@code ours} stays, {@code theirs} (as relocated, id 0) is not applied.
     */
    public record CorrectionConflict(String title, Correction ours, Correction theirs) {
    }

    /** A correction of the file that was not imported, and why ({@link #NOT_FOUND}, {@link #UNKNOWN_SECTOR}). */
    public record SkippedCorrection(String title, CorrectionEntry correction, String reason) {
    }

    /** What the merge did; conflicts and skipped corrections in the file's order. */
    public record Result(int speechesMatched, int speechesAdded, int speechesSkipped, int tagsAdded, int notesAdded,
                         int correctionsAdded, List<CorrectionConflict> conflicts,
                         List<SkippedCorrection> skippedCorrections) {

        public Result {
            conflicts = List.copyOf(conflicts);
            skippedCorrections = List.copyOf(skippedCorrections);
        }

        /** A merge that met no corrections. */
        public Result(int speechesMatched, int speechesAdded, int speechesSkipped, int tagsAdded, int notesAdded) {
            this(speechesMatched, speechesAdded, speechesSkipped, tagsAdded, notesAdded, 0, List.of(), List.of());
        }
    }

    private final Library library;
    private final SectorCatalog sectors;

    /** Accepts a sector correction of any sector id. */
    public AnnotationImport(Library library) {
        this(library, null);
    }

    /** {@code sectors}: the ids a sector correction may name (built-in and the user's); null accepts any. */
    public AnnotationImport(Library library, SectorCatalog sectors) {
        this.library = library;
        this.sectors = sectors;
    }

    public Result importFile(Path file) throws ImportException {
        String json;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ImportException("export.import.error.tooLarge", file.toString());
            }
            json = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(PlainFiles.readAllBytes(file))).toString();
        } catch (NoSuchFileException e) {
            throw new ImportException("import.error.notFound", file.toString());
        } catch (CharacterCodingException e) {
            throw new ImportException("export.import.error.syntax", "not UTF-8");
        } catch (IOException e) {
            throw new ImportException("import.error.unreadable", file.toString(), String.valueOf(e.getMessage()));
        }
        return merge(AnnotationsJson.read(json), file.getFileName().toString());
    }

    /** A checked file, ready to write: its entries and the live speeches of the library they match, by hash. */
    record Plan(List<SpeechEntry> entries, Map<String, Speech> byHash, String sourceName) {
    }

    /** Checks every entry against its target text, then writes all of it in one transaction. */
    public Result merge(List<SpeechEntry> entries, String sourceName) throws ImportException {
        return write(plan(entries, sourceName));
    }

    /** Matches the entries with the library's live speeches (those in the trash count as absent) and checks them. */
    Plan plan(List<SpeechEntry> entries, String sourceName) throws ImportException {
        for (SpeechEntry e : entries) {
            if (e.text() != null && e.text().length() > TextBudget.MAX_CHARS) {
                // a speech arriving this way is held to the cap of every other import
                throw new ImportException("export.import.error.tooMuchText", e.title(), TextBudget.MAX_CHARS);
            }
        }
        Map<String, Speech> byHash = new HashMap<>();
        for (SpeechSummary s : library.list()) {
            library.find(s.id()).ifPresent(sp -> byHash.putIfAbsent(AnnotationsJson.sha256(sp.text()), sp));
        }
        for (SpeechEntry e : entries) {
            String text = byHash.containsKey(e.sha256()) ? byHash.get(e.sha256()).text() : e.text();
            if (text != null) {
                check(e, text);
            }
        }
        return new Plan(entries, byHash, sourceName);
    }

    /**
     * Writes a checked plan in one transaction. A matched speech deleted since it was checked refuses the
     * whole file: its annotations would be acknowledged and then purged with it.
     */
    Result write(Plan plan) throws ImportException {
        try {
            return writeAll(plan);
        } catch (SpeechDeletedException e) {
            String title = plan.byHash().values().stream().filter(s -> s.id() == e.speechId())
                    .map(Speech::title).findFirst().orElse(e.detail());
            throw new ImportException("export.import.error.deleted", title);
        }
    }

    /**
     * One transaction: the speeches the file brings, then one undo step with the tags, notes and corrections
     * that were not there yet, so the window's undo takes the merge back.
     */
    private Result writeAll(Plan plan) {
        List<SpeechEntry> entries = plan.entries();
        int[] counts = new int[5];
        List<Correction> corrections = new ArrayList<>();
        List<CorrectionConflict> conflicts = new ArrayList<>();
        List<SkippedCorrection> skipped = new ArrayList<>();
        new UndoHistory(library.database()).execute(tx -> {
            Map<String, Long> ids = new HashMap<>();
            plan.byHash().forEach((hash, s) -> ids.put(hash, s.id()));
            Set<Long> checkedLive = new HashSet<>();
            List<ParagraphTag> tags = new ArrayList<>();
            List<Note> notes = new ArrayList<>();
            Map<Long, List<Correction>> decided = new HashMap<>(); // the library's, then those this file adds
            for (SpeechEntry e : entries) {
                Long id = ids.get(e.sha256());
                if (id == null && e.text() == null) {
                    counts[2]++;
                    continue;
                }
                if (id == null) {
                    id = tx.insertSpeech(title(e, plan.sourceName()), plan.sourceName(), e.text(),
                            TextLayout.paragraphs(e.text()).size());
                    ids.put(e.sha256(), id);
                    checkedLive.add(id);
                    counts[1]++;
                } else {
                    if (checkedLive.add(id)) {
                        tx.requireLive(id); // in this transaction: no delete can slip in after it
                    }
                    counts[0]++;
                }
                String now = Instant.now().toString();
                // what the speech has, read once per level; a paragraph added here is not added again
                Map<String, Set<Integer>> tagged = new HashMap<>();
                for (TagEntry t : e.tags()) {
                    long speech = id;
                    Set<Integer> have = tagged.computeIfAbsent(t.level().id(),
                            level -> new HashSet<>(tx.paragraphsWith(speech, level)));
                    if (have.add(t.paragraph())) {
                        tags.add(new ParagraphTag(id, t.paragraph(), t.level().id(), now));
                    }
                }
                Set<String> existing = new HashSet<>();
                for (Note n : tx.notes(id)) {
                    existing.add(key(n.start(), n.end(), n.body()));
                }
                for (NoteEntry n : e.notes()) {
                    if (existing.add(key(n.start(), n.end(), n.body()))) {
                        notes.add(new Note(0, id, n.start(), n.end(), n.quote(), n.body(), n.created(), n.created()));
                    }
                }
                if (!e.corrections().isEmpty()) {
                    Speech known = plan.byHash().get(e.sha256());
                    String text = known != null ? known.text() : e.text();
                    String title = known != null ? known.title() : title(e, plan.sourceName());
                    long speech = id;
                    List<Correction> have = decided.computeIfAbsent(id, k -> new ArrayList<>(tx.corrections(speech)));
                    for (CorrectionEntry c : e.corrections()) {
                        mergeCorrection(c, id, text, title, have, corrections, conflicts, skipped);
                    }
                }
            }
            counts[3] = tags.size();
            counts[4] = notes.size();
            tx.indexNewRows(); // the new speeches are searchable before the transaction ends
            return new AnnotationsImportCommand(plan.sourceName(), tags, notes, corrections);
        });
        return new Result(counts[0], counts[1], counts[2], counts[3], counts[4], corrections.size(), conflicts, skipped);
    }

    /**
     * Decides one correction of the file against what the speech {@code id} has decided ({@code have}, which
     * grows with what this file adds): added to {@code added}, skipped as already there, or listed.
     */
    private void mergeCorrection(CorrectionEntry c, long id, String text, String title, List<Correction> have,
                                 List<Correction> added, List<CorrectionConflict> conflicts,
                                 List<SkippedCorrection> skipped) {
        if (c.kind() == CorrectionKind.SET_SECTOR && sectors != null && !sectors.ids().contains(c.value())) {
            skipped.add(new SkippedCorrection(title, c, UNKNOWN_SECTOR));
            return;
        }
        Optional<Correction> located = CorrectedView.locate(text, c.toCorrection(id));
        if (located.isEmpty()) {
            skipped.add(new SkippedCorrection(title, c, NOT_FOUND));
            return;
        }
        Correction theirs = located.get();
        Optional<Correction> ours = have.stream().filter(k -> k.sameQuestion(theirs)).findFirst();
        if (ours.isEmpty()) {
            have.add(theirs);
            added.add(theirs);
        } else if (ours.get().kind() != theirs.kind() || !Objects.equals(ours.get().value(), theirs.value())) {
            conflicts.add(new CorrectionConflict(title, ours.get(), theirs));
        }
    }

    /** Offsets must fit the text they will annotate, and each quote must be the text it points at. */
    private static void check(SpeechEntry e, String text) throws ImportException {
        int paragraphs = TextLayout.paragraphs(text).size();
        for (TagEntry t : e.tags()) {
            if (t.paragraph() >= paragraphs) {
                throw new ImportException("export.import.error.mismatch", e.title());
            }
        }
        for (NoteEntry n : e.notes()) {
            if (n.end() > text.length() || !text.substring(n.start(), n.end()).equals(n.quote())) {
                throw new ImportException("export.import.error.mismatch", e.title());
            }
        }
    }

    private static String title(SpeechEntry e, String sourceName) {
        String title = SingleLine.clean(e.title());
        return title.isEmpty() ? Titles.of(e.text(), sourceName) : title;
    }

    private static String key(int start, int end, String body) {
        return start + ":" + end + ":" + body;
    }
}
