package jingdu.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jingdu.model.Note;
import jingdu.model.PassageTag;
import jingdu.model.Tag;
import jingdu.model.TagTree;

/**
 * What the user made on a speech beyond the three levels and passage notes: the tag tree (the library's
 * tag set), every tag id on each paragraph (levels and the user's own tags), the tags on passages, and
 * the notes on the whole speech. Every export carries these (issue 17).
 */
public record UserTags(TagTree tree, Map<Integer, Set<String>> paragraphTags, List<PassageTag> passageTags,
                       List<Note> speechNotes) {

    /** Nothing beyond levels and passage notes: what a speech's work had before the tag tree. */
    public static final UserTags NONE = new UserTags(TagTree.empty(), Map.of(), List.of(), List.of());

    public UserTags {
        tree = tree == null ? TagTree.empty() : tree;
        paragraphTags = Map.copyOf(paragraphTags);
        List<PassageTag> sorted = new ArrayList<>(passageTags);
        sorted.sort(Comparator.comparingInt(PassageTag::start).thenComparingInt(PassageTag::end)
                .thenComparing(PassageTag::tagId));
        passageTags = List.copyOf(sorted);
        speechNotes = List.copyOf(speechNotes);
    }

    /** The user's own tags (not the built-in levels) on the paragraph, in tree order. */
    public List<Tag> userTagsOn(int paragraph) {
        Set<String> ids = paragraphTags.getOrDefault(paragraph, Set.of());
        if (ids.isEmpty()) {
            return List.of();
        }
        return tree.inOrder().stream().filter(t -> !t.builtIn() && ids.contains(t.id())).toList();
    }

    /** Passage tags whose tag still exists in the tree (a tag deleted since is not printed as an id). */
    public List<PassageTag> knownPassageTags() {
        return passageTags.stream().filter(p -> tree.find(p.tagId()).isPresent()).toList();
    }

    /** The tag and its ancestors, root first (a cycle in a damaged tree stops at the first repeat). */
    public List<Tag> ancestry(Tag tag) {
        List<Tag> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Tag t = tag;
        while (t != null && seen.add(t.id())) {
            chain.add(0, t);
            t = tree.find(t.parentId()).orElse(null);
        }
        return chain;
    }
}
