package jingdu.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import jingdu.analysis.Analyzer;
import jingdu.app.export.ExportFormat;
import jingdu.app.export.ExportRequest;
import jingdu.app.export.Exports;
import jingdu.i18n.I18n;
import jingdu.model.ExportFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14: one registry of export formats, which every reader of formats takes its list from. */
class ExportFormatRegistryTest {

    @TempDir
    Path dir;

    @Test
    void everyRegisteredFormatHasANameInBothLanguagesAUniqueIdAndWritesAFile() throws Exception {
        I18n zh = new I18n(Locale.SIMPLIFIED_CHINESE);
        I18n en = new I18n(Locale.ENGLISH);
        assertThat(ExportFormat.ids()).doesNotHaveDuplicates().hasSize(ExportFormat.values().size());
        try (Library library = Library.open(dir.resolve("lib.db"))) {
            long id = library.importString("讲话标题\n企业要落实安全生产主体责任。\n各部门要加强燃气安全检查。", "a.txt").id();
            Exports exports = new Exports(library, new Analyzer(), zh);
            for (ExportFormat f : ExportFormat.values()) {
                assertThat(zh.has(f.nameKey())).as(f.id() + " in Chinese").isTrue();
                assertThat(en.has(f.nameKey())).as(f.id() + " in English").isTrue();
                assertThat(ExportFormat.fromId(f.id())).containsSame(f);
                Path out = exports.write(new ExportRequest(f, List.of(id), ExportFilter.NONE), dir.resolve("out." + f.extension()), true);
                assertThat(Files.size(out)).as(f.id()).isPositive();
                Exports.Preview preview = exports.preview(new ExportRequest(f, List.of(id), ExportFilter.NONE));
                assertThat(f.isTable() ? preview.rows() : preview.text()).as(f.id() + " preview").isNotNull();
            }
        }
    }

    @Test
    void theCommandLinesHelpAndFormatCheckReadTheRegistry() {
        String help = jingdu.cli.JingduCli.commandLine(new jingdu.i18n.I18n(java.util.Locale.ENGLISH)).getSubcommands().get("export").getUsageMessage();
        for (String id : ExportFormat.ids()) {
            assertThat(help).contains(id);
        }
    }
}
