package jingdu.model;

import java.util.List;

/**
 * A document export as formatted text, for the export dialog to show what the file holds: its paragraphs in
 * order, each with its kind (title, heading level, body) and runs (bold, 楷体). Format-neutral, so any laid-out
 * format (the Word report, a PDF of it) previews through it. {@code total} counts all the document's paragraphs,
 * of which {@code blocks} may hold only the first.
 */
public record DocumentPreview(List<Block> blocks, int total) {

    public enum Kind { TITLE, HEADING_1, HEADING_2, HEADING_3, BODY }

    /** One run of text with its emphasis. */
    public record Run(String text, boolean bold, boolean kai) {
    }

    /** One paragraph of the document. */
    public record Block(Kind kind, boolean centred, List<Run> runs) {

        public Block {
            runs = List.copyOf(runs);
        }

        public String text() {
            StringBuilder b = new StringBuilder();
            runs.forEach(r -> b.append(r.text()));
            return b.toString();
        }
    }

    public DocumentPreview {
        blocks = List.copyOf(blocks);
    }

    /** True when the document has more paragraphs than {@link #blocks} shows. */
    public boolean cut() {
        return total > blocks.size();
    }
}
