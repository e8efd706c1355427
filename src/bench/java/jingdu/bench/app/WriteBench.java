package jingdu.bench.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;

import org.sqlite.SQLiteConfig;

import jingdu.analysis.Analyzer;
import jingdu.app.annotate.AnnotationException;
import jingdu.app.annotate.Annotator;
import jingdu.app.Library;
import jingdu.i18n.I18n;
import jingdu.model.Level;
import jingdu.model.Note;
import jingdu.model.Speech;
import jingdu.model.Tag;
import jingdu.model.TagPalette;
import jingdu.store.SearchGrams;

/**
 * Write speed as the user feels it: a tag or note write is acknowledged when the {@link Annotator} call
 * the window makes has returned, i.e. after COMMIT (WAL, synchronous=FULL: on disk). On a generated
 * library (built once per size and reused), it times paragraph tag toggles (a level and a user tag),
 * passage notes added and notes edited, at random speeches and paragraphs (fixed seed), interleaved
 * with the raw floor measured on the same file in the same run: a bare single-row INSERT + COMMIT and
 * a bare FTS5 insert + COMMIT on their own sqlite-jdbc connection with the pragmas of the library.
 */
public final class WriteBench {

    /** The aim: an acknowledged write within 10 ms at the 99th percentile. */
    public static final double AIM_P99_MS = 10.0;
    public static final int DEFAULT_WRITES = 1000;
    static final String USER_TAG = "写入测试";
    private static final long SEED = 8L;

    /** Everything one run measured; {@link #rows()} is the speed table's view of it. */
    public record Figures(Path file, int speeches, boolean reused, double buildSeconds, int warmUp,
                          Timings levelTag, Timings userTag, Timings noteAdd, Timings noteEdit,
                          Timings bareInsert, Timings bareFts) {

        public List<BenchRow> rows() {
            String size = String.format(Locale.ROOT, " (%,d speeches)", speeches);
            String insert = "INSERT+COMMIT " + brief(bareInsert);
            String fts = insert + "; FTS5 insert+COMMIT p99 " + ms(bareFts.p99());
            return List.of(
                    row("tag toggle, level" + size, levelTag, insert),
                    row("tag toggle, user tag" + size, userTag, insert),
                    row("passage note added" + size, noteAdd, fts),
                    row("note edited" + size, noteEdit, fts));
        }

        private static BenchRow row(String measure, Timings t, String raw) {
            return new BenchRow(measure, brief(t) + " max " + ms(t.max()), raw,
                    "p99 <= " + ms(AIM_P99_MS), t.p99() <= AIM_P99_MS);
        }

        private static String brief(Timings t) {
            return String.format(Locale.ROOT, "p50 %.1f p95 %.1f p99 %.1f", t.p50(), t.p95(), t.p99());
        }

        private static String ms(double v) {
            return String.format(Locale.ROOT, "%.1f ms", v);
        }
    }

    private WriteBench() {
    }

    /** {@link #DEFAULT_WRITES} writes of each kind on a library of {@code speeches} kept in {@code workDir}. */
    public static List<BenchRow> run(Path corpus, int speeches, Path workDir, Consumer<String> log) throws IOException {
        List<BenchRow> rows = measure(corpus, speeches, DEFAULT_WRITES, workDir, log).rows();
        rows.forEach(r -> log.accept(r.format()));
        return rows;
    }

