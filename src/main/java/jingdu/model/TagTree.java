package jingdu.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The user's tag set as a tree: siblings ordered by position, read in pre-order ("tree order"). */
public final class TagTree {

    private static final Comparator<Tag> BY_POSITION = Comparator.comparingInt(Tag::position).thenComparing(Tag::id);

    private final List<Tag> all;
    private final Map<String, Tag> byId;

    public TagTree(List<Tag> tags) {
        this.all = List.copyOf(tags);
        this.byId = all.stream().collect(Collectors.toUnmodifiableMap(Tag::id, Function.identity()));
    }

    public static TagTree empty() {
        return new TagTree(List.of());
    }

    public List<Tag> all() {
        return all;
    }

    public Optional<Tag> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** Children of {@code parentId} (null: the top level), in order. Tags whose parent is gone count as top level. */
    public List<Tag> children(String parentId) {
        return all.stream()
                .filter(t -> Objects.equals(effectiveParent(t), parentId))
                .sorted(BY_POSITION)
                .toList();
    }

    private String effectiveParent(Tag t) {
        return t.parentId() != null && byId.containsKey(t.parentId()) ? t.parentId() : null;
    }

    /** Every tag in tree order: a parent, then its children, then the next sibling. */
    public List<Tag> inOrder() {
        List<Tag> out = new ArrayList<>();
        walk(null, out, new HashSet<>());
        return out;
    }

    private void walk(String parent, List<Tag> out, Set<String> seen) {
        for (Tag t : children(parent)) {
            if (seen.add(t.id())) {
                out.add(t);
                walk(t.id(), out, seen);
            }
        }
    }

    /** The first nine tags in tree order: what keys 1–9 apply. */
    public List<Tag> keyed() {
        List<Tag> ordered = inOrder();
        return ordered.subList(0, Math.min(9, ordered.size()));
    }

    /** The tag and everything nested under it. */
    public List<Tag> subtree(String id) {
        List<Tag> out = new ArrayList<>();
        find(id).ifPresent(t -> {
            out.add(t);
            walk(t.id(), out, new HashSet<>(Set.of(t.id())));
        });
        return out;
    }

    public int depth(Tag tag) {
        int d = 0;
        Tag t = tag;
        Set<String> seen = new HashSet<>();
        while (t != null && effectiveParent(t) != null && seen.add(t.id())) {
            t = byId.get(t.parentId());
            d++;
        }
        return d;
    }
}
