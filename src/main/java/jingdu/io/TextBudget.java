package jingdu.io;

/**
 * Collects paragraphs, one per line, and refuses a document once its text passes {@link #MAX_CHARS}
 * (ten times the longest speech), so a small file that expands into endless text cannot fill the memory.
 */
public final class TextBudget {

    public static final int MAX_CHARS = 3_000_000;

    private final StringBuilder text = new StringBuilder();
    private final String name;

    public TextBudget(String name) {
        this.name = name;
    }

    /** Adds one paragraph (blank ones are skipped; inner line breaks become spaces). */
    public void paragraph(CharSequence paragraph) throws ImportException {
        String p = paragraph.toString().replaceAll("[\\r\\n\\u000B\\u2028\\u2029]+", " ").strip();
        if (p.isEmpty()) {
            return;
        }
        if (text.length() + p.length() + 1 > MAX_CHARS) {
            throw new ImportException("importer.error.tooMuchText", name, MAX_CHARS);
        }
        if (!text.isEmpty()) {
            text.append('\n');
        }
        text.append(p);
    }

    public String text() {
        return text.toString();
    }
}
