package jingdu.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jingdu.io.DocumentFixtures;
import jingdu.model.Speech;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchImportTest {

    @TempDir
    Path dir;

    /** A folder with subfolders: supported files are found, others ignored, bad ones skipped with a reason. */
    private Path folder() throws Exception {
        Path root = Files.createDirectories(dir.resolve("讲话稿"));
        Path sub = Files.createDirectories(root.resolve("2024/十二月"));
        DocumentFixtures.docx(root.resolve("a.docx"));
        DocumentFixtures.pdf(sub.resolve("b.pdf"));
        DocumentFixtures.ofd(sub.resolve("c.ofd"));
        Files.writeString(root.resolve("d.txt"), "同志们：\n要加强燃气安全检查。", StandardCharsets.UTF_8);
        Files.write(root.resolve("e.pdf"), new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4', '\n', 0, 1, 2});
        Files.writeString(root.resolve("notes.md"), "# not a speech");
        Files.write(root.resolve("~$a.docx"), new byte[] {1, 2, 3}); // Word's lock file
        return root;
    }

    @Test
    void aFolderIsImportedWithItsSubfoldersAndASummary() throws Exception {
        Path root = folder();
        List<String> seen = new ArrayList<>();
        AtomicInteger lastDone = new AtomicInteger(-1);
        try (Library library = Library.open(dir.resolve("lib.db"))) {
            BatchImport.Summary s = new BatchImport(library).run(List.of(root),
                    (done, total, current) -> {
                        assertThat(total).isEqualTo(5);
                        assertThat(done).isGreaterThan(lastDone.getAndSet(done));
                        seen.add(done + ":" + (current == null ? "-" : root.relativize(current).toString()));
                    }, () -> false);
            assertThat(seen).first().isEqualTo("0:2024/十二月/b.pdf");
            assertThat(seen).last().isEqualTo("5:-"); // throttled in between, but the end always comes
            assertThat(s.imported()).extracting(Speech::sourceName).containsExactly("b.pdf", "c.ofd", "a.docx", "d.txt");
            assertThat(s.skipped()).singleElement().satisfies(k -> {
                assertThat(k.file().getFileName().toString()).isEqualTo("e.pdf");
                assertThat(k.key()).isEqualTo("importer.error.damaged");
            });
            assertThat(s.cancelled()).isFalse();
            assertThat(library.list()).hasSize(4);
        }
    }

    @Test
    void cancellingStopsAndKeepsAnOrderedPrefix() throws Exception {
        Path root = folder();
        try (Library library = Library.open(dir.resolve("lib.db"))) {
            BatchImport.Summary s = new BatchImport(library).run(List.of(root), (d, t, c) -> { }, () -> true);
            assertThat(s.cancelled()).isTrue();
            assertThat(s.imported()).isEmpty();
            assertThat(library.list()).isEmpty();
        }
    }

    @Test
    void filesNamedOneByOneAreTriedWhateverTheirExtension() throws Exception {
        Path md = Files.writeString(dir.resolve("speech.md"), "关于安全生产的讲话\n要落实责任。");
        Path missing = dir.resolve("missing.docx");
        try (Library library = Library.open(dir.resolve("lib.db"))) {
            BatchImport.Summary s = new BatchImport(library).run(List.of(md, missing));
            assertThat(s.imported()).extracting(Speech::title).containsExactly("关于安全生产的讲话");
            assertThat(s.skipped()).extracting(BatchImport.Skipped::key).containsExactly("import.error.notFound");
        }
    }
}
