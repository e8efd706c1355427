package jingdu.bench.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The write bench on a small generated library: rows filled, and every timed write really in the file. No timing checks. */
class WriteBenchTest {

    private static final int SPEECHES = 50;
    private static final int WRITES = 30;

    @TempDir
    Path dir;

    private Path corpus() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), """
                在全市安全生产工作会议上的讲话
                各级党委政府要落实属地管理责任，坚决遏制重特大事故。
                煤矿企业必须严格执行瓦斯检查制度，严禁超能力生产。
                住建部门要加强建筑施工安全监管，排查高处坠落隐患。
                """, StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("b.txt"), """
                关于燃气安全的讲话
                燃气经营企业要落实主体责任，定期检修管道设施。
                交通运输部门要严查客车超员超速，确保春运安全。
                倡导广大群众积极参与安全隐患举报。
                """, StandardCharsets.UTF_8);
        return corpus;
    }

    @Test
    void timesEveryKindAndLeavesEveryWriteInTheFile() throws Exception {
        Path corpus = corpus();
        Path work = dir.resolve("work");
        List<String> log = new ArrayList<>();
        WriteBench.Figures f = WriteBench.measure(corpus, SPEECHES, WRITES, work, log::add);

        assertThat(f.reused()).isFalse();
        assertThat(f.file()).exists();
        for (Timings t : List.of(f.levelTag(), f.userTag(), f.noteAdd(), f.noteEdit(), f.bareInsert(), f.bareFts())) {
            assertThat(t.count()).isEqualTo(WRITES);
            assertThat(t.p50()).isPositive();
            assertThat(t.p99()).isGreaterThanOrEqualTo(t.p50());
            assertThat(t.max()).isGreaterThanOrEqualTo(t.p99());
        }
        assertThat(f.rows()).hasSize(4).allSatisfy(r -> {
            assertThat(r.measure()).contains("50 speeches");
            assertThat(r.figure()).contains("p50", "p95", "p99", "max");
            assertThat(r.raw()).contains("INSERT+COMMIT");
            assertThat(r.aim()).contains("10.0 ms");
        });
        assertThat(log).anyMatch(l -> l.startsWith("note edited"));

        int writes = WRITES + f.warmUp();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f.file())) {
            assertThat(count(c, "SELECT count(*) FROM speech")).isEqualTo(SPEECHES);
            assertThat(count(c, "SELECT count(*) FROM note")).isEqualTo(writes);
            assertThat(count(c, "SELECT count(*) FROM note WHERE body LIKE '%（修改%'")).isPositive();
            // every note is in the search index as soon as its write returned
            assertThat(count(c, "SELECT count(*) FROM note n WHERE NOT EXISTS"
                    + " (SELECT 1 FROM search_doc d WHERE d.note_id = n.id)")).isZero();
            assertThat(count(c, "SELECT count(*) FROM paragraph_tag p JOIN tag t ON t.id = p.level"
                    + " WHERE t.name = '" + WriteBench.USER_TAG + "'")).isPositive();
            assertThat(count(c, "SELECT count(*) FROM undo_log")).isBetween(1, 200);
            assertThat(count(c, "SELECT count(*) FROM bench_write_floor")).isEqualTo(writes);
        }
    }

    @Test
    void reusesItsLibraryAndRefusesOneOfAnotherSize() throws Exception {
        Path corpus = corpus();
        Path work = dir.resolve("work");
        WriteBench.Figures first = WriteBench.measure(corpus, 20, 10, work, s -> { });
        WriteBench.Figures again = WriteBench.measure(corpus, 20, 10, work, s -> { });

        assertThat(again.reused()).isTrue();
        assertThat(again.file()).isEqualTo(first.file());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + again.file())) {
            assertThat(count(c, "SELECT count(*) FROM speech")).isEqualTo(20);
            assertThat(count(c, "SELECT count(*) FROM note")).isEqualTo(2 * (10 + first.warmUp()));
            assertThat(count(c, "SELECT count(*) FROM tag WHERE name = '" + WriteBench.USER_TAG + "'")).isEqualTo(1);
        }

        Files.move(first.file(), work.resolve("write-bench-30.db"));
        assertThatThrownBy(() -> WriteBench.measure(corpus, 30, 10, work, s -> { }))
                .isInstanceOf(IOException.class).hasMessageContaining("holds 20 speeches, not 30");
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
