package jingdu.ui.notes;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jingdu.model.Note;
import jingdu.model.NoteScope;
import jingdu.model.PassageTag;
import jingdu.model.SectorMention;
import jingdu.model.Tag;
import jingdu.model.TagTree;

/**
 * Which notes the notes panel lists: a pure function of the criteria and the speech's annotations, so it
 * tests without a window. Empty criteria (null / blank) match everything.
 */
public record NoteFilter(String text, String tagId, String sectorId, String colour) {

    public static final NoteFilter NONE = new NoteFilter(null, null, null, null);

    /** What the tag and sector criteria look at; {@code paragraphStarts} are the paragraphs' start offsets. */
    public record Context(TagTree tree, Map<Integer, Set<String>> paragraphTags, List<PassageTag> passageTags,
                          List<SectorMention> sectors, List<Integer> paragraphStarts) {
        public static final Context EMPTY = new Context(TagTree.empty(), Map.of(), List.of(), List.of(), List.of());
    }

    public List<Note> apply(List<Note> notes, Context context) {
        Set<String> tagIds = tagId == null ? Set.of()
                : context.tree().subtree(tagId).stream().map(Tag::id).collect(Collectors.toSet());
        return notes.stream().filter(n -> matches(n, context, tagIds)).toList();
    }

    private boolean matches(Note n, Context context, Set<String> tagIds) {
        if (text != null && !text.isBlank()) {
            String needle = text.strip().toLowerCase(Locale.ROOT);
            if (!n.body().toLowerCase(Locale.ROOT).contains(needle) && !n.quote().toLowerCase(Locale.ROOT).contains(needle)) {
                return false;
            }
        }
        if (colour != null && !colour.equals(n.colour())) {
            return false;
        }
        boolean located = n.scope() != NoteScope.SPEECH;
        if (tagId != null && !(located && carriesTag(n, context, tagIds))) {
            return false;
        }
        return sectorId == null || located && context.sectors().stream()
                .anyMatch(s -> s.sector().equals(sectorId) && overlaps(n, s.start(), s.end()));
    }

    private static boolean carriesTag(Note n, Context context, Set<String> tagIds) {
        for (int p = firstParagraph(n, context); p <= lastParagraph(n, context); p++) {
            Set<String> on = context.paragraphTags().getOrDefault(p, Set.of());
            if (on.stream().anyMatch(tagIds::contains)) {
                return true;
            }
        }
        return context.passageTags().stream().anyMatch(t -> tagIds.contains(t.tagId()) && overlaps(n, t.start(), t.end()));
    }

    private static int firstParagraph(Note n, Context context) {
        return n.scope() == NoteScope.PARAGRAPH ? n.paragraph() : paragraphAt(context.paragraphStarts(), n.start());
    }

    private static int lastParagraph(Note n, Context context) {
        return n.scope() == NoteScope.PARAGRAPH ? n.paragraph()
                : paragraphAt(context.paragraphStarts(), Math.max(n.start(), n.end() - 1));
    }

    private static int paragraphAt(List<Integer> starts, int offset) {
        int p = 0;
        for (int i = 0; i < starts.size(); i++) {
            if (starts.get(i) <= offset) {
                p = i;
            }
        }
        return p;
    }

    private static boolean overlaps(Note n, int start, int end) {
        return n.start() < end && start < n.end();
    }
}
