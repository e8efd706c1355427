package jingdu.app.search;

import java.time.Instant;

/**
 * One result. [start, end) is what to select when the speech opens: the hit itself for a paragraph,
 * the annotated passage for a note. {@code snippet} is the context around the first hit, one line,
 * with "…" where it is cut; [hitStart, hitEnd) marks the hit inside it.
 */
public record SearchHit(long speechId, String title, Instant importedAt, int paragraph, Long noteId,
                        int start, int end, String snippet, int hitStart, int hitEnd) {

    public boolean isNote() {
        return noteId != null;
    }

    public String hitText() {
        return snippet.substring(hitStart, hitEnd);
    }
}
