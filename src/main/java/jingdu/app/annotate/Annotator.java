package jingdu.app.annotate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jingdu.app.Library;
import jingdu.app.edit.ParagraphEdit;
import jingdu.app.edit.Reanchoring;
import jingdu.app.undo.Command;
import jingdu.app.undo.CorrectionCommand;
import jingdu.app.undo.CorrectionRemoveCommand;
import jingdu.app.undo.Description;
import jingdu.app.undo.NoteCommand;
import jingdu.app.undo.NoteEditCommand;
import jingdu.app.undo.ParagraphEditCommand;
import jingdu.app.undo.ParagraphTagCommand;
import jingdu.app.undo.PassageTagCommand;
import jingdu.app.undo.TagAddCommand;
import jingdu.app.undo.TagDeleteCommand;
import jingdu.app.undo.TagUpdateCommand;
import jingdu.app.undo.UndoHistory;
import jingdu.app.undo.UserTermCommand;
import jingdu.i18n.I18n;
import jingdu.model.Correction;
import jingdu.model.CorrectionKind;
import jingdu.model.Level;
import jingdu.model.Note;
import jingdu.model.NoteScope;
import jingdu.model.PassageTag;
import jingdu.model.SectorCatalog;
import jingdu.model.Speech;
import jingdu.model.Strength;
import jingdu.model.Tag;
import jingdu.model.TagPalette;
import jingdu.model.TagTree;
import jingdu.model.UserTerm;
import jingdu.model.Utf16;
import jingdu.store.AnnotationStore;
import jingdu.store.SpeechDeletedException;
import jingdu.text.TextLayout;

/**
 * Every annotation action the window offers, each one undoable command: tags on paragraphs and passages,
 * notes on passages, paragraphs and speeches, and edits to the tag set. Bad input changes nothing and
 * raises an {@link AnnotationException} with a message key.
 */
public final class Annotator {

    public static final int MAX_TAG_NAME = 30;

    private final Library library;
    private final I18n i18n;
    private final UndoHistory history;
    private final AnnotationStore store;
    private final SectorCatalog sectors;
    private final Runnable wordListChanged;

    public Annotator(Library library, I18n i18n) {
        this(library, i18n, null);
    }

    /** {@code sectors}: the ids a sector correction may name (built-in and the user's); null accepts any. */
    public Annotator(Library library, I18n i18n, SectorCatalog sectors) {
        this(library, i18n, sectors, () -> { });
    }

    /** {@code wordListChanged} runs after the user's word list changed (done, undone or redone): rebuild the engine. */
    public Annotator(Library library, I18n i18n, SectorCatalog sectors, Runnable wordListChanged) {
        this.wordListChanged = wordListChanged;
        this.sectors = sectors;
        this.library = library;
        this.i18n = i18n;
        this.history = new UndoHistory(library.database());
        this.store = new AnnotationStore(library.database());
    }

    public UndoHistory history() {
        return history;
    }

    /** Runs the command through the undo history; a speech in the trash gets the user's message, not a store error. */
    private Command execute(Command command) throws AnnotationException {
        try {
            return history.execute(command);
        } catch (SpeechDeletedException e) {
            throw new AnnotationException(SpeechDeletedException.KEY, e.detail());
        }
    }

    public TagTree tags() {
        return library.tagSet().tree();
    }

    public String name(Tag tag) {
        return TagNames.display(i18n, tag);
    }

    private Tag requireTag(String tagId) throws AnnotationException {
        return tags().find(tagId).orElseThrow(() -> new AnnotationException("tags.error.noTag", tagId));
    }

    // ---- tags on text --------------------------------------------------------------------------

    /** Adds the tag to the paragraphs, or removes it when all of them carry it already. Empty if nothing changed. */
    public Optional<ParagraphTagCommand> toggleParagraphTag(long speechId, List<Integer> paragraphs, String tagId)
            throws AnnotationException {
        Set<Integer> have = store.read(tx -> tx.paragraphsWith(speechId, tagId));
        return setParagraphTag(speechId, paragraphs, tagId, !have.containsAll(paragraphs));
    }

