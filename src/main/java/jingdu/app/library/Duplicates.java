package jingdu.app.library;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

import jingdu.app.Library;
import jingdu.app.undo.SpeechMergeCommand;
import jingdu.app.undo.UndoHistory;
import jingdu.model.Correction;
import jingdu.model.CorrectionKind;
import jingdu.model.LibraryEntry;
import jingdu.model.LibraryFilter;
import jingdu.model.Note;
import jingdu.model.NoteScope;
import jingdu.model.ParagraphTag;
import jingdu.model.PassageTag;
import jingdu.model.Speech;
import jingdu.model.Task;
import jingdu.model.TaskFacts;
import jingdu.model.TaskProgress;
import jingdu.store.AnnotationTx;
import jingdu.store.LibraryEntryRepository;
import jingdu.store.SpeechDeletedException;
import jingdu.text.TextLayout.Range;

/**
 * 查找重复: the library's near-identical speeches ({@link DuplicateFinder}: at least 95% of their sentences
 * shared) in groups, and merging a group into the one speech the user keeps. A merge places every tag,
 * passage tag, note and correction of the others on the kept speech where their text is in it (the kept
 * speech's own win where both decided the same thing), adds it to the others' collections, and moves the
 * others to the trash: one transaction, one undo step ({@link SpeechMergeCommand}). What cannot be placed
 * (its text is not in the kept speech) stays on its speech in the trash, counted in the result.
 */
public final class Duplicates {

    /** A speech of a group: what the list shows, its annotations, and its share of sentences with the suggested keep. */
    public record Member(long id, String title, String sourceName, String sourcePath, Instant importedAt,
                         int paragraphs, int annotations, double similarity) {
    }

    /**
     * Near-identical speeches, the suggested one to keep first (the one with most annotations, else the
     * oldest), then the others oldest first.
     */
    public record Group(List<Member> members) {
        public Group {
            members = List.copyOf(members);
        }

        public long suggestedKeep() {
            return members.get(0).id();
        }
    }

    /**
     * What a merge did: the speech kept, those moved to the trash, what was placed on the kept speech (tags
     * on paragraphs, tags on passages, notes, corrections, collections joined), what it had already, and what
     * could not be placed (left on its speech in the trash).
     */
    public record Merged(long kept, String keptTitle, List<Long> trashed, int tags, int passageTags, int notes,
                         int corrections, int collections, int alreadyThere, int notPlaced) {
        public Merged {
            trashed = List.copyOf(trashed);
        }

        /** Annotations placed on the kept speech. */
        public int moved() {
            return tags + passageTags + notes + corrections;
        }
    }

    private final Library library;
    private final LibraryEntryRepository entries;
    private final double threshold;

    public Duplicates(Library library) {
        this(library, DuplicateFinder.THRESHOLD);
    }

    public Duplicates(Library library, double threshold) {
        this.library = library;
        this.entries = new LibraryEntryRepository(library.database());
        this.threshold = threshold;
    }

    /** The groups of near-identical live speeches, by their oldest member's import. */
    public List<Group> find() {
        return find(() -> false);
    }

    /**
     * As {@link #find()}; stops early (with no groups) once {@code cancelled} says so. Reads one speech at a
     * time, so other work on the library is not held up while the sentences are compared.
     */
    public List<Group> find(BooleanSupplier cancelled) {
        Map<Long, LibraryEntry> live = new HashMap<>();
        DuplicateFinder finder = new DuplicateFinder(threshold);
        for (LibraryEntry e : entries.entries(LibraryFilter.ALL)) {
            if (cancelled.getAsBoolean()) {
                return List.of();
            }
            Optional<Speech> s = library.find(e.id());
            if (s.isPresent()) {
                live.put(e.id(), e);
                finder.add(e.id(), s.get().text());
            }
        }
        Map<Long, Integer> counts = entries.annotationCounts();
        List<Group> out = new ArrayList<>();
        for (List<Long> ids : finder.groups()) {
            List<LibraryEntry> group = ids.stream().map(live::get).toList();
            LibraryEntry keep = group.stream().min(Comparator
                            .comparingInt((LibraryEntry e) -> -counts.getOrDefault(e.id(), 0))
                            .thenComparing(e -> e.summary().importedAt()).thenComparingLong(LibraryEntry::id))
                    .orElseThrow();
            List<Member> members = new ArrayList<>();
            members.add(member(keep, counts, 1.0));
            group.stream().filter(e -> e != keep)
                    .sorted(Comparator.comparing((LibraryEntry e) -> e.summary().importedAt()).thenComparingLong(LibraryEntry::id))
                    .forEach(e -> members.add(member(e, counts, finder.similarity(keep.id(), e.id()))));
            out.add(new Group(members));
        }
        out.sort(Comparator.comparing((Group g) -> g.members().stream().map(Member::importedAt)
                .min(Comparator.naturalOrder()).orElseThrow()));
        return out;
    }

