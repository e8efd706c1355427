package jingdu.app.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jingdu.analysis.Analyzer;
import jingdu.app.Library;
import jingdu.io.DocumentFixtures;
import jingdu.model.Speech;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
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
            // c.ofd holds the same text as b.pdf (the fixtures share it): already in the library by then
            assertThat(s.imported()).extracting(Speech::sourceName).containsExactly("b.pdf", "a.docx", "d.txt");
            assertThat(s.skipped()).extracting(k -> k.file().getFileName() + " " + k.key())
                    .containsExactly("c.ofd import.skipped.duplicate", "e.pdf importer.error.damaged");
            assertThat(s.cancelled()).isFalse();
            assertThat(library.list()).hasSize(3);
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

    /**
     * Root may read any folder, so the failure is the walker's: it reports a subfolder as unreadable the way
     * {@link Files#walkFileTree} does when opening it fails (visitFileFailed instead of entering it).
     */
    private static ImportFiles.Walker refusing(String folderName) {
        return (root, visitor) -> Files.walkFileTree(root, new FileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                if (d.getFileName().toString().equals(folderName)) {
                    visitor.visitFileFailed(d, new AccessDeniedException(d.toString()));
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return visitor.preVisitDirectory(d, attrs);
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
                return visitor.visitFile(f, attrs);
            }

            @Override
            public FileVisitResult visitFileFailed(Path f, IOException e) throws IOException {
                return visitor.visitFileFailed(f, e);
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                return visitor.postVisitDirectory(d, e);
            }
        });
    }

    @Test
    void anUnreadableSubfolderIsSkippedWithItsReasonAndTheRestImported() throws Exception {
        Path root = folder();
        Path locked = Files.createDirectories(root.resolve("2024/locked"));
        Files.writeString(locked.resolve("hidden.txt"), "锁住的讲话\n要落实责任。", StandardCharsets.UTF_8);
        try (Library library = Library.open(dir.resolve("lib.db"))) {
            BatchImport.Summary s = new BatchImport(library, Analyzer::new, refusing("locked"), true).run(List.of(root));

            assertThat(s.imported()).extracting(Speech::sourceName).containsExactly("b.pdf", "c.ofd", "a.docx", "d.txt");
            assertThat(s.skipped()).extracting(BatchImport.Skipped::key)
                    .containsExactlyInAnyOrder("import.error.folderDenied", "importer.error.damaged");
            assertThat(s.skipped()).filteredOn(k -> k.key().equals("import.error.folderDenied")).singleElement()
                    .satisfies(k -> assertThat(k.args()).containsExactly(locked.toString()));
        }
    }

    private static void mkfifo(Path file) throws Exception {
        Process p = new ProcessBuilder("mkfifo", file.toString()).inheritIO().start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
    }

    /** A pipe would block a reader forever: the timeout is the guard against a regression that opens one. */
    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    @Timeout(120)
    void pipesDevicesAndLinkLoopsAreSkippedAndCountedAsWhatTheyAre() throws Exception {
        Path root = Files.createDirectories(dir.resolve("in"));
        Files.writeString(root.resolve("good.txt"), "关于燃气安全的讲话\n要加强燃气安全检查。", StandardCharsets.UTF_8);
        mkfifo(root.resolve("pipe.txt"));
        Files.createSymbolicLink(root.resolve("loop.txt"), root.resolve("loop2.txt"));
        Files.createSymbolicLink(root.resolve("loop2.txt"), root.resolve("loop.txt"));
        Files.createSymbolicLink(root.resolve("gone.txt"), root.resolve("nothing-here.txt"));
        Files.createSymbolicLink(root.resolve("link.txt"), root.resolve("good.txt")); // a link to a file is a file
        try (Library library = Library.open(dir.resolve("lib.db"))) {
            BatchImport.Summary s = new BatchImport(library).allowingDuplicates(true).run(List.of(root));
            assertThat(s.imported()).extracting(Speech::sourceName).containsExactly("good.txt", "link.txt");
            assertThat(s.skipped()).extracting(k -> k.file().getFileName().toString() + " " + k.key()).containsExactlyInAnyOrder(
                    "pipe.txt import.error.fifo", "loop.txt import.error.linkLoop", "loop2.txt import.error.linkLoop",
                    "gone.txt import.error.brokenLink");

            // named one by one: the same reasons, and a device is a device
            BatchImport.Summary named = new BatchImport(library).run(List.of(root.resolve("pipe.txt"),
                    root.resolve("loop.txt"), root.resolve("gone.txt"), Path.of("/dev/null")));
            assertThat(named.imported()).isEmpty();
            assertThat(named.skipped()).extracting(BatchImport.Skipped::key).containsExactly(
                    "import.error.fifo", "import.error.linkLoop", "import.error.brokenLink", "import.error.device");
            assertThat(named.skipped().get(0).args()).containsExactly("pipe.txt");

            // a link to a folder, named by the user, is the folder
            Path linked = Files.createSymbolicLink(dir.resolve("linked"), root);
            BatchImport.Summary viaLink = new BatchImport(library).allowingDuplicates(true).run(List.of(linked));
            assertThat(viaLink.imported()).extracting(Speech::sourceName).containsExactly("good.txt", "link.txt");
        }
    }

    @Test
    void twoCopiesOfOneTextInOneImportGoInOnce() throws Exception {
        Path root = Files.createDirectories(dir.resolve("in"));
        String text = "在全市安全生产工作会议上的讲话\n同志们：\n一、要严防煤矿瓦斯事故。\n二、企业要落实安全生产主体责任，严防各类事故发生。\n";
        Files.writeString(root.resolve("a.txt"), text, StandardCharsets.UTF_8);
        // the same speech saved by another editor: GBK, CRLF, trailing spaces; the normalised text is the same
        Files.writeString(root.resolve("b.txt"), text.replace("\n", "  \r\n"), Charset.forName("GBK"));
        try (Library library = Library.open(dir.resolve("lib.db"))) {
            BatchImport.Summary s = new BatchImport(library).run(List.of(root));
            assertThat(s.imported()).extracting(Speech::sourceName).containsExactly("a.txt");
            assertThat(s.skipped()).singleElement().satisfies(k -> {
                assertThat(k.key()).isEqualTo("import.skipped.duplicate");
                assertThat(k.args()).containsExactly("b.txt", "在全市安全生产工作会议上的讲话");
            });
            assertThat(library.list()).hasSize(1);

            BatchImport.Summary again = new BatchImport(library).allowingDuplicates(true).run(List.of(root));
            assertThat(again.imported()).hasSize(2);
            assertThat(again.skipped()).isEmpty();
            assertThat(library.list()).hasSize(3);
        }
    }
}
