package jingdu.app.tasks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jingdu.model.Unit;

/**
 * A list of units pasted one per line, {@code 名称：别名1、别名2} (the colon full-width or not; aliases split at
 * 、，, ; or ；), added to the board's units. A name starting with 各 (各乡镇, 各部门) is a group of units. Blank lines
 * are skipped; a line whose unit exists already, or whose name is not allowed, is reported and skipped.
 */
public final class UnitImport {

    /** One line read: the unit's name, its aliases, whether it names a group. */
    public record Entry(int line, String name, List<String> aliases, boolean group) {
        public Entry {
            aliases = List.copyOf(aliases);
        }
    }

    /** What an import did: the units added, and each line skipped with the user's message. */
    public record Result(List<Unit> added, List<String> skipped) {
        public Result {
            added = List.copyOf(added);
            skipped = List.copyOf(skipped);
        }
    }

    private UnitImport() {
    }

    /** The lines of {@code text} as units; blank lines are left out. Pure. */
    public static List<Entry> parse(String text) {
        List<Entry> out = new ArrayList<>();
        String[] lines = String.valueOf(text).replace("\r", "").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int colon = firstOf(line, "：:");
            String name = (colon < 0 ? line : line.substring(0, colon)).strip();
            List<String> aliases = colon < 0 ? List.of() : Arrays.stream(line.substring(colon + 1).split("[、，,;；]"))
                    .map(String::strip).filter(a -> !a.isEmpty()).distinct().toList();
            out.add(new Entry(i + 1, name, aliases, name.startsWith("各")));
        }
        return out;
    }

    private static int firstOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Adds each unit of {@code text} to {@code board}, one at a time: a line that cannot be added is skipped with
     * its message ({@code messages} words it: key and arguments) and the others are added all the same.
     */
    public static Result apply(TaskBoard board, String text, java.util.function.Function<TaskException, String> messages) {
        List<Unit> added = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Entry e : parse(text)) {
            try {
                added.add(board.addUnit(e.name(), e.aliases(), e.group()));
            } catch (TaskException ex) {
                skipped.add(e.line() + ": " + messages.apply(ex));
            }
        }
        return new Result(added, skipped);
    }
}
