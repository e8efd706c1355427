package jingdu.model;

/**
 * One entry of the user's tag set. The three built-in responsibility levels keep their {@link Level} ids;
 * user tags get ids like {@code t4}. A null {@code name} on a built-in means "the level's own label".
 * {@code colour} is a {@link TagPalette} key; {@code parentId} null for a top-level tag.
 */
public record Tag(String id, String name, String colour, String parentId, int position, boolean builtIn) {

    public Tag withName(String newName) {
        return new Tag(id, newName, colour, parentId, position, builtIn);
    }

    public Tag withColour(String newColour) {
        return new Tag(id, name, newColour, parentId, position, builtIn);
    }

    public Tag at(String newParentId, int newPosition) {
        return new Tag(id, name, colour, newParentId, newPosition, builtIn);
    }

    /** The built-in level this tag stands for, if it is one. */
    public java.util.Optional<Level> level() {
        return builtIn ? Level.fromId(id) : java.util.Optional.empty();
    }
}
