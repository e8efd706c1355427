package jingdu.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import jingdu.analysis.Analyzer;
import jingdu.app.export.ExportException;
import jingdu.app.export.ExportFormat;
import jingdu.app.export.ExportRequest;
import jingdu.app.export.Exports;
import jingdu.i18n.I18n;
import jingdu.model.Level;
import jingdu.model.Speech;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportsTest {

    private static final I18n ZH = new I18n(Locale.SIMPLIFIED_CHINESE);

    @TempDir
    Path dir;

    @Test
    void gathersTagsAndNotesAndReplacesTheFileWhole() throws Exception {
        try (Library library = Library.open(dir.resolve("lib.db"))) {
            Speech s = library.importString("讲话标题\n同志们：\n企业要落实主体责任。", "a.txt");
            library.tags().set(s.id(), List.of(2), Level.ENTERPRISE, true);
            library.notes().add(s.id(), s.text().indexOf("企业"), s.text().indexOf("企业") + 2, "企业", "第一条笔记");
            Exports exports = new Exports(library, new Analyzer(), ZH);

            Path out = dir.resolve("notes.md");
            Files.writeString(out, "旧内容，将被整体替换");
            exports.writeMarkdown(s.id(), out, true);
            String md = Files.readString(out, StandardCharsets.UTF_8);
            assertThat(md).isEqualTo(exports.markdown(s.id()));
            assertThat(md).startsWith("# 讲话标题\n").contains("> 企业").contains("第一条笔记")
                    .contains(ZH.get("export.level.enterprise")).doesNotContain("旧内容");
            try (var files = Files.list(dir)) {
                assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("lib.db")))
                        .as("no temp file left behind").containsExactly("notes.md");
            }
        }
    }

    @Test
    void unknownSpeechAndMissingDirectory() throws Exception {
        try (Library library = Library.open(dir.resolve("lib.db"))) {
            Speech s = library.importString("标题\n正文。", "a.txt");
            Exports exports = new Exports(library, new Analyzer(), ZH);
            assertThatThrownBy(() -> exports.markdown(s.id() + 1))
                    .isInstanceOfSatisfying(ExportException.class, e -> assertThat(e.key()).isEqualTo("export.error.noSpeech"));
            Path nowhere = dir.resolve("missing/notes.md");
            assertThatThrownBy(() -> exports.writeMarkdown(s.id(), nowhere, false))
                    .isInstanceOfSatisfying(ExportException.class, e -> assertThat(e.key()).isEqualTo("export.error.noDir"));
            assertThat(nowhere.getParent()).doesNotExist();
        }
    }

    @Test
    void aWordReportOverItsParagraphLimitIsRefusedWithItsMessageAndTheOldFileStays() throws Exception {
        try (Library library = Library.open(dir.resolve("lib.db"))) {
            // one directive a line: the report lists every obligation, one Word paragraph each
            StringBuilder text = new StringBuilder("讲话标题");
            for (int i = 0; i < jingdu.io.DocxReport.MAX_PARAGRAPHS; i++) {
                text.append("\n各部门要加强监管。");
            }
            Speech s = library.importString(text.toString(), "a.txt");
            Path out = Files.writeString(dir.resolve("report.docx"), "旧文件");
            ExportRequest request = new ExportRequest(ExportFormat.DOCX, List.of(s.id()), jingdu.model.ExportFilter.NONE, true);

            assertThatThrownBy(() -> new Exports(library, new Analyzer(), ZH).write(request, out, true))
                    .isInstanceOfSatisfying(ExportException.class, e -> {
                        assertThat(e.key()).isEqualTo("export.error.docxTooLong");
                        assertThat(e.localized(ZH)).contains("20,000", "xlsx");
                    });
            assertThat(Files.readString(out)).isEqualTo("旧文件");
            try (var files = Files.list(dir)) {
                assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("lib.db")))
                        .as("no temp file left behind").containsExactly("report.docx");
            }
        }
    }

    @Test
    void theParagraphsOfAWordReportAreCountedBeforeItIsBuilt() throws Exception {
        try (Library library = Library.open(dir.resolve("lib.db"))) {
            Speech s = library.importString("讲话标题\n一、总体要求\n各部门要加强危险化学品和燃气监管。\n企业必须落实主体责任。", "a.txt");
            library.tags().set(s.id(), List.of(2), Level.SUPERVISION, true);
            library.notes().add(s.id(), s.text().indexOf("企业"), s.text().indexOf("企业") + 2, "企业", "一条笔记");
            library.importString("另一篇\n安全生产形势总体平稳。", "b.txt");
            Exports exports = new Exports(library, new Analyzer(), ZH);
            for (List<Long> ids : List.of(List.of(s.id()), List.<Long>of())) { // one speech, and all of them
                ExportRequest request = new ExportRequest(ExportFormat.DOCX, ids, jingdu.model.ExportFilter.NONE, true);
                Path out = exports.write(request, dir.resolve("r.docx"), true);
                try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(out))) {
                    assertThat(jingdu.io.DocxReport.paragraphs(exports.model(ids, jingdu.model.ExportFilter.NONE)))
                            .isEqualTo(doc.getParagraphs().size()).isGreaterThan(3); // title, section, requirements: no list again by sector
                }
            }
        }
    }
}
