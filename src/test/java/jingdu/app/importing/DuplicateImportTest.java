package jingdu.app.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jingdu.app.Library;
import jingdu.app.library.Catalog;
import jingdu.io.DocumentFixtures;
import jingdu.model.LibraryEntry;
import jingdu.model.LibraryFilter;
import jingdu.model.Speech;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One speech from several file formats is one speech: the second file is skipped as 已存在：《…》 unless copies are
 * asked for, and the library keeps where each speech came from.
 */
class DuplicateImportTest {

    @TempDir
    Path dir;

    /** A .docx of the fixture's paragraphs, as Word would hold the .txt's text. */
    private Path docx(Path file) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (String p : DocumentFixtures.PARAGRAPHS) {
                doc.createParagraph().createRun().setText("\u3000\u3000" + p); // indented with ideographic spaces
            }
            doc.write(out);
        }
        return file;
    }

    @Test
    void theDocxOfATxtIsSkippedWithItsMessageUnlessCopiesAreAllowed() throws Exception {
        Path txt = Files.writeString(dir.resolve("讲话.txt"),
                String.join("\r\n", DocumentFixtures.PARAGRAPHS).replace("，", "， "), StandardCharsets.UTF_8);
        Path docx = docx(dir.resolve("讲话.docx"));
        try (Library library = Library.open(dir.resolve("lib.db"))) {
            BatchImport.Summary first = new BatchImport(library).run(List.of(txt));
            assertThat(first.imported()).hasSize(1);

            BatchImport.Summary second = new BatchImport(library).run(List.of(docx));

            assertThat(second.imported()).isEmpty();
            assertThat(second.duplicates()).isEqualTo(1);
            assertThat(second.skipped()).singleElement().satisfies(s -> {
                assertThat(s.duplicate()).isTrue();
                assertThat(s.key()).isEqualTo(BatchImport.DUPLICATE);
                assertThat(s.args()).containsExactly("讲话.docx", DocumentFixtures.TITLE);
                assertThat(s.file()).isEqualTo(docx);
            });
            assertThat(new jingdu.i18n.I18n(java.util.Locale.SIMPLIFIED_CHINESE).get(second.skipped().get(0).key(),
                    second.skipped().get(0).args().toArray())).isEqualTo("讲话.docx：已存在：《" + DocumentFixtures.TITLE + "》");
            assertThat(library.list()).hasSize(1);

            BatchImport.Summary copy = new BatchImport(library).allowingDuplicates(true).run(List.of(docx));
            assertThat(copy.imported()).extracting(Speech::sourceName).containsExactly("讲话.docx");
            assertThat(copy.skipped()).isEmpty();
            assertThat(library.list()).hasSize(2);
        }
    }

    @Test
    void aFolderImportCountsTheFilesAlreadyThere() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("讲话稿/子目录"));
        Files.writeString(folder.getParent().resolve("a.txt"), DocumentFixtures.expectedText(), StandardCharsets.UTF_8);
        docx(folder.resolve("b.docx"));
        DocumentFixtures.pdf(folder.resolve("c.pdf"));
        Files.writeString(folder.resolve("d.txt"), "另一篇讲话\n各部门要加强监管。", StandardCharsets.UTF_8);
        try (Library library = Library.open(dir.resolve("lib.db"))) {
            BatchImport.Summary s = new BatchImport(library).run(List.of(folder.getParent()));

            // the first of the same text goes in, the others of it count as already there (the same import's too)
            assertThat(s.imported()).extracting(Speech::sourceName).containsExactly("a.txt", "d.txt");
            assertThat(s.skipped()).extracting(k -> k.file().getFileName().toString()).containsExactly("b.docx", "c.pdf");
            assertThat(s.duplicates()).isEqualTo(2);

            BatchImport.Summary again = new BatchImport(library).run(List.of(folder.getParent()));
            assertThat(again.imported()).isEmpty();
            assertThat(again.duplicates()).isEqualTo(4);
        }
    }

    @Test
    void theLibraryKeepsEachSpeechsFileNameAndPath() throws Exception {
        Path txt = Files.writeString(dir.resolve("冬季讲话.txt"), DocumentFixtures.expectedText(), StandardCharsets.UTF_8);
        try (Library library = Library.open(dir.resolve("lib.db"))) {
            new BatchImport(library).run(List.of(txt));
            library.importString("粘贴的讲话\n各乡镇要加强燃气安全检查。", "剪贴板");
            Speech single = library.importText(DocumentFixtures.ofd(dir.resolve("通知.ofd")));

            List<LibraryEntry> rows = new Catalog(library).list(LibraryFilter.ALL);
            assertThat(rows).extracting(LibraryEntry::sourceName).containsExactlyInAnyOrder("冬季讲话.txt", "剪贴板", "通知.ofd");
            assertThat(rows).filteredOn(r -> r.sourceName().equals("冬季讲话.txt")).singleElement()
                    .satisfies(r -> assertThat(r.sourcePath()).isEqualTo(txt.toAbsolutePath().toString()));
            assertThat(rows).filteredOn(r -> r.id() == single.id()).singleElement()
                    .satisfies(r -> assertThat(r.sourcePath()).isEqualTo(dir.resolve("通知.ofd").toAbsolutePath().toString()));
            assertThat(rows).filteredOn(r -> r.sourceName().equals("剪贴板")).singleElement()
                    .satisfies(r -> assertThat(r.sourcePath()).isNull());
            // a paste of a text the library has is recognised before it is stored
            assertThat(library.titleOfSame(" " + DocumentFixtures.expectedText().replace("\n", "\n\n"))).contains(DocumentFixtures.TITLE);
            assertThat(library.titleOfSame("没有的讲话\n一段。")).isEmpty();
        }
    }
}
