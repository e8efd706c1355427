package jingdu.model;

/** A sector term found in the text: [start, end) are String indices, {@code sector} a guide id. */
public record SectorMention(int start, int end, String sector, String term) {
}
