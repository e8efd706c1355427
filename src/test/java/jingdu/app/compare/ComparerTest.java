package jingdu.app.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jingdu.app.Services;
import jingdu.app.library.Catalog;
import jingdu.model.AlignedObligation;
import jingdu.model.Comparison;
import jingdu.model.Speech;
import jingdu.model.SpeechMeta;
import jingdu.model.Strength;
import jingdu.model.TaskChange;

/** 对比 over a real library file: the board's obligations of two speeches, or of a collection, aligned. */
class ComparerTest {

    private static final String OLD = """
            在全县安全生产工作会议上的讲话
            同志们：
            各乡镇要落实属地管理责任。
            县住建局要加强建筑施工安全监管。
            各企业要开展应急演练。""";

    private static final String NEW = """
            在全县安全生产工作推进会上的讲话
            同志们：
            各乡镇必须落实属地管理责任。
            县住建局要加强建筑施工安全监管。
            县交通局要严查客运车辆超员。""";

    @TempDir
    Path dir;

    private Speech add(Services s, String text, String name, String date) throws Exception {
        Speech speech = s.library().importString(text, name);
        Catalog catalog = s.catalog();
        catalog.saveMeta(speech.id(), new SpeechMeta(speech.title(), null, date, null, null, null, null));
        return speech;
    }

    @Test
    void continuedNewAndDroppedWithStrengthChange() throws Exception {
        try (Services s = Services.open(dir.resolve("lib.db"))) {
            Speech old = add(s, OLD, "old.txt", "2024-03-01");
            Speech neu = add(s, NEW, "new.txt", "2025-03-01");
            Comparison c = s.comparer().compare(old.id(), neu.id());
            assertThat(c.olderSpeechIds()).containsExactly(old.id());
            assertThat(c.newerSpeechId()).isEqualTo(neu.id());
            assertThat(c.rows()).extracting(AlignedObligation::change)
                    .containsExactly(TaskChange.CONTINUED, TaskChange.CONTINUED, TaskChange.NEW, TaskChange.DROPPED);
            AlignedObligation first = c.rows().get(0);
            assertThat(first.older().text()).isEqualTo("各乡镇要落实属地管理责任。");
            assertThat(first.newer().text()).isEqualTo("各乡镇必须落实属地管理责任。");
            assertThat(first.older().strength()).isEqualTo(Strength.REQUIRED);
            assertThat(first.newer().strength()).isEqualTo(Strength.MANDATORY);
            assertThat(first.strengthened()).isTrue();
            assertThat(first.reworded()).isTrue();
            assertThat(c.strengthened()).isEqualTo(1);
            AlignedObligation same = c.rows().stream().filter(r -> r.newer() != null && r.newer().text().startsWith("县住建局"))
                    .findFirst().orElseThrow();
            assertThat(same.change()).isEqualTo(TaskChange.CONTINUED);
            assertThat(same.similarity()).isEqualTo(1.0);
            assertThat(same.reworded()).isFalse();
            assertThat(same.strengthened() || same.weakened()).isFalse();
            assertThat(same.newer().speechId()).isEqualTo(neu.id());
            assertThat(NEW.substring(same.newer().start(), same.newer().end())).isEqualTo(same.newer().text());
            assertThat(c.rows()).filteredOn(r -> r.newer() != null && r.newer().text().startsWith("县交通局"))
                    .extracting(AlignedObligation::change).containsExactly(TaskChange.NEW);
            assertThat(c.rows()).filteredOn(r -> r.older() != null && r.older().text().startsWith("各企业要开展应急演练"))
                    .extracting(AlignedObligation::change).containsExactly(TaskChange.DROPPED);
            // every obligation of each side is in exactly one row
            assertThat(c.rows().stream().filter(r -> r.newer() != null)).hasSize(3);
            assertThat(c.rows().stream().filter(r -> r.older() != null)).hasSize(3);
        }
    }

    @Test
    void againstACollectionOldestFirstAndLeavingTheNewerOut() throws Exception {
        try (Services s = Services.open(dir.resolve("lib.db"))) {
            Speech later = add(s, OLD.replace("各企业要开展应急演练。", "各企业要开展隐患自查。"), "b.txt", "2024-09-01");
            Speech earlier = add(s, OLD, "a.txt", "2024-03-01");
            Speech neu = add(s, NEW, "new.txt", "2025-03-01");
            Catalog catalog = s.catalog();
            long k = catalog.createCollection("2024 会议").id();
            for (Speech x : List.of(later, earlier, neu)) {
                catalog.addToCollection(k, x.id());
            }
            List<int[]> heard = new java.util.ArrayList<>();
            Comparison c = s.comparer().compareWithCollection("2024 会议", neu.id(), (d, n) -> heard.add(new int[] {d, n}));
            // the collection's three speeches had no tasks yet: made one by one, and the window's bar hears it
            assertThat(heard).extracting(h -> h[0] + "/" + h[1]).containsExactly("1/3", "2/3", "3/3");
            assertThat(c.olderSpeechIds()).containsExactly(earlier.id(), later.id());
            // each newer obligation continues one older one; the other copies are not mentioned again
            assertThat(c.count(TaskChange.CONTINUED)).isEqualTo(2);
            assertThat(c.count(TaskChange.NEW)).isEqualTo(1);
            assertThat(c.count(TaskChange.DROPPED)).isEqualTo(4);
            assertThat(c.rows().stream().filter(r -> r.older() != null)).hasSize(6);
            assertThat(c.rows().stream().filter(r -> r.newer() != null)).hasSize(3);
            // dropped rows follow the older side's order: the earlier speech's first
            List<Long> dropped = c.rows().stream().filter(r -> r.change() == TaskChange.DROPPED)
                    .map(r -> r.older().speechId()).toList();
            assertThat(dropped).isSortedAccordingTo(java.util.Comparator.comparing(id -> id == earlier.id() ? 0 : 1));
            assertThat(dropped).contains(later.id());
        }
    }

    @Test
    void refusesUnknownSameAndDeletedSpeechesAndUnknownCollections() throws Exception {
        try (Services s = Services.open(dir.resolve("lib.db"))) {
            Speech old = add(s, OLD, "old.txt", "2024-03-01");
            Speech neu = add(s, NEW, "new.txt", "2025-03-01");
            Comparer comparer = s.comparer();
            assertThatThrownBy(() -> comparer.compare(old.id(), 999)).isInstanceOf(CompareException.class)
                    .extracting(e -> ((CompareException) e).key()).isEqualTo("compare.error.noSpeech");
            assertThatThrownBy(() -> comparer.compare(old.id(), old.id()))
                    .extracting(e -> ((CompareException) e).key()).isEqualTo("compare.error.same");
            assertThatThrownBy(() -> comparer.compareWithCollection("没有", neu.id()))
                    .extracting(e -> ((CompareException) e).key()).isEqualTo("compare.error.noCollection");
            long k = s.catalog().createCollection("只有一篇").id();
            s.catalog().addToCollection(k, neu.id());
            assertThatThrownBy(() -> comparer.compareWithCollection("只有一篇", neu.id()))
                    .extracting(e -> ((CompareException) e).key()).isEqualTo("compare.error.emptyCollection");
            s.catalog().delete(old.id());
            assertThatThrownBy(() -> comparer.compare(old.id(), neu.id()))
                    .extracting(e -> ((CompareException) e).key()).isEqualTo("compare.error.deleted");
        }
    }
}
