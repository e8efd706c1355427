package jingdu.model;

import java.util.List;

/**
 * One of the user's units (县住建局, with aliases 住建局, 住建部门), which lead or help with tasks; {@code group} is a
 * set of units named together (各乡镇, 各部门).
 */
public record Unit(long id, String name, List<String> aliases, boolean group) {

    public Unit {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public Unit withId(long newId) {
        return new Unit(newId, name, aliases, group);
    }
}
