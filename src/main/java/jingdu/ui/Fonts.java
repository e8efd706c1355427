package jingdu.ui;

import java.util.List;
import java.util.Set;

import javafx.scene.text.Font;

/** Picks a comfortable Chinese font that exists on this machine (JavaFX CSS takes one family, not a list). */
final class Fonts {

    private static final List<String> PREFERRED = List.of(
            "Microsoft YaHei", "微软雅黑", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC",
            "Noto Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Droid Sans Fallback", "SimSun");

    private Fonts() {
    }

    static String uiFamily() {
        Set<String> installed = Set.copyOf(Font.getFamilies());
        return PREFERRED.stream().filter(installed::contains).findFirst().orElse(Font.getDefault().getFamily());
    }
}