    public Optional<ParagraphTagCommand> setParagraphTag(long speechId, List<Integer> paragraphs, String tagId,
                                                         boolean present) throws AnnotationException {
        Tag tag = requireTag(tagId);
        // the count is all a tag write checks: loading the whole speech slowed tag keys on large libraries
        int paragraphCount = library.speeches().paragraphCount(speechId)
                .orElseThrow(() -> new AnnotationException("annotate.error.noSpeech", speechId));
        Set<Integer> have = store.read(tx -> tx.paragraphsWith(speechId, tagId));
        List<Integer> changing = new ArrayList<>();
        for (int p : paragraphs) {
            if (p < 0 || p >= paragraphCount) {
                throw new AnnotationException("annotate.error.paragraph", p, paragraphCount);
            }
            if (have.contains(p) != present && !changing.contains(p)) {
                changing.add(p);
            }
        }
        if (changing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of((ParagraphTagCommand) execute(
                new ParagraphTagCommand(speechId, tagId, name(tag), List.copyOf(changing), present)));
    }

    /** Tags [start, end), or removes that exact passage tag when it is there already. */
    public PassageTagCommand togglePassageTag(long speechId, int start, int end, String tagId) throws AnnotationException {
        Tag tag = requireTag(tagId);
        Speech speech = requireSpeech(speechId);
        AnnotationChecks.passage(speech.text(), start, end);
        Optional<PassageTag> existing = library.tagSet().passageTags(speechId).stream()
                .filter(t -> t.start() == start && t.end() == end && t.tagId().equals(tagId)).findFirst();
        Command done = execute(existing
                .map(t -> new PassageTagCommand(t, name(tag), false))
                .orElseGet(() -> new PassageTagCommand(
                        new PassageTag(0, speechId, start, end, tagId, Instant.now().toString()), name(tag), true)));
        return (PassageTagCommand) done;
    }

    // ---- notes ---------------------------------------------------------------------------------

    public Note addPassageNote(long speechId, int start, int end, String body, String colour) throws AnnotationException {
        Speech speech = requireSpeech(speechId);
        AnnotationChecks.passage(speech.text(), start, end);
        return addNote(speech, NoteScope.PASSAGE, -1, start, end, speech.text().substring(start, end), body, colour);
    }

    /** A note on a whole paragraph: it covers the paragraph's text, so exports place it like a passage note. */
    public Note addParagraphNote(long speechId, int paragraph, int start, int end, String body, String colour)
            throws AnnotationException {
        Speech speech = requireSpeech(speechId);
        if (paragraph < 0 || paragraph >= speech.paragraphCount() || start < 0 || end < start || end > speech.text().length()) {
            throw new AnnotationException("annotate.error.paragraph", paragraph, speech.paragraphCount());
        }
        AnnotationChecks.between(speech.text(), start, end);
        return addNote(speech, NoteScope.PARAGRAPH, paragraph, start, end, speech.text().substring(start, end), body, colour);
    }

    public Note addSpeechNote(long speechId, String body, String colour) throws AnnotationException {
        Speech speech = requireSpeech(speechId);
        return addNote(speech, NoteScope.SPEECH, -1, 0, 0, "", body, colour);
    }

    private Note addNote(Speech speech, NoteScope scope, int paragraph, int start, int end, String quote, String body,
                         String colour) throws AnnotationException {
        String text = checkBody(body);
        Instant now = Instant.now();
        Note note = new Note(0, speech.id(), start, end, quote, text, now, now, scope, paragraph, checkColour(colour));
        return ((NoteCommand) execute(new NoteCommand(note, true))).note();
    }

    public Note editNote(Note note, String body, String colour) throws AnnotationException {
        Note after = note.withBody(checkBody(body), checkColour(colour), Instant.now());
        execute(new NoteEditCommand(note, after));
        return after;
    }

    public void deleteNote(Note note) throws AnnotationException {
        execute(new NoteCommand(note, false));
    }

    private static String checkBody(String body) throws AnnotationException {
        return AnnotationChecks.body(body);
    }

    private static String checkColour(String colour) throws AnnotationException {
        if (colour != null && !TagPalette.isKey(colour)) {
            throw new AnnotationException("tags.error.colour", colour);
        }
        return colour;
    }

    private Speech requireSpeech(long speechId) throws AnnotationException {
        return library.find(speechId).orElseThrow(() -> new AnnotationException("annotate.error.noSpeech", speechId));
    }

    // ---- paragraphs split and joined (issue 18) -----------------------------------------------------

    /**
     * Splits paragraph {@code paragraph} (numbered from 0) at {@code offset} characters into it: the text
     * before the cut stays paragraph {@code paragraph}, the rest becomes the next one (spaces at the cut are
     * dropped, as every stored line is stripped). Tags, notes and corrections stay on their text
     * ({@link Reanchoring}: a split paragraph's tags go to both halves). Refused at the paragraph's start or
     * end, inside a character, and where an annotation lies only on the spaces the cut drops. Undoable.
     */
    public ParagraphEditCommand splitParagraph(long speechId, int paragraph, int offset) throws AnnotationException {
        String text = requireSpeech(speechId).text();
        TextLayout.Range line = requireLine(text, paragraph);
        int length = line.end() - line.start();
        if (offset <= 0 || offset >= length) {
            throw new AnnotationException("annotate.error.splitEdge", offset, length);
        }
        if (Utf16.splitsPair(text, line.start() + offset)) {
            throw new AnnotationException("annotate.error.splitInCharacter", offset);
        }
        ParagraphEdit edit = ParagraphEdit.split(text, paragraph, offset);
        if (!edit.leavesTwoHalves(text)) {
            throw new AnnotationException("annotate.error.splitEdge", offset, length);
        }
        checkAnchors(speechId, edit, text);
        return (ParagraphEditCommand) execute(
                ParagraphEditCommand.split(speechId, paragraph, offset, text.substring(edit.to(), line.end())));
    }

    /**
     * Joins paragraph {@code paragraph} (numbered from 0) with the next one; the joined paragraph has the
     * tags of both (their union) and all their notes and corrections. Refused for the last paragraph. Undoable.
     */
    public ParagraphEditCommand joinParagraphs(long speechId, int paragraph) throws AnnotationException {
        String text = requireSpeech(speechId).text();
        requireLine(text, paragraph);
        List<TextLayout.Range> lines = ParagraphEdit.lines(text);
        if (paragraph == lines.size() - 1) {
            throw new AnnotationException("annotate.error.joinLast", paragraph, lines.size());
        }
        ParagraphEdit edit = ParagraphEdit.join(text, paragraph);
        checkAnchors(speechId, edit, text);
        TextLayout.Range second = lines.get(paragraph + 1);
        return (ParagraphEditCommand) execute(
                ParagraphEditCommand.join(speechId, paragraph, text.substring(second.start(), second.end())));
    }

    private static TextLayout.Range requireLine(String text, int paragraph) throws AnnotationException {
        List<TextLayout.Range> lines = ParagraphEdit.lines(text);
        if (paragraph < 0 || paragraph >= lines.size()) {
            throw new AnnotationException("annotate.error.paragraph", paragraph, lines.size());
        }
        return lines.get(paragraph);
    }

    /** A range lying only on the spaces (or the line break) the edit removes would become empty: refused. */
    private void checkAnchors(long speechId, ParagraphEdit edit, String text) throws AnnotationException {
        boolean collapses = store.read(tx -> Reanchoring.apply(edit, text, new Reanchoring.Rows(tx.notes(speechId),
                tx.passageTags(speechId), tx.corrections(speechId), tx.paragraphTags(speechId)))).collapsed();
        if (collapses) {
            throw new AnnotationException("annotate.error.editOnSpaces");
        }
    }

    // ---- corrections of the engine (issue 16) ---------------------------------------------------

    /** The speech's corrections, in text order. */
    public List<Correction> corrections(long speechId) {
        return library.corrections(speechId);
    }

    /**
     * Records the user's decision on [start, end) of the speech: the span must be a non-empty range of its
     * text, and the value what the kind needs (a strength or level id, a known sector, a non-blank duty bearer
     * or deadline; {@code null} clears a duty bearer or deadline). Undoable; a newer decision on the same
     * question and span replaces the older one.
     */
    public Correction correct(long speechId, CorrectionKind kind, int start, int end, String value)
            throws AnnotationException {
        Speech speech = requireSpeech(speechId);
        AnnotationChecks.passage(speech.text(), start, end);
        String v = checkValue(kind, value);
        Correction k = new Correction(0, speechId, kind, start, end, speech.text().substring(start, end), v, Instant.now());
        return ((CorrectionCommand) execute(CorrectionCommand.of(k))).correction();
    }

    /** Rejects the engine's suggestion of {@code levelId} for a paragraph (numbered from 0); it stays rejected. */
    public Correction rejectLevel(long speechId, int paragraph, String levelId) throws AnnotationException {
        Speech speech = requireSpeech(speechId);
        List<TextLayout.Range> paragraphs = TextLayout.paragraphs(speech.text());
        if (paragraph < 0 || paragraph >= paragraphs.size()) {
            throw new AnnotationException("annotate.error.paragraph", paragraph, paragraphs.size());
        }
        TextLayout.Range r = paragraphs.get(paragraph);
        return correct(speechId, CorrectionKind.REJECT_LEVEL, r.start(), r.end(), levelId);
    }

    /** The user's own word list: sector decisions that hold in every speech. */
    public List<UserTerm> userTerms() {
        return library.userTerms();
    }

    /**
     * Decides a word for every speech: it names {@code sectorId}, or (null) no sector at all. Goes into the
     * library's own word list (the engine reads it on top of {@code lexicon.tsv}); undoable.
     */
    public UserTerm setUserTerm(String term, String sectorId) throws AnnotationException {
        String t = term == null ? "" : term.strip();
        if (t.isEmpty() || t.length() > MAX_TERM || !Utf16.isWellFormed(t) || t.chars().anyMatch(ch -> Character.isISOControl(ch) || Character.isWhitespace(ch))) {
            throw new AnnotationException("correct.error.term", MAX_TERM);
        }
        if (sectorId != null) {
            checkValue(CorrectionKind.SET_SECTOR, sectorId);
        }
        UserTerm after = new UserTerm(t, sectorId == null ? null : sectorId.strip(), Instant.now());
        execute(new UserTermCommand(t, null, after));
        wordListChanged.run();
        return after;
    }

    /** {@link #setUserTerm} for the words at [start, end) of a speech (a sector correction made "everywhere"). */
    public UserTerm setUserTermAt(long speechId, int start, int end, String sectorId) throws AnnotationException {
        Speech speech = requireSpeech(speechId);
        AnnotationChecks.passage(speech.text(), start, end);
        return setUserTerm(speech.text().substring(start, end), sectorId);
    }

    /** Takes a word off the user's list: the engine's own lexicon decides again. Undoable. */
    public void removeUserTerm(String term) throws AnnotationException {
        execute(new UserTermCommand(term, null, null));
        wordListChanged.run();
    }

    /** The longest word the user's list takes (a sector term, not a sentence). */
    public static final int MAX_TERM = 20;

    /** Takes a correction back: the engine's view returns there. Undoable. */
    public void removeCorrection(Correction correction) throws AnnotationException {
        execute(new CorrectionRemoveCommand(correction));
    }

    private String checkValue(CorrectionKind kind, String value) throws AnnotationException {
        String v = value == null ? null : value.strip();
        switch (kind) {
            case ADD_OBLIGATION, SET_STRENGTH -> {
                if (v == null || Strength.fromId(v).isEmpty()) {
                    throw new AnnotationException("correct.error.strength", String.valueOf(value));
                }
            }
            case SET_ACTOR, SET_DEADLINE -> {
                if (v != null && v.isEmpty()) {
                    throw new AnnotationException(kind == CorrectionKind.SET_ACTOR ? "correct.error.emptyActor"
                            : "correct.error.emptyDeadline");
                }
                if (v != null && (v.length() > 200 || !Utf16.isWellFormed(v) || v.chars().anyMatch(Character::isISOControl))) {
                    throw new AnnotationException("correct.error.badText", 200);
                }
            }
            case SET_SECTOR -> {
                if (v == null || v.isEmpty() || (sectors != null && !sectors.ids().contains(v))) {
                    throw new AnnotationException("correct.error.sector", String.valueOf(value),
                            sectors == null ? "" : String.join(", ", sectors.ids()));
                }
            }
            case REJECT_LEVEL -> {
                if (v == null || Level.fromId(v).isEmpty()) {
                    throw new AnnotationException("annotate.error.level", String.valueOf(value));
                }
            }
            default -> v = null; // dismissals carry no value
        }
        return v;
    }

    // ---- the tag set ---------------------------------------------------------------------------

    /** A new tag at the end of {@code parentId}'s children (null: the top level), in the first unused colour. */
    public Tag addTag(String name, String parentId) throws AnnotationException {
        String n = checkName(name);
        TagTree tree = tags();
        if (parentId != null) {
            requireTag(parentId);
        }
        Tag tag = new Tag(null, n, TagPalette.nextFree(tree.all()), parentId, nextPosition(tree, parentId), false);
        return ((TagAddCommand) execute(new TagAddCommand(tag))).tag();
    }

    public void rename(String tagId, String name) throws AnnotationException {
        Tag tag = requireTag(tagId);
        String n = checkName(name);
        update("rename", tag, List.of(tag), List.of(tag.withName(n)));
    }

    public void recolour(String tagId, String colour) throws AnnotationException {
        Tag tag = requireTag(tagId);
        if (!TagPalette.isKey(colour)) {
            throw new AnnotationException("tags.error.colour", colour);
        }
        update("recolour", tag, List.of(tag), List.of(tag.withColour(colour)));
    }

    /** Moves the tag one place up (-1) or down (+1) among its siblings; false when it is already at that end. */
    public boolean move(String tagId, int delta) throws AnnotationException {
        Tag tag = requireTag(tagId);
        TagTree tree = tags();
        List<Tag> siblings = new ArrayList<>(tree.children(parentOf(tree, tag)));
        int i = siblings.indexOf(tag);
        int j = i + delta;
        if (j < 0 || j >= siblings.size()) {
            return false;
        }
        siblings.remove(i);
        siblings.add(j, tag);
        update("move", tag, tree.children(parentOf(tree, tag)), renumber(siblings, parentOf(tree, tag)));
        return true;
    }

    /** Nests the tag under its previous sibling (as its last child); false when it has none. */
    public boolean indent(String tagId) throws AnnotationException {
        Tag tag = requireTag(tagId);
        TagTree tree = tags();
        List<Tag> siblings = tree.children(parentOf(tree, tag));
        int i = siblings.indexOf(tag);
        if (i <= 0) {
            return false;
        }
        Tag newParent = siblings.get(i - 1);
        update("nest", tag, List.of(tag), List.of(tag.at(newParent.id(), nextPosition(tree, newParent.id()))));
        return true;
    }

    /** Moves the tag out of its parent, right after it; false when it is at the top level. */
    public boolean outdent(String tagId) throws AnnotationException {
        Tag tag = requireTag(tagId);
        TagTree tree = tags();
        String parentId = parentOf(tree, tag);
        if (parentId == null) {
            return false;
        }
        Tag parent = tree.find(parentId).orElseThrow();
        String grandParent = parentOf(tree, parent);
        List<Tag> before = new ArrayList<>(tree.children(grandParent));
        List<Tag> order = new ArrayList<>(before);
        order.add(order.indexOf(parent) + 1, tag);
        before.add(tag);
        update("nest", tag, before, renumber(order, grandParent));
        return true;
    }

    /** Deletes a user tag, its nested tags and all their uses; built-in levels cannot be deleted. */
    public void deleteTag(String tagId) throws AnnotationException {
        Tag tag = requireTag(tagId);
        if (tags().subtree(tagId).stream().anyMatch(Tag::builtIn)) {
            throw new AnnotationException("tags.error.builtIn", name(tag));
        }
        execute(TagDeleteCommand.of(tagId, name(tag)));
    }

    /** How many paragraphs and passages use the tag and the tags under it (for the delete confirmation). */
    public int uses(String tagId) {
        return store.read(tx -> {
            int n = 0;
            for (Tag t : tags().subtree(tagId)) {
                n += tx.paragraphTagsOf(t.id()).size() + tx.passageTagsOf(t.id()).size();
            }
            return n;
        });
    }

    private void update(String kind, Tag tag, List<Tag> before, List<Tag> after) throws AnnotationException {
        execute(new TagUpdateCommand(kind, name(tag), List.copyOf(before), List.copyOf(after)));
    }

    private static String parentOf(TagTree tree, Tag tag) {
        return tag.parentId() != null && tree.find(tag.parentId()).isPresent() ? tag.parentId() : null;
    }

    private static int nextPosition(TagTree tree, String parentId) {
        return tree.children(parentId).stream().mapToInt(Tag::position).max().orElse(-1) + 1;
    }

    private static List<Tag> renumber(List<Tag> order, String parentId) {
        List<Tag> out = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            out.add(order.get(i).at(parentId, i));
        }
        return out;
    }

    private static String checkName(String name) throws AnnotationException {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new AnnotationException("tags.error.emptyName");
        }
        if (n.length() > MAX_TAG_NAME || n.chars().anyMatch(Character::isISOControl)) {
            throw new AnnotationException("tags.error.badName", MAX_TAG_NAME);
        }
        return n;
    }

    // ---- undo ----------------------------------------------------------------------------------

    public Optional<Command> undo() {
        return afterWordList(history.undo());
    }

    public Optional<Command> redo() {
        return afterWordList(history.redo());
    }

    /** A change of the user's word list: the engine must read it again. */
    private Optional<Command> afterWordList(Optional<Command> done) {
        done.filter(UserTermCommand.class::isInstance).ifPresent(c -> wordListChanged.run());
        return done;
    }

    public Optional<Description> nextUndo() {
        return history.nextUndo();
    }

    public Optional<Description> nextRedo() {
        return history.nextRedo();
    }
}
