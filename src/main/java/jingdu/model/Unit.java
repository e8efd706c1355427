package jingdu.model;

import java.util.List;
import java.util.Objects;

/** One of the user's units (县住建局 with aliases 住建局, 住建部门, 县住房和城乡建设局); group = a set of units (各乡镇, 各部门). */
public record Unit(long id, String name, List<String> aliases, boolean group) {

    public Unit {
        Objects.requireNonNull(name, "name");
        aliases = aliases == null ? List.of() : aliases.stream().filter(Objects::nonNull).toList();
    }

    public Unit withId(long newId) {
        return new Unit(newId, name, aliases, group);
    }
}
