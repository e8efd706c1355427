package jingdu.model;

/**
 * How the library pane sorts and narrows the list; null filter fields mean "any". {@code sector} is a
 * sector id of the annotation guide; {@code tag} keeps speeches with a paragraph the user tagged so.
 */
public record LibraryFilter(Sort sort, String govLevel, String sector, Level tag, Long collectionId) {

    public static final LibraryFilter ALL = new LibraryFilter(Sort.IMPORTED, null, null, null, null);

    public enum Sort { IMPORTED, SPEECH_DATE, TITLE }

    public LibraryFilter withSort(Sort s) {
        return new LibraryFilter(s, govLevel, sector, tag, collectionId);
    }

    public LibraryFilter withGovLevel(String v) {
        return new LibraryFilter(sort, v, sector, tag, collectionId);
    }

    public LibraryFilter withSector(String v) {
        return new LibraryFilter(sort, govLevel, v, tag, collectionId);
    }

    public LibraryFilter withTag(Level v) {
        return new LibraryFilter(sort, govLevel, sector, v, collectionId);
    }

    public LibraryFilter withCollection(Long v) {
        return new LibraryFilter(sort, govLevel, sector, tag, v);
    }

    public boolean narrows() {
        return govLevel != null || sector != null || tag != null || collectionId != null;
    }
}
