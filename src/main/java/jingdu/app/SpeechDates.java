package jingdu.app;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the dates people write ("2024年3月6日", "2024.3.6", "2024-03") as sortable "2024-03-06", "2024-03". */
public final class SpeechDates {

    private static final Pattern DATE = Pattern.compile(
            "^((?:19|20)\\d{2})\\s*(?:[年./\\-]\\s*(?:(\\d{1,2})\\s*(?:[月./\\-]\\s*(?:(\\d{1,2})\\s*日?)?)?)?)?$");

    private SpeechDates() {
    }

    /** The ISO-like form when the text is a date, else the text as given (stripped); null for blank. */
    public static String normalize(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        Matcher m = DATE.matcher(t);
        if (!m.matches()) {
            return t;
        }
        StringBuilder out = new StringBuilder(m.group(1));
        if (m.group(2) != null) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                return t;
            }
            out.append('-').append(String.format("%02d", month));
            if (m.group(3) != null) {
                int day = Integer.parseInt(m.group(3));
                if (day < 1 || day > 31) {
                    return t;
                }
                out.append('-').append(String.format("%02d", day));
            }
        }
        return out.toString();
    }
}
