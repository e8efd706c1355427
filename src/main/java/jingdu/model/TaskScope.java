package jingdu.model;

/** Which speeches' tasks the board lists: one speech, a collection, a year of speeches, or the whole library. */
public record TaskScope(Kind kind, long speechId, String collection, int year) {

    public enum Kind {
        SPEECH, COLLECTION, YEAR, ALL
    }

    public static TaskScope all() {
        return new TaskScope(Kind.ALL, -1, null, 0);
    }

    public static TaskScope speech(long id) {
        return new TaskScope(Kind.SPEECH, id, null, 0);
    }

    public static TaskScope collection(String name) {
        return new TaskScope(Kind.COLLECTION, -1, name, 0);
    }

    public static TaskScope year(int year) {
        return new TaskScope(Kind.YEAR, -1, null, year);
    }
}
