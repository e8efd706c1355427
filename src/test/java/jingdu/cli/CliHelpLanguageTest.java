package jingdu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import jingdu.Main;
import jingdu.app.search.Search;
import jingdu.i18n.I18n;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code --help} speaks the user's language: Chinese by default, English with {@code JINGDU_LANG=en}. */
class CliHelpLanguageTest {

    private static final I18n ZH = new I18n(Locale.SIMPLIFIED_CHINESE);
    private static final I18n EN = new I18n(Locale.ENGLISH);

    @Test
    void theHelpIsInChineseOrEnglish() {
        String zh = JingduCli.commandLine(ZH).getUsageMessage(CommandLine.Help.Ansi.OFF);
        assertThat(zh).startsWith("用法：jingdu").contains("精读 Jingdu：安全生产领导讲话的阅读与批注工具。", "命令：",
                "显示本帮助后退出。", "导出讲话的批注");
        String en = JingduCli.commandLine(EN).getUsageMessage(CommandLine.Help.Ansi.OFF);
        assertThat(en).startsWith("Usage: jingdu").contains("reader and annotator", "Commands:",
                "Show this help message and exit.", "Export speeches' annotations");
        String importZh = JingduCli.commandLine(ZH).getSubcommands().get("import").getUsageMessage(CommandLine.Help.Ansi.OFF);
        assertThat(importZh).contains("把讲话稿", "正文已在文库中也照样导入（作为副本）。", "要导入的文件或文件夹。", "数据文件");
        String exportZh = JingduCli.commandLine(ZH).getSubcommands().get("export").getUsageMessage(CommandLine.Help.Ansi.OFF);
        assertThat(exportZh).contains("以下之一：docx").contains("默认：md。");
    }

    /** A command or option added without its texts in both bundles fails here, not in front of a user. */
    @Test
    void everyCommandAndOptionHasItsTextInBothLanguages() {
        List<String> missing = new ArrayList<>();
        List<CommandSpec> zh = commands(JingduCli.commandLine(ZH).getCommandSpec(), new ArrayList<>());
        List<CommandSpec> en = commands(JingduCli.commandLine(EN).getCommandSpec(), new ArrayList<>());
        assertThat(zh).hasSameSizeAs(en).hasSize(CommandNames.ALL.size() + 1);
        for (int i = 0; i < zh.size(); i++) {
            check(zh.get(i).qualifiedName(), zh.get(i).usageMessage().description(), en.get(i).usageMessage().description(), missing);
            List<ArgSpec> zhArgs = zh.get(i).args();
            List<ArgSpec> enArgs = en.get(i).args();
            for (int a = 0; a < zhArgs.size(); a++) {
                check(zh.get(i).qualifiedName() + " " + zhArgs.get(a), zhArgs.get(a).description(), enArgs.get(a).description(),
                        missing);
            }
        }
        assertThat(missing).as("without a Chinese and an English description").isEmpty();
    }

    @Test
    void thePageSizeTheHelpNamesIsTheSearchs() {
        assertThat(ZH.get("jingdu.search.page")).contains(" " + Search.PAGE_SIZE + " ");
        assertThat(EN.get("jingdu.search.page")).contains(" " + Search.PAGE_SIZE + " ");
    }

    @Test
    void jingduLangEnChoosesEnglishAndChineseIsTheDefault() throws Exception {
        assertThat(help(null)).startsWith("用法：jingdu").contains("命令：");
        assertThat(help("en")).startsWith("Usage: jingdu").contains("Commands:");
    }

    private static String help(String lang) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "--help");
        pb.environment().remove("JINGDU_LANG");
        if (lang != null) {
            pb.environment().put("JINGDU_LANG", lang);
        }
        Process p = pb.redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    private static void check(String what, String[] zh, String[] en, List<String> missing) {
        String z = String.join(" ", zh);
        String e = String.join(" ", en);
        if (z.isBlank() || e.isBlank() || z.equals(e) || !z.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                == Character.UnicodeScript.HAN)) {
            missing.add(what + ": zh \"" + z + "\", en \"" + e + "\"");
        }
    }

    private static List<CommandSpec> commands(CommandSpec spec, List<CommandSpec> out) {
        out.add(spec);
        spec.subcommands().values().stream().map(CommandLine::getCommandSpec).distinct()
                .sorted(java.util.Comparator.comparing(CommandSpec::name)).forEach(s -> commands(s, out));
        return out;
    }
}
