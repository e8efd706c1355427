package jingdu.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jingdu.model.TaskScope;
import jingdu.model.TaskState;
import jingdu.model.TaskStatus;

/**
 * Issue 20's step: a library of the previous version (no dated status changes) opens with its tasks intact and
 * gains the table; from then on a change of status — and only of status — is written with its time.
 */
class TaskStatusChangeMigrationTest {

    @TempDir
    Path dir;

    @Test
    void aPreviousVersionLibraryGainsDatedStatusChanges() throws Exception {
        Path file = dir.resolve("old.db");
        try (Database db = Database.open(file)) {
            db.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    // the file as the previous version left it
                    s.execute("DROP TABLE task_status_change");
                    s.execute("INSERT INTO speech(id, title, source_name, text, imported_at, paragraph_count) "
                            + "VALUES (1, '讲话', 'a.txt', '讲话\n各乡镇要抓好落实。', '2025-01-01T00:00:00Z', 2)");
                    s.execute("INSERT INTO task(id, speech_id, start_offset, end_offset, quote, paragraph, status) "
                            + "VALUES (5, 1, 3, 12, '各乡镇要抓好落实。', 1, 'done')");
                    s.execute("PRAGMA user_version = " + (Migrations.LATEST - 1));
                }
                return null;
            });
        }
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.LATEST);
            assertThat(db.tables()).contains("task_status_change");
            TaskRepository tasks = new TaskRepository(db);
            assertThat(tasks.find(5)).hasValueSatisfying(t -> assertThat(t.state().status()).isEqualTo(TaskStatus.DONE));
            assertThat(tasks.events(TaskScope.all())).isEmpty(); // changed before: no date to show

            Instant before = Instant.now();
            TaskState done = tasks.find(5).orElseThrow().state();
            db.inTransaction(c -> {
                TaskRows.setState(c, 5, done.withLead(null).withDue(java.time.LocalDate.of(2025, 6, 30))); // not a status
                TaskRows.setState(c, 5, done.withStatus(TaskStatus.IN_PROGRESS));
                TaskRows.setState(c, 5, done.withStatus(TaskStatus.IN_PROGRESS)); // the same again: nothing new
                return null;
            });
            var events = tasks.events(TaskScope.all());
            assertThat(events).singleElement().satisfies(e -> {
                assertThat(e.taskId()).isEqualTo(5);
                assertThat(e.status()).isEqualTo(TaskStatus.IN_PROGRESS);
                assertThat(e.at()).isBetween(before.minusSeconds(1), Instant.now());
            });
            List<String> rows = new ArrayList<>();
            db.read(c -> {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT status FROM task_status_change")) {
                    while (rs.next()) {
                        rows.add(rs.getString(1));
                    }
                }
                return null;
            });
            assertThat(rows).containsExactly("in_progress");
        }
    }
}