    /**
     * Builds {@code workDir/write-bench-N.db} from the corpus unless it is there already (then reuses it:
     * the writes of earlier runs stay in it, as in a library in use), then times {@code writes} writes
     * of each kind after a short untimed warm-up.
     */
    public static Figures measure(Path corpus, int speeches, int writes, Path workDir, Consumer<String> log)
            throws IOException {
        if (speeches < 1 || writes < 1) {
            throw new IllegalArgumentException("speeches and writes must be positive");
        }
        Files.createDirectories(workDir);
        Path file = workDir.resolve("write-bench-" + speeches + ".db");
        boolean reused = Files.exists(file);
        try (Library library = Library.open(file)) {
            double buildSeconds = 0;
            if (reused) {
                int have = count(library, "SELECT count(*) FROM speech");
                if (have != speeches) {
                    throw new IOException(file + " holds " + have + " speeches, not " + speeches + "; delete it to rebuild");
                }
                log.accept("library  reusing " + file);
            } else {
                log.accept("library  building " + speeches + " speeches into " + file);
                long t0 = System.nanoTime();
                LibraryGenerator.fromCorpus(corpus, new Analyzer()).generate(library, speeches);
                buildSeconds = (System.nanoTime() - t0) / 1e9;
            }
            log.accept(String.format(Locale.ROOT, "library  speeches=%d  paragraphs=%d  notes=%d  build=%.1f s  file=%.0f MB",
                    speeches, count(library, "SELECT count(*) FROM search_doc WHERE note_id IS NULL"),
                    count(library, "SELECT count(*) FROM note"), buildSeconds, Files.size(file) / 1e6));
            log.accept("machine  " + Runtime.getRuntime().availableProcessors()
                    + " cores, shared with other work: figures are what this run saw, not a lab measurement");
            Figures f = new Run(library, writes).time(file, speeches, reused, buildSeconds);
            log.accept("tag toggle, level     " + f.levelTag());
            log.accept("tag toggle, user tag  " + f.userTag());
            log.accept("passage note added    " + f.noteAdd());
            log.accept("note edited           " + f.noteEdit());
            log.accept("raw INSERT+COMMIT     " + f.bareInsert());
            log.accept("raw FTS5 insert+COMMIT " + f.bareFts());
            return f;
        } catch (SQLException e) {
            throw new IOException("write bench on " + file + ": " + e.getMessage(), e);
        }
    }

    /** One timed run: the app's writes and the raw ones, interleaved so both see the same disk and load. */
    private static final class Run {

        private final Library library;
        private final Annotator annotator;
        private final int writes;
        private final int warmUp;
        private final Random random = new Random(SEED);
        private final long[] ids;
        private final int[] paragraphCounts;
        private final List<Note> notes = new ArrayList<>();

        Run(Library library, int writes) {
            this.library = library;
            this.annotator = new Annotator(library, new I18n(Locale.SIMPLIFIED_CHINESE));
            this.writes = writes;
            this.warmUp = Math.max(1, Math.min(20, writes / 10));
            List<long[]> rows = library.database().read(c -> {
                List<long[]> out = new ArrayList<>();
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT id, paragraph_count FROM speech WHERE deleted_at IS NULL ORDER BY id")) {
                    while (rs.next()) {
                        out.add(new long[] {rs.getLong(1), rs.getInt(2)});
                    }
                }
                return out;
            });
            ids = rows.stream().mapToLong(r -> r[0]).toArray();
            paragraphCounts = rows.stream().mapToInt(r -> (int) r[1]).toArray();
        }

        Figures time(Path file, int speeches, boolean reused, double buildSeconds) throws SQLException {
            String userTag = userTag();
            int n = warmUp + writes;
            long[] level = new long[n];
            long[] user = new long[n];
            long[] noteAdd = new long[n];
            long[] noteEdit = new long[n];
            long[] bare = new long[n];
            long[] bareFts = new long[n];
            try (Raw raw = new Raw(file)) {
                for (int i = 0; i < n; i++) {
                    level[i] = toggle(Level.values()[random.nextInt(3)].id());
                    user[i] = toggle(userTag);
                    noteAdd[i] = addNote(i);
                    noteEdit[i] = editNote(i);
                    bare[i] = raw.insert("写入基准" + i);
                    bareFts[i] = raw.ftsInsert(notes.get(notes.size() - 1).body());
                }
            }
            return new Figures(file, speeches, reused, buildSeconds, warmUp, timed(level), timed(user), timed(noteAdd),
                    timed(noteEdit), timed(bare), timed(bareFts));
        }

        private Timings timed(long[] nanos) {
            return Timings.ofNanos(java.util.Arrays.copyOfRange(nanos, warmUp, nanos.length));
        }

        /** The bench's user tag, added (undoably, as the tag manager does) on first use. */
        private String userTag() {
            for (Tag t : annotator.tags().all()) {
                if (USER_TAG.equals(t.name())) {
                    return t.id();
                }
            }
            try {
                return annotator.addTag(USER_TAG, null).id();
            } catch (AnnotationException e) {
                throw new IllegalStateException(e);
            }
        }

