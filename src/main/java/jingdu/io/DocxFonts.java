package jingdu.io;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The typefaces of a Chinese official document (GB/T 9704: 小标宋 title, 黑体 first-level and 楷体
 * second-level headings, 仿宋 body) and 宋体 for page numbers, named as a government office machine has
 * them, whatever machine exported the report: the fonts must be there when the document is read, not when
 * it is written. Each name comes with the fall-back Word and LibreOffice use where it is missing (the font
 * table's {@code w:altName}).
 */
public record DocxFonts(String title, String heading, String kai, String body, String number) {

    /** The 公文 names: 方正小标宋简体, 黑体, 楷体_GB2312, 仿宋_GB2312, 宋体. */
    public static final DocxFonts OFFICIAL = new DocxFonts("方正小标宋简体", "黑体", "楷体_GB2312", "仿宋_GB2312", "宋体");

    /** Latin letters and digits in every style. */
    public static final String LATIN = "Times New Roman";

    /** Each font the report names and its declared fall-back, in the order the font table lists them. */
    public Map<String, String> fallBacks() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(title, fallBack(title));
        out.put(heading, fallBack(heading));
        out.put(kai, fallBack(kai));
        out.put(body, fallBack(body));
        out.put(number, fallBack(number));
        return out;
    }

    /** The font to use where {@code name} is missing: the common Windows / macOS face of the same kind. */
    static String fallBack(String name) {
        return switch (name) {
            case "方正小标宋简体", "方正小标宋_GBK" -> "华文中宋";
            case "黑体" -> "SimHei";
            case "楷体_GB2312", "楷体" -> "KaiTi";
            case "仿宋_GB2312", "仿宋" -> "FangSong";
            case "宋体" -> "SimSun";
            default -> null;
        };
    }
}
