package jingdu.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jingdu.model.DuePeriod;
import jingdu.model.Level;
import jingdu.model.Strength;
import jingdu.model.Task;
import jingdu.model.TaskEntry;
import jingdu.model.TaskFacts;
import jingdu.model.TaskProgress;
import jingdu.model.TaskScope;
import jingdu.model.TaskState;
import jingdu.model.TaskStatus;
import jingdu.model.Unit;

/**
 * The SQL of the task board's tables ({@code task}, {@code task_partner}, {@code task_progress},
 * {@code task_source}, {@code unit}, {@code due_period}), for {@link AnnotationTx} (the user's undoable edits)
 * and {@link TaskRepository} (reads, units, periods, bringing tasks up to date).
 */
final class TaskRows {

    private static final String COLUMNS = "t.id, t.speech_id, t.start_offset, t.end_offset, t.quote, t.paragraph, "
            + "t.strength, t.sectors, t.levels, t.levels_suggested, t.actor, t.deadline, t.in_text, t.lead_unit_id, "
            + "t.due_date, t.status, (SELECT group_concat(unit_id) FROM task_partner WHERE task_id = t.id)";

    private TaskRows() {
    }

    // ---- reading tasks ----------------------------------------------------------------------------

    static List<Task> forSpeech(Connection c, long speechId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                + " FROM task t WHERE t.speech_id = ? ORDER BY t.start_offset, t.id")) {
            ps.setLong(1, speechId);
            List<Task> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(task(rs));
                }
            }
            return out;
        }
    }

    static Optional<Task> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM task t WHERE t.id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(task(rs)) : Optional.empty();
            }
        }
    }

    /**
     * The scope's tasks with their speech and newest progress, speeches in the trash left out, in text order.
     * Partners and progress are gathered once per table (grouped, and numbered newest first), not looked up per
     * task; a task's short fields come packed in one column and its speech's once per speech, since each column
     * read is a call into SQLite: 40,000 tasks are read in a fifth of the time field by field would take.
     */
    static List<TaskEntry> board(Connection c, TaskScope scope) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(boardSql(scopeCondition(scope, "t.speech_id")))) {
            bindScope(ps, scope, 1);
            return entries(ps);
        }
    }

    /** The board's entries of these tasks (those of live speeches; the others are gone from the board). */
    static List<TaskEntry> entries(Connection c, java.util.Collection<Long> taskIds) throws SQLException {
        List<TaskEntry> out = new ArrayList<>();
        List<Long> ids = List.copyOf(taskIds);
        for (int from = 0; from < ids.size(); from += 500) { // SQLite binds at most 999 parameters by default
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + 500));
            String marks = String.join(",", java.util.Collections.nCopies(part.size(), "?"));
            try (PreparedStatement ps = c.prepareStatement(boardSql(" AND t.id IN (" + marks + ")"))) {
                for (int i = 0; i < part.size(); i++) {
                    ps.setLong(i + 1, part.get(i));
                }
                out.addAll(entries(ps));
            }
        }
        return out;
    }

    /** How many tasks the board has: those of speeches not in the trash. */
    static int boardSize(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT count(*) FROM task t JOIN speech s ON s.id = t.speech_id WHERE s.deleted_at IS NULL")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** The newest entry of the task touch log (0 when empty). */
    static long lastTouch(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT coalesce(max(seq), 0) FROM task_touch")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /**
     * The tasks touched after {@code since}, up to {@code upTo}; null when the log no longer reaches back to
     * {@code since} (pruned, or the file was replaced by an older one), so the reader must read everything.
     */
    static java.util.Set<Long> touchedBetween(Connection c, long since, long upTo) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT min(seq) FROM task_touch")) {
            try (ResultSet rs = ps.executeQuery()) {
                long oldest = rs.next() ? rs.getLong(1) : 0;
                if (upTo < since || oldest > since + 1 && upTo > since) {
                    return null;
                }
            }
        }
        java.util.Set<Long> out = new java.util.HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT task_id FROM task_touch WHERE seq > ? AND seq <= ?")) {
            ps.setLong(1, since);
            ps.setLong(2, upTo);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }

    private static String boardSql(String condition) {
        String sep = " || char(31) || ";
        String sql = "SELECT t.id" + sep + "t.speech_id" + sep + "t.start_offset" + sep + "t.end_offset" + sep + "t.paragraph"
                + sep + "coalesce(t.strength, '')" + sep + "t.sectors" + sep + "t.levels" + sep + "t.levels_suggested" + sep
                + "t.in_text" + sep + "coalesce(t.lead_unit_id, '')" + sep + "coalesce(t.due_date, '')" + sep + "t.status"
                + sep + "coalesce(pp.partners, '')" + sep + "coalesce(p.n, 0), "
                + "t.quote, t.actor, t.deadline, s.title, s.speech_date, s.speaker, p.id, p.written_at, p.author, p.body "
                + "FROM task t JOIN speech s ON s.id = t.speech_id "
                + "LEFT JOIN (SELECT task_id, group_concat(unit_id) AS partners FROM task_partner GROUP BY task_id) pp "
                + "ON pp.task_id = t.id "
                + "LEFT JOIN (SELECT id, task_id, written_at, author, body, count(*) OVER (PARTITION BY task_id) AS n, "
                + "row_number() OVER (PARTITION BY task_id ORDER BY written_at DESC, id DESC) AS k FROM task_progress) p "
                + "ON p.task_id = t.id AND p.k = 1 "
                + "WHERE s.deleted_at IS NULL" + condition
                + " ORDER BY t.speech_id, t.start_offset, t.id";
        return sql;
    }

    private static List<TaskEntry> entries(PreparedStatement ps) throws SQLException {
        List<TaskEntry> out = new ArrayList<>();
        long speech = -1;
        String title = null;
        String date = null;
        String speaker = null;
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String[] f = rs.getString(1).split("\u001f", -1);
                long speechId = Long.parseLong(f[1]);
                String due = f[11];
                TaskState state = new TaskState(f[10].isEmpty() ? null : Long.valueOf(f[10]), ids(f[13]),
                        due.isEmpty() ? null : LocalDate.parse(due), TaskStatus.fromId(f[12]).orElse(TaskStatus.NOT_STARTED));
                Task t = new Task(Long.parseLong(f[0]), speechId, Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                        rs.getString(2), Integer.parseInt(f[4]), f[5].isEmpty() ? null : Strength.fromId(f[5]).orElse(null),
                        split(f[6]), split(f[7]).stream().map(Level::fromId).flatMap(Optional::stream).toList(),
                        f[8].equals("1"), rs.getString(3), rs.getString(4), f[9].equals("1"), state);
                if (speechId != speech) { // rows come by speech: its columns are read once, not per task
                    speech = speechId;
                    title = rs.getString(5);
                    date = rs.getString(6);
                    speaker = rs.getString(7);
                }
                long progressId = rs.getLong(8);
                TaskProgress latest = rs.wasNull() ? null
                        : new TaskProgress(progressId, t.id(), Instant.parse(rs.getString(9)), rs.getString(10),
                                rs.getString(11));
                out.add(new TaskEntry(t, title, date, speaker, latest, Integer.parseInt(f[14])));
            }
        }
        return out;
    }

    /** The live speeches in the scope, by id. */
    /** The scope's dated status changes and progress entries, oldest first (for the 统计 view). */
    static List<jingdu.model.TaskEvent> events(Connection c, TaskScope scope) throws SQLException {
        String sql = "SELECT e.task_id, e.status, e.changed_at FROM task_status_change e JOIN task t ON t.id = e.task_id "
                + "JOIN speech s ON s.id = t.speech_id WHERE s.deleted_at IS NULL" + scopeCondition(scope, "t.speech_id")
                + " UNION ALL SELECT p.task_id, NULL, p.written_at FROM task_progress p JOIN task t ON t.id = p.task_id "
                + "JOIN speech s ON s.id = t.speech_id WHERE s.deleted_at IS NULL" + scopeCondition(scope, "t.speech_id")
                + " ORDER BY 3, 1";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int next = bindScope(ps, scope, 1);
            bindScope(ps, scope, next);
            List<jingdu.model.TaskEvent> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String status = rs.getString(2);
                    out.add(new jingdu.model.TaskEvent(rs.getLong(1),
                            status == null ? null : TaskStatus.fromId(status).orElse(TaskStatus.NOT_STARTED),
                            Instant.parse(rs.getString(3))));
                }
            }
            return out;
        }
    }

    static List<Long> speechesIn(Connection c, TaskScope scope) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT s.id FROM speech s WHERE s.deleted_at IS NULL"
                + scopeCondition(scope, "s.id") + " ORDER BY s.id")) {
            bindScope(ps, scope, 1);
            List<Long> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
            return out;
        }
    }

    private static String scopeCondition(TaskScope scope, String speechColumn) {
        return switch (scope.kind()) {
            case ALL -> "";
            case SPEECH -> " AND " + speechColumn + " = ?";
            case COLLECTION -> " AND " + speechColumn + " IN (SELECT sc.speech_id FROM speech_collection sc "
                    + "JOIN collection k ON k.id = sc.collection_id WHERE k.name = ?)";
            case YEAR -> " AND " + speechColumn + " IN (SELECT id FROM speech WHERE substr(speech_date, 1, 4) = ?)";
        };
    }

    /** Binds the scope's parameter (if it has one) at {@code index}; returns the next free index. */
    private static int bindScope(PreparedStatement ps, TaskScope scope, int index) throws SQLException {
        switch (scope.kind()) {
            case SPEECH -> ps.setLong(index, scope.speechId());
            case COLLECTION -> ps.setString(index, scope.collection());
            case YEAR -> ps.setString(index, String.format("%04d", scope.year()));
            case ALL -> {
                return index;
            }
        }
        return index + 1;
    }

    private static Task task(ResultSet rs) throws SQLException {
        String strength = rs.getString(7);
        long lead = rs.getLong(14);
        Long leadId = rs.wasNull() ? null : lead;
        String due = rs.getString(15);
        TaskState state = new TaskState(leadId, ids(rs.getString(17)), due == null ? null : LocalDate.parse(due),
                TaskStatus.fromId(rs.getString(16)).orElse(TaskStatus.NOT_STARTED));
        return new Task(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getString(5), rs.getInt(6),
                strength == null ? null : Strength.fromId(strength).orElse(null), split(rs.getString(8)),
                split(rs.getString(9)).stream().map(Level::fromId).flatMap(Optional::stream).toList(),
                rs.getInt(10) == 1, rs.getString(11), rs.getString(12), rs.getInt(13) == 1, state);
    }

    private static List<Long> ids(String joined) {
        return joined == null || joined.isEmpty() ? List.of()
                : Arrays.stream(joined.split(",")).map(Long::parseLong).toList();
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(","));
    }

    // ---- bringing a speech's tasks up to date -----------------------------------------------------------

    /** The fingerprint of the inputs each speech's tasks were made from; absent for speeches never made. */
    static Map<Long, String> fingerprints(Connection c) throws SQLException {
        Map<Long, String> out = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT speech_id, fingerprint FROM task_source")) {
            while (rs.next()) {
                out.put(rs.getLong(1), rs.getString(2));
            }
        }
        return out;
    }

    /**
     * What a speech's tasks depend on, as one string per speech: its text's hash, its corrections and its
     * paragraph level tags (the ledger's levels). Read for every speech in two queries, so checking a large
     * library costs little.
     */
    static Map<Long, String> inputs(Connection c, List<Long> speechIds) throws SQLException {
        Map<Long, StringBuilder> out = new HashMap<>();
        for (long id : speechIds) {
            out.put(id, new StringBuilder());
        }
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, text_sha256 FROM speech WHERE deleted_at IS NULL")) {
            while (rs.next()) {
                StringBuilder b = out.get(rs.getLong(1));
                if (b != null) {
                    b.append(rs.getString(2)).append('|');
                }
            }
        }
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT speech_id, id, kind, start_offset, end_offset, value FROM correction "
                     + "ORDER BY speech_id, id")) {
            while (rs.next()) {
                StringBuilder b = out.get(rs.getLong(1));
                if (b != null) {
                    b.append('c').append(rs.getLong(2)).append(rs.getString(3)).append(rs.getInt(4)).append('-')
                            .append(rs.getInt(5)).append('=').append(rs.getString(6)).append(';');
                }
            }
        }
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT speech_id, paragraph, level FROM paragraph_tag "
                     + "ORDER BY speech_id, paragraph, level")) {
            while (rs.next()) {
                StringBuilder b = out.get(rs.getLong(1));
                if (b != null) {
                    b.append('p').append(rs.getInt(2)).append(rs.getString(3)).append(';');
                }
            }
        }
        Map<Long, String> result = new HashMap<>();
        out.forEach((id, b) -> result.put(id, b.toString()));
        return result;
    }

    static void setFingerprint(Connection c, long speechId, String fingerprint) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO task_source(speech_id, fingerprint) VALUES (?, ?) "
                        + "ON CONFLICT(speech_id) DO UPDATE SET fingerprint = excluded.fingerprint")) {
            ps.setLong(1, speechId);
            ps.setString(2, fingerprint);
            ps.executeUpdate();
        }
    }

    static long insertTask(Connection c, long speechId, TaskFacts f) throws SQLException {
        Utf8Guard.check("task quote", f.quote());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO task(speech_id, start_offset, end_offset, quote, "
                + "paragraph, strength, sectors, levels, levels_suggested, actor, deadline, in_text) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,1)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, speechId);
            bindFacts(ps, f, 2);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static void updateFacts(Connection c, long taskId, TaskFacts f) throws SQLException {
        Utf8Guard.check("task quote", f.quote());
        try (PreparedStatement ps = c.prepareStatement("UPDATE task SET start_offset = ?, end_offset = ?, quote = ?, "
                + "paragraph = ?, strength = ?, sectors = ?, levels = ?, levels_suggested = ?, actor = ?, deadline = ?, "
                + "in_text = 1 WHERE id = ?")) {
            bindFacts(ps, f, 1);
            ps.setLong(11, taskId);
            ps.executeUpdate();
        }
    }

    private static void bindFacts(PreparedStatement ps, TaskFacts f, int i) throws SQLException {
        ps.setInt(i, f.start());
        ps.setInt(i + 1, f.end());
        ps.setString(i + 2, f.quote());
        ps.setInt(i + 3, f.paragraph());
        ps.setString(i + 4, f.strength() == null ? null : f.strength().id());
        ps.setString(i + 5, String.join(",", f.sectors()));
        ps.setString(i + 6, String.join(",", f.levels().stream().map(Level::id).toList()));
        ps.setInt(i + 7, f.levelsSuggested() ? 1 : 0);
        ps.setString(i + 8, f.actor());
        ps.setString(i + 9, f.deadline());
    }

    /** A task the analysis no longer marks, kept because the user worked on it. */
    static void markGone(Connection c, long taskId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE task SET in_text = 0 WHERE id = ?")) {
            ps.setLong(1, taskId);
            ps.executeUpdate();
        }
    }

    static void forgetSource(Connection c, long speechId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM task_source WHERE speech_id = ?")) {
            ps.setLong(1, speechId);
            ps.executeUpdate();
        }
    }

    static void deleteTask(Connection c, long taskId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM task WHERE id = ?")) {
            ps.setLong(1, taskId);
            ps.executeUpdate();
        }
    }

    /** Task id → how many progress entries it has, for the speech's tasks that have any. */
    static Map<Long, Integer> progressCounts(Connection c, long speechId) throws SQLException {
        Map<Long, Integer> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT p.task_id, count(*) FROM task_progress p "
                + "JOIN task t ON t.id = p.task_id WHERE t.speech_id = ? GROUP BY p.task_id")) {
            ps.setLong(1, speechId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getInt(2));
                }
            }
        }
        return out;
    }

    // ---- the user's decisions -----------------------------------------------------------------------

    static void setState(Connection c, long taskId, TaskState s) throws SQLException {
        String before = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT status FROM task WHERE id = ?")) {
            ps.setLong(1, taskId);
            try (ResultSet rs = ps.executeQuery()) {
                before = rs.next() ? rs.getString(1) : null;
            }
        }
        if (before != null && !before.equals(s.status().id())) {
            // dated, so the 统计 view can tell when tasks moved (an undo is a change too, dated when undone)
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO task_status_change(task_id, status, changed_at) VALUES (?, ?, ?)")) {
                ps.setLong(1, taskId);
                ps.setString(2, s.status().id());
                ps.setString(3, java.time.Instant.now().toString());
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE task SET lead_unit_id = ?, due_date = ?, status = ? WHERE id = ?")) {
            if (s.leadUnitId() == null) {
                ps.setNull(1, Types.INTEGER);
            } else {
                ps.setLong(1, s.leadUnitId());
            }
            ps.setString(2, s.due() == null ? null : s.due().toString());
            ps.setString(3, s.status().id());
            ps.setLong(4, taskId);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("no task " + taskId);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM task_partner WHERE task_id = ?")) {
            ps.setLong(1, taskId);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO task_partner(task_id, unit_id) VALUES (?, ?)")) {
            for (long unit : s.partnerIds()) {
                ps.setLong(1, taskId);
                ps.setLong(2, unit);
                ps.executeUpdate();
            }
        }
    }

    static List<TaskProgress> progress(Connection c, long taskId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, task_id, written_at, author, body FROM task_progress "
                + "WHERE task_id = ? ORDER BY written_at DESC, id DESC")) {
            ps.setLong(1, taskId);
            List<TaskProgress> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new TaskProgress(rs.getLong(1), rs.getLong(2), Instant.parse(rs.getString(3)),
                            rs.getString(4), rs.getString(5)));
                }
            }
            return out;
        }
    }

    static long insertProgress(Connection c, TaskProgress p) throws SQLException {
        Utf8Guard.check("progress", p.body());
        Utf8Guard.check("progress author", p.author());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO task_progress(id, task_id, written_at, author, body) "
                + "VALUES (?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
            if (p.id() > 0) {
                ps.setLong(1, p.id()); // a redo puts the entry back under its old id
            } else {
                ps.setNull(1, Types.INTEGER);
            }
            ps.setLong(2, p.taskId());
            ps.setString(3, p.writtenAt().toString());
            ps.setString(4, p.author());
            ps.setString(5, p.body());
            ps.executeUpdate();
            if (p.id() > 0) {
                return p.id();
            }
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static void deleteProgress(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM task_progress WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    // ---- units ------------------------------------------------------------------------------------------

    static List<Unit> units(Connection c) throws SQLException {
        List<Unit> out = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, name, aliases, is_group FROM unit ORDER BY name")) {
            while (rs.next()) {
                String aliases = rs.getString(3);
                out.add(new Unit(rs.getLong(1), rs.getString(2),
                        aliases.isEmpty() ? List.of() : List.of(aliases.split("\n")), rs.getInt(4) == 1));
            }
        }
        return out;
    }

    static long insertUnit(Connection c, Unit u) throws SQLException {
        Utf8Guard.check("unit", u.name());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO unit(id, name, aliases, is_group) VALUES (?,?,?,?)",
                Statement.RETURN_GENERATED_KEYS)) {
            if (u.id() > 0) {
                ps.setLong(1, u.id());
            } else {
                ps.setNull(1, Types.INTEGER);
            }
            ps.setString(2, u.name());
            ps.setString(3, String.join("\n", u.aliases()));
            ps.setInt(4, u.group() ? 1 : 0);
            ps.executeUpdate();
            if (u.id() > 0) {
                return u.id();
            }
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static void updateUnit(Connection c, Unit u) throws SQLException {
        Utf8Guard.check("unit", u.name());
        try (PreparedStatement ps = c.prepareStatement("UPDATE unit SET name = ?, aliases = ?, is_group = ? WHERE id = ?")) {
            ps.setString(1, u.name());
            ps.setString(2, String.join("\n", u.aliases()));
            ps.setInt(3, u.group() ? 1 : 0);
            ps.setLong(4, u.id());
            ps.executeUpdate();
        }
    }

    static void deleteUnit(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM unit WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    /** How many tasks name the unit as lead or partner. */
    static int unitUse(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT (SELECT count(*) FROM task WHERE lead_unit_id = ?) "
                + "+ (SELECT count(*) FROM task_partner WHERE unit_id = ?)")) {
            ps.setLong(1, id);
            ps.setLong(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    // ---- named periods ----------------------------------------------------------------------------------

    /** The user's periods, in the order saved; empty until the user changes the defaults. */
    static List<DuePeriod> periods(Connection c) throws SQLException {
        List<DuePeriod> out = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name, start_md, end_md FROM due_period ORDER BY rowid")) {
            while (rs.next()) {
                out.add(new DuePeriod(rs.getString(1), MonthDay.parse(rs.getString(2)), MonthDay.parse(rs.getString(3))));
            }
        }
        return out;
    }

    static void replacePeriods(Connection c, List<DuePeriod> periods) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM due_period");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO due_period(name, start_md, end_md) VALUES (?,?,?)")) {
            for (DuePeriod p : periods) {
                Utf8Guard.check("period", p.name());
                ps.setString(1, p.name());
                ps.setString(2, p.start().toString());
                ps.setString(3, p.end().toString());
                ps.executeUpdate();
            }
        }
    }
}