    private static Member member(LibraryEntry e, Map<Long, Integer> counts, double similarity) {
        return new Member(e.id(), e.summary().title(), e.sourceName(), e.sourcePath(), e.summary().importedAt(),
                e.summary().paragraphCount(), counts.getOrDefault(e.id(), 0), similarity);
    }

    /**
     * Merges {@code others} into {@code keep} (see the class comment): one transaction and one undo step.
     * Refused, changing nothing, when there is nothing to merge, a speech is named twice or is the one kept,
     * or a speech does not exist or is in the trash.
     */
    public Merged merge(long keep, List<Long> others) throws CatalogException {
        if (others.isEmpty()) {
            throw new CatalogException("duplicates.error.nothing");
        }
        if (others.contains(keep)) {
            throw new CatalogException("duplicates.error.keptMerged", keep);
        }
        if (new HashSet<>(others).size() != others.size()) {
            throw new CatalogException("duplicates.error.twice");
        }
        for (long id : concat(keep, others)) {
            if (library.find(id).isEmpty()) {
                throw new CatalogException("comforts.error.noSpeech", id);
            }
        }
        int[] counts = new int[7];
        SpeechMergeCommand done;
        try {
            done = (SpeechMergeCommand) new UndoHistory(library.database()).execute(tx -> plan(tx, keep, others, counts));
        } catch (SpeechDeletedException e) {
            throw new CatalogException(SpeechDeletedException.KEY, e.detail());
        }
        return new Merged(keep, done.keepTitle(), others, done.tags().size(), done.passageTags().size(),
                done.notes().size(), done.corrections().size(), done.collections().size(), counts[0], counts[1]);
    }

    private static List<Long> concat(long first, List<Long> rest) {
        List<Long> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }

    /**
     * Inside the merge's transaction: what of the others' annotations goes where on the kept speech.
     * {@code counts[0]} gets what the kept speech had already, {@code counts[1]} what could not be placed.
     */
    private static SpeechMergeCommand plan(AnnotationTx tx, long keep, List<Long> others, int[] counts) {
        for (long id : concat(keep, others)) {
            tx.requireLive(id);
        }
        Speech kept = tx.speech(keep).orElseThrow(() -> new SpeechDeletedException(keep));
        String text = kept.text();
        Set<String> tagged = new HashSet<>();
        tx.paragraphTags(keep).forEach(t -> tagged.add(t.paragraph() + ":" + t.tagId()));
        Set<String> passages = new HashSet<>();
        tx.passageTags(keep).forEach(t -> passages.add(t.start() + ":" + t.end() + ":" + t.tagId()));
        Set<String> noted = new HashSet<>();
        tx.notes(keep).forEach(n -> noted.add(noteKey(n)));
        List<Correction> decided = new ArrayList<>(tx.corrections(keep));
        Set<Long> inCollections = new LinkedHashSet<>(tx.collectionsOf(keep));

        List<ParagraphTag> tags = new ArrayList<>();
        List<PassageTag> passageTags = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        List<Correction> corrections = new ArrayList<>();
        List<Long> collections = new ArrayList<>();
        List<Task> keptTasks = tx.tasksOf(keep);
        List<SpeechMergeCommand.CarriedTask> carried = new ArrayList<>();
        for (long other : others) {
            Speech from = tx.speech(other).orElseThrow(() -> new SpeechDeletedException(other));
            Reanchor place = new Reanchor(from.text(), text);
            for (ParagraphTag t : tx.paragraphTags(other)) {
                List<Integer> to = place.paragraph(t.paragraph());
                if (to.isEmpty()) {
                    counts[1]++;
                    continue;
                }
                boolean added = false;
                for (int q : to) {
                    if (tagged.add(q + ":" + t.tagId())) {
                        tags.add(new ParagraphTag(keep, q, t.tagId(), t.createdAt()));
                        added = true;
                    }
                }
                if (!added) {
                    counts[0]++;
                }
            }
            for (PassageTag t : tx.passageTags(other)) {
                Optional<Range> to = place.span(t.start(), t.end());
                if (to.isEmpty()) {
                    counts[1]++;
                } else if (!passages.add(to.get().start() + ":" + to.get().end() + ":" + t.tagId())) {
                    counts[0]++;
                } else {
                    passageTags.add(new PassageTag(0, keep, to.get().start(), to.get().end(), t.tagId(), t.createdAt()));
                }
            }
            for (Note n : tx.notes(other)) {
                Optional<Note> moved = placed(n, keep, place);
                if (moved.isEmpty()) {
                    counts[1]++;
                } else if (!noted.add(noteKey(moved.get()))) {
                    counts[0]++;
                } else {
                    notes.add(moved.get());
                }
            }
            for (Correction k : tx.corrections(other)) {
                Optional<Correction> moved = placed(k, keep, place);
                if (moved.isEmpty()) {
                    counts[1]++;
                } else if (decided.stream().anyMatch(d -> d.sameQuestion(moved.get()))) {
                    counts[0]++; // the kept speech decided this already: its decision stays
                } else {
                    decided.add(moved.get());
                    corrections.add(moved.get());
                }
            }
            for (long collection : tx.collectionsOf(other)) {
                if (inCollections.add(collection)) {
                    collections.add(collection);
                }
            }
            carryTasks(tx, from.id(), place, keptTasks, carried, counts);
        }
        return new SpeechMergeCommand(keep, kept.title(), others, tags, passageTags, notes, corrections, collections,
                carried);
    }

