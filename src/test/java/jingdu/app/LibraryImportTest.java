package jingdu.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import jingdu.text.TextLayout;
import jingdu.io.ImportException;
import jingdu.io.TextDecoder;
import jingdu.model.Speech;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryImportTest {

    @TempDir
    Path dir;

    private static List<Path> corpusFiles() throws Exception {
        String shared = System.getProperty("jingdu.shared");
        assumeTrue(shared != null, "jingdu.shared not set");
        Path corpus = Path.of(shared, "corpus");
        assumeTrue(Files.isDirectory(corpus), "no corpus at " + corpus);
        try (Stream<Path> s = Files.walk(corpus)) {
            List<Path> files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            assumeTrue(!files.isEmpty(), "corpus is empty");
            return files;
        }
    }

    @Test
    void importsEveryCorpusFileAndReadsItBack() throws Exception {
        List<Path> files = corpusFiles();
        try (Library library = Library.open(dir.resolve("lib.db"))) {
            for (Path f : files) {
                Speech s = library.importText(f);
                String expected = TextLayout.canonical(TextDecoder.read(f).text());
                Speech back = library.find(s.id()).orElseThrow();
                assertThat(back.text()).isEqualTo(expected);
                assertThat(back.paragraphCount()).isEqualTo(TextLayout.paragraphs(expected).size()).isPositive();
                assertThat(back.sourceName()).isEqualTo(f.getFileName().toString());
                assertThat(back.title()).isNotBlank();
                assertThat(back.text()).doesNotContain("\r").doesNotContain("\n\n").doesNotStartWith("\uFEFF");
            }
            assertThat(library.list()).hasSize(files.size());
        }
    }

    @Test
    void gbkCopyOfACorpusFileGivesTheSameText() throws Exception {
        Path original = corpusFiles().get(0);
        String text = TextDecoder.read(original).text();
        Path gbk = dir.resolve("gbk.txt");
        Files.write(gbk, text.replace("\n", "\r\n").getBytes(Charset.forName("GB18030")));
        try (Library library = Library.open(dir.resolve("lib.db"))) {
            assertThat(library.importText(gbk).text()).isEqualTo(library.importText(original).text());
        }
    }

    @Test
    void badFilesLeaveTheLibraryUnchanged() throws Exception {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path blank = Files.writeString(dir.resolve("blank.txt"), "\n \u3000\n");
        Path binary = Files.write(dir.resolve("x.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2});
        Path missing = dir.resolve("missing.txt");
        try (Library library = Library.open(dir.resolve("lib.db"))) {
            library.importString("标题\n正文。", "ok.txt");
            for (Path bad : List.of(empty, blank, binary, missing)) {
                assertThatThrownBy(() -> library.importText(bad)).isInstanceOf(ImportException.class);
                assertThat(library.speeches().count()).as(bad.toString()).isEqualTo(1);
            }
            assertThatThrownBy(() -> library.importString(" \n\t\n", "blank")).isInstanceOf(ImportException.class);
            assertThat(library.list()).hasSize(1);
        }
    }

    @Test
    void titleIsTheFirstLineWhenItReadsAsAHeading() throws Exception {
        try (Library library = Library.open(dir.resolve("lib.db"))) {
            assertThat(library.importString("  在全市安全生产工作会议上的讲话\n同志们：\n正文。", "a.txt").title())
                    .isEqualTo("在全市安全生产工作会议上的讲话");
            assertThat(library.importString("同志们：\n今天开会。", "2024年讲话.txt").title()).isEqualTo("2024年讲话");
            assertThat(library.importString("今天我们召开会议，部署工作。\n其余。", "会议.txt").title()).isEqualTo("会议");
            assertThat(library.importString("很".repeat(61) + "\n其余", "long.txt").title()).isEqualTo("long");
            assertThat(library.importString("安全生产讲话", "noext").title()).isEqualTo("安全生产讲话");
        }
    }

    @Test
    void importedTextIsCanonical() throws Exception {
        Path f = Files.write(dir.resolve("crlf.txt"),
                "\uFEFF标题\r\n\r\n\u3000\u3000第一段。  \r\n第二段。".getBytes(StandardCharsets.UTF_8));
        try (Library library = Library.open(dir.resolve("lib.db"))) {
            Speech s = library.importText(f);
            assertThat(s.text()).isEqualTo("标题\n第一段。\n第二段。");
            assertThat(s.paragraphCount()).isEqualTo(3);
        }
    }
}
