package jingdu.io;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The four typefaces of a Chinese official document (GB/T 9704: 小标宋 title, 黑体 and 楷体 headings, 仿宋
 * body) and 宋体 for page numbers, each the first of its candidates installed here, else the name a Windows
 * office machine has. The candidates carry English aliases because Java may report either name.
 */
public record DocxFonts(String title, String heading, String kai, String body, String number) {

    /** What Word finds on a stock Chinese Windows: used when no candidate is installed. */
    public static final DocxFonts WINDOWS = new DocxFonts("宋体", "黑体", "楷体", "仿宋", "宋体");

    private static final List<List<String>> TITLE = List.of(
            List.of("方正小标宋简体", "FZXiaoBiaoSong-B05S"), List.of("方正小标宋_GBK", "FZXiaoBiaoSong-B05"),
            List.of("华文中宋", "STZhongsong"), List.of("宋体", "SimSun"),
            List.of("Noto Serif CJK SC"), List.of("Source Han Serif SC"), List.of("AR PL UMing CN"));
    private static final List<List<String>> HEADING = List.of(
            List.of("黑体", "SimHei"), List.of("方正黑体_GBK", "FZHei-B01"), List.of("微软雅黑", "Microsoft YaHei"),
            List.of("Noto Sans CJK SC"), List.of("Source Han Sans SC"), List.of("WenQuanYi Zen Hei"));
    private static final List<List<String>> KAI = List.of(
            List.of("楷体_GB2312", "KaiTi_GB2312"), List.of("楷体", "KaiTi"), List.of("华文楷体", "STKaiti"),
            List.of("AR PL UKai CN"), List.of("Noto Serif CJK SC"), List.of("Source Han Serif SC"));
    private static final List<List<String>> BODY = List.of(
            List.of("仿宋_GB2312", "FangSong_GB2312"), List.of("仿宋", "FangSong"), List.of("华文仿宋", "STFangsong"),
            List.of("Noto Serif CJK SC"), List.of("Source Han Serif SC"), List.of("AR PL UMing CN"));
    private static final List<List<String>> NUMBER = List.of(
            List.of("宋体", "SimSun"), List.of("Noto Serif CJK SC"), List.of("Source Han Serif SC"));

    /** Picks from {@code installed} (family names, any language); pure, for tests. */
    public static DocxFonts choose(Set<String> installed) {
        return new DocxFonts(pick(TITLE, installed, WINDOWS.title), pick(HEADING, installed, WINDOWS.heading),
                pick(KAI, installed, WINDOWS.kai), pick(BODY, installed, WINDOWS.body),
                pick(NUMBER, installed, WINDOWS.number));
    }

    /**
     * Picks from the fonts of this machine. On Linux the family names come from fontconfig's
     * {@code fc-list}, not from AWT: AWT's font manager there calls {@code InetAddress.getLocalHost()}
     * (to name its font cache file) and reads font files through a {@code FileChannel}; either loads the
     * JDK's libnet, whose start-up creates AF_INET and AF_INET6 sockets (see {@link PlainFiles}), and the
     * host name lookup may even ask a DNS server. AWT remains the fallback when {@code fc-list} is missing.
     */
    public static DocxFonts installed() {
        Set<String> names = new HashSet<>();
        if (System.getProperty("os.name", "").startsWith("Linux") && fontconfigFamilies(names)) {
            return choose(names);
        }
        try {
            GraphicsEnvironment ge = GraphicsEnvironment.getLocalGraphicsEnvironment();
            names.addAll(List.of(ge.getAvailableFontFamilyNames(Locale.ROOT)));
            names.addAll(List.of(ge.getAvailableFontFamilyNames(Locale.SIMPLIFIED_CHINESE)));
        } catch (RuntimeException | Error e) {
            return WINDOWS; // no font system (a bare server): the reader's machine will have the standard names
        }
        return choose(names);
    }

    /** Every family name (all languages) fontconfig knows, one per line; false when fc-list cannot run. */
    private static boolean fontconfigFamilies(Set<String> names) {
        Process p = null;
        try {
            p = new ProcessBuilder("fc-list", "--format", "%{[]family{%{family}\\n}}")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                return false;
            }
            names.addAll(fcListFamilies(out));
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            if (p != null) {
                p.destroy();
            }
        }
    }

    /** The family names in {@code fc-list --format '%{[]family{%{family}\n}}'} output; pure, for tests. */
    static Set<String> fcListFamilies(String output) {
        Set<String> names = new HashSet<>();
        for (String line : output.split("\n")) {
            String name = line.strip();
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    private static String pick(List<List<String>> candidates, Set<String> installed, String fallback) {
        for (List<String> names : candidates) {
            for (String n : names) {
                if (installed.contains(n)) {
                    return names.get(0);
                }
            }
        }
        return fallback;
    }
}
