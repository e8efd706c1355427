package jingdu.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import jingdu.analysis.Analyzer;
import jingdu.app.importing.BatchImport;
import jingdu.model.Speech;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file whose name is not valid UTF-8 (a GBK name from a Windows zip, unpacked on Linux) reached the
 * library as a title of U+FFFD boxes. Its title is now readable.
 */
class FileNameTitleTest {

    /** The first line is an address, not a title, so the title comes from the file name. */
    private static final String TEXT = "同志们：\n今天召开全县安全生产工作会议，部署冬季安全生产工作。\n";

    @TempDir
    Path dir;

    /** Renames {@code plain} to a name made of raw bytes (octal escapes for printf); null where the system cannot. */
    private Path rawName(Path plain, String octalName) throws Exception {
        assumeTrue(!System.getProperty("os.name").toLowerCase().contains("win"), "raw byte file names are a Unix thing");
        Process p = new ProcessBuilder("sh", "-c", "mv \"$0\" \"$(printf '" + octalName + "')\"", plain.getFileName().toString())
                .directory(dir.toFile()).redirectErrorStream(true).start();
        assumeTrue(p.waitFor() == 0, "sh and mv are there");
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> found = files.filter(f -> !f.equals(plain) && f.getFileName().toString().endsWith(".txt")).toList();
            assumeTrue(found.size() == 1, "the JVM lists the file");
            return found.get(0);
        }
    }

    @Test
    void aGbkFileNameBecomesItsChineseTitle() throws Exception {
        Path plain = Files.writeString(dir.resolve("plain.txt"), TEXT, StandardCharsets.UTF_8);
        Path gbk = rawName(plain, "\\275\\262\\273\\260.txt"); // 讲话.txt in GBK
        assertThat(gbk.getFileName().toString()).as("what Java makes of the name").contains("\uFFFD");
        try (Library library = Library.open(dir.resolve("lib.db"))) {
            assertThat(library.importText(gbk).title()).isEqualTo("讲话");
            // the window's and the command line's import (folders, in parallel) name it the same
            List<Speech> imported = new BatchImport(library, Analyzer::new).allowingDuplicates(true).run(List.of(gbk)).imported();
            assertThat(imported).singleElement().satisfies(s -> assertThat(s.title()).isEqualTo("讲话"));
        }
    }

    @Test
    void aFileNameOfUndecodableBytesGivesTheTextsBeginningAsTitle() throws Exception {
        Path plain = Files.writeString(dir.resolve("plain.txt"), TEXT, StandardCharsets.UTF_8);
        Path junk = rawName(plain, "\\377\\376\\200.txt");
        try (Library library = Library.open(dir.resolve("lib.db"))) {
            String title = library.importText(junk).title();
            assertThat(title).doesNotContain("\uFFFD").startsWith("同志们：今天召开全县安全生产工作会议");
        }
    }

    @Test
    void theTitleFunctionNeverKeepsReplacementCharactersOrControls() {
        assertThat(Titles.of(TEXT, "\uFFFD\uFFFD\uFFFD\uFFFD.txt")).doesNotContain("\uFFFD").startsWith("同志们：今天");
        assertThat(Titles.of(TEXT, "2024\uFFFD\uFFFD年度.docx")).isEqualTo("2024年度");
        assertThat(Titles.of(TEXT, "会议\t讲话\u202E稿.txt")).isEqualTo("会议 讲话稿");
        assertThat(Titles.of("标题\u200F一\t二\n正文。", "a.txt")).isEqualTo("标题一 二");
        // a long beginning is cut between characters, never inside an emoji
        String longText = "同志们：" + "😀".repeat(40) + "\n正文。";
        String t = Titles.of(longText, "\uFFFD.txt");
        assertThat(t).endsWith("…");
        assertThat(t.chars().filter(c -> Character.isSurrogate((char) c)).count() % 2).as("no half emoji").isZero();
        assertThat(t).endsWith("😀…");
    }
}