    /**
     * The user's work on the merged speech's tasks (status, units, due date, progress): onto the kept speech's
     * task with the same quote where it has one (its own decisions stay: {@code counts[0]}), else as a copy of
     * the task at the same text in the kept speech — greyed when the text is not there, never dropped.
     */
    private static void carryTasks(AnnotationTx tx, long other, Reanchor place, List<Task> keptTasks,
                                   List<SpeechMergeCommand.CarriedTask> carried, int[] counts) {
        Set<Long> taken = new HashSet<>();
        carried.forEach(c -> taken.add(c.keptTaskId()));
        for (Task t : tx.tasksOf(other)) {
            List<TaskProgress> progress = tx.progressOf(t.id());
            if (!t.state().touched() && progress.isEmpty()) {
                continue;
            }
            List<TaskProgress> copies = new ArrayList<>();
            for (int i = progress.size() - 1; i >= 0; i--) { // oldest first, as they were written
                TaskProgress p = progress.get(i);
                copies.add(new TaskProgress(0, 0, p.writtenAt(), p.author(), p.body()));
            }
            Optional<Range> to = place.span(t.start(), t.end());
            // the kept speech's task for the same obligation: the same quote, else most of the same text
            Task same = keptTasks.stream().filter(k -> !taken.contains(k.id()) && k.quote().equals(t.quote()))
                    .min(Comparator.comparingInt(k -> Math.abs(k.start() - to.map(Range::start).orElse(t.start()))))
                    .or(() -> to.flatMap(r -> keptTasks.stream()
                            .filter(k -> !taken.contains(k.id()) && k.inText() && mostlyOver(k, r)).findFirst()))
                    .orElse(null);
            if (same != null) {
                taken.add(same.id());
                boolean own = same.state().touched();
                if (own && t.state().touched()) {
                    counts[0]++; // the kept speech decided this task already: its decisions stay
                }
                carried.add(new SpeechMergeCommand.CarriedTask(same.id(), 0, null, true, own ? null : t.state(),
                        same.state(), copies));
                continue;
            }
            int paragraph = to.isEmpty() ? t.paragraph() : place.paragraph(t.paragraph()).stream().findFirst().orElse(t.paragraph());
            TaskFacts facts = new TaskFacts(to.map(Range::start).orElse(0), to.map(Range::end).orElse(0), t.quote(), paragraph,
                    t.strength(), t.sectors(), t.levels(), t.levelsSuggested(), t.actor(), t.deadline());
            carried.add(new SpeechMergeCommand.CarriedTask(0, 0, facts, to.isPresent(), t.state(), null, copies));
        }
    }

    private static boolean mostlyOver(Task k, Range r) {
        int overlap = Math.min(k.end(), r.end()) - Math.max(k.start(), r.start());
        return overlap > 0 && overlap * 2 >= Math.min(k.end() - k.start(), r.end() - r.start());
    }

    /** The note as it goes on the kept speech: a passage where its text is, a paragraph to its paragraph, a speech note as it is. */
    private static Optional<Note> placed(Note n, long keep, Reanchor place) {
        String text = place.to();
        return switch (n.scope()) {
            case SPEECH -> Optional.of(new Note(0, keep, 0, 0, "", n.body(), n.createdAt(), n.updatedAt(), NoteScope.SPEECH,
                    -1, n.colour()));
            case PARAGRAPH -> place.paragraph(n.paragraph()).stream().findFirst().map(q -> {
                Range r = place.toParagraph(q);
                return new Note(0, keep, r.start(), r.end(), r.of(text), n.body(), n.createdAt(), n.updatedAt(),
                        NoteScope.PARAGRAPH, q, n.colour());
            });
            case PASSAGE -> place.span(n.start(), n.end()).map(r -> new Note(0, keep, r.start(), r.end(), r.of(text),
                    n.body(), n.createdAt(), n.updatedAt(), NoteScope.PASSAGE, -1, n.colour()));
        };
    }

    /** The correction on the kept speech's text: a rejected level goes with its paragraph, the rest with their quote. */
    private static Optional<Correction> placed(Correction k, long keep, Reanchor place) {
        Optional<Range> to = Optional.empty();
        if (k.kind() == CorrectionKind.REJECT_LEVEL) {
            int p = place.fromParagraphAt(k.start(), k.end());
            if (p >= 0) {
                to = place.paragraph(p).stream().findFirst().map(place::toParagraph);
            }
        }
        if (to.isEmpty()) {
            to = place.span(k.start(), k.end());
        }
        String text = place.to();
        return to.map(r -> new Correction(0, keep, k.kind(), r.start(), r.end(), r.of(text), k.value(), k.createdAt()));
    }

    private static String noteKey(Note n) {
        return n.scope().id() + ":" + n.start() + ":" + n.end() + ":" + n.body();
    }
}