        private long toggle(String tagId) {
            int s = random.nextInt(ids.length);
            List<Integer> paragraph = List.of(random.nextInt(paragraphCounts[s]));
            long t0 = System.nanoTime();
            try {
                annotator.toggleParagraphTag(ids[s], paragraph, tagId);
            } catch (AnnotationException e) {
                throw new IllegalStateException(e);
            }
            return System.nanoTime() - t0;
        }

        /** A note on a few characters inside one paragraph, its body a sentence-sized piece of another. */
        private long addNote(int i) {
            int s = random.nextInt(ids.length);
            // the window has the speech open already: reading it is not part of the write
            Speech speech = library.find(ids[s]).orElseThrow();
            String[] lines = speech.text().split("\n", -1);
            int p = 1 + random.nextInt(lines.length - 1);
            int lineStart = 0;
            for (int k = 0; k < p; k++) {
                lineStart += lines[k].length() + 1;
            }
            int from = random.nextInt(Math.max(1, lines[p].length() - 1));
            int to = Math.min(lines[p].length(), from + 2 + random.nextInt(30));
            String other = lines[1 + random.nextInt(lines.length - 1)];
            String body = "批注" + i + "：" + other.substring(0, Math.min(other.length(), 20 + random.nextInt(60)));
            String colour = random.nextInt(4) == 0 ? TagPalette.KEYS.get(random.nextInt(TagPalette.KEYS.size())) : null;
            long t0 = System.nanoTime();
            Note note;
            try {
                note = annotator.addPassageNote(ids[s], lineStart + from, lineStart + to, body, colour);
            } catch (AnnotationException e) {
                throw new IllegalStateException(e);
            }
            long took = System.nanoTime() - t0;
            notes.add(note);
            return took;
        }

        private long editNote(int i) {
            int k = random.nextInt(notes.size());
            Note before = notes.get(k);
            String body = before.body() + "（修改" + i + "）";
            long t0 = System.nanoTime();
            Note after;
            try {
                after = annotator.editNote(before, body, before.colour());
            } catch (AnnotationException e) {
                throw new IllegalStateException(e);
            }
            long took = System.nanoTime() - t0;
            notes.set(k, after);
            return took;
        }
    }

    /**
     * The floor: sqlite-jdbc on its own connection to the same file, with the library's pragmas
     * (WAL is kept in the file; synchronous=FULL, IMMEDIATE transactions), one row per transaction,
     * opened and closed the way {@code Database.inTransaction} does.
     */
    private static final class Raw implements AutoCloseable {

        private final Connection c;
        private final PreparedStatement insert;
        private final PreparedStatement fts;

        Raw(Path file) throws SQLException {
            SQLiteConfig config = new SQLiteConfig();
            config.enforceForeignKeys(true);
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
            config.setBusyTimeout(5000);
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS bench_write_floor(id INTEGER PRIMARY KEY, body TEXT NOT NULL)");
                // the same kind of table as the library's bigram index (search_bi), on its own
                s.execute("CREATE VIRTUAL TABLE IF NOT EXISTS bench_write_fts"
                        + " USING fts5(grams, content='', contentless_delete=1, tokenize='ascii')");
            }
            insert = c.prepareStatement("INSERT INTO bench_write_floor(body) VALUES (?)");
            fts = c.prepareStatement("INSERT INTO bench_write_fts(grams) VALUES (?)");
        }

        long insert(String body) throws SQLException {
            return timed(insert, body);
        }

        long ftsInsert(String text) throws SQLException {
            return timed(fts, SearchGrams.bigrams(text));
        }

        private long timed(PreparedStatement ps, String value) throws SQLException {
            long t0 = System.nanoTime();
            c.setAutoCommit(false);
            ps.setString(1, value);
            ps.executeUpdate();
            c.commit();
            c.setAutoCommit(true);
            return System.nanoTime() - t0;
        }

        @Override
        public void close() throws SQLException {
            insert.close();
            fts.close();
            c.close();
        }
    }

    private static int count(Library library, String sql) {
        return library.database().read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }
}
