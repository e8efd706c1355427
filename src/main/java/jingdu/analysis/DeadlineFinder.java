package jingdu.analysis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The time limit a directive states (6月底前, 年底前, 限期整改, 主汛期前, 国庆期间 …), or null. */
final class DeadlineFinder {

    private static final String NUM = "[0-9０-９一二三四五六七八九十两]+";
    private static final Pattern DEADLINE = Pattern.compile(
            "(" + NUM + "年)?" + NUM + "月" + "(" + NUM + "[日号])?(底|末|中旬|上旬|下旬)?(之?前|以前)"
            + "|(年底|年末|月底|月末|年内|季度末|节前|节后|春节前|汛前|入汛前)(之?前)?"
            + "|" + NUM + "(个工作日|个月|天|日|小时)(之?内|以内)"
            + "|限期(整改|完成|治理|关闭|改正)?"
            + "|第一时间"
            + "|((国庆|春节|元旦|中秋|五一|清明|端午|两节|节日|节假日|重大节日|二十大|两会|假日|暑期|寒假|暑假|冬春|夏季|冬季)"
            + "[^，。；、]{0,6}?期间)"
            // 汛期 limits time only with 前/期间 (主汛期到来前); 确保汛期安全 names the topic
            + "|(主汛期|汛期)(到来|来临|结束)?(之?前|以前|期间|内)"
            + "|岁末年初|年末岁初|年终岁尾|旅游旺季|春运期间|春运|防火期|迎峰度夏|迎峰度冬");

    /** Characters every deadline pattern contains: a cheap test before the regular expression. */
    private static final String HINTS = "前内限时期岁末汛春季峰底";

    String find(String text, int start, int end) {
        boolean hinted = false;
        for (int i = start; i < end && !hinted; i++) {
            hinted = HINTS.indexOf(text.charAt(i)) >= 0;
        }
        if (!hinted) {
            return null;
        }
        Matcher m = DEADLINE.matcher(text).region(start, end);
        return m.find() ? m.group() : null;
    }
}
