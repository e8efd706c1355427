package jingdu.model;

/**
 * How the library pane sorts and narrows the list; null filter fields mean "any". {@code sector} is a
 * sector id of the annotation guide; {@code tag} keeps speeches with a paragraph the user tagged so;
 * {@code year} is the speech's own year where known, else the year it was imported.
 */
public record LibraryFilter(Sort sort, String govLevel, String sector, Level tag, Long collectionId, String year) {

    public static final LibraryFilter ALL = new LibraryFilter(Sort.IMPORTED, null, null, null, null, null);

    public enum Sort { IMPORTED, SPEECH_DATE, TITLE }

    public LibraryFilter withSort(Sort s) {
        return new LibraryFilter(s, govLevel, sector, tag, collectionId, year);
    }

    public LibraryFilter withGovLevel(String v) {
        return new LibraryFilter(sort, v, sector, tag, collectionId, year);
    }

    public LibraryFilter withSector(String v) {
        return new LibraryFilter(sort, govLevel, v, tag, collectionId, year);
    }

    public LibraryFilter withTag(Level v) {
        return new LibraryFilter(sort, govLevel, sector, v, collectionId, year);
    }

    public LibraryFilter withCollection(Long v) {
        return new LibraryFilter(sort, govLevel, sector, tag, v, year);
    }

    public LibraryFilter withYear(String v) {
        return new LibraryFilter(sort, govLevel, sector, tag, collectionId, v);
    }

    /** How many filters are set. */
    public int active() {
        return (govLevel != null ? 1 : 0) + (sector != null ? 1 : 0) + (tag != null ? 1 : 0)
                + (collectionId != null ? 1 : 0) + (year != null ? 1 : 0);
    }

    public boolean narrows() {
        return active() > 0;
    }
}
