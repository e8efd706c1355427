package jingdu.model;

import java.util.List;

/**
 * 摘编: what leaders said on a theme, gathered from many speeches. {@code themes} in the order the user asked
 * for them (each tag, level, sector or query that selected excerpts); within a theme, excerpts grouped by the
 * speech's date (oldest first, undated last); an excerpt said in near-identical words in several speeches is
 * one excerpt with every source.
 */
public record Compilation(String title, List<Theme> themes) {

    public Compilation {
        themes = List.copyOf(themes);
    }

    /** How many excerpts, over every theme. */
    public int excerpts() {
        return themes.stream().mapToInt(Theme::excerpts).sum();
    }

    public boolean isEmpty() {
        return excerpts() == 0;
    }

    /** What selected the excerpts: a tag, a level, a sector or a query; {@code label} as the user reads it. */
    public enum Kind { TAG, LEVEL, SECTOR, QUERY }

    /** One theme's excerpts, by date. */
    public record Theme(Kind kind, String key, String label, List<DateGroup> dates) {
        public Theme {
            dates = List.copyOf(dates);
        }

        public int excerpts() {
            return dates.stream().mapToInt(d -> d.excerpts().size()).sum();
        }
    }

    /** Excerpts of speeches of one date ({@code date} ISO-like as in {@link SpeechMeta#date()}; null: unknown). */
    public record DateGroup(String date, List<Excerpt> excerpts) {
        public DateGroup {
            excerpts = List.copyOf(excerpts);
        }
    }

    /** The words, and every place they were said (the first the earliest). */
    public record Excerpt(String text, List<Source> sources) {
        public Excerpt {
            sources = List.copyOf(sources);
        }
    }

    /**
     * Where an excerpt stands: the speech, its speaker and date (null when not recorded), the paragraph (from 0)
     * and [start, end) in the speech's text.
     */
    public record Source(long speechId, String title, String speaker, String date, int paragraph, int start, int end) {
    }
}
