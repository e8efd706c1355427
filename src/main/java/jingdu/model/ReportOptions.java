package jingdu.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * How the Word report is laid out beyond the model: whether the analysis markers (【必须】, 【第 6 段｜…】)
 * are printed in the body, and the title block the user fills in (report title, 发文单位, date). Blank
 * fields mean "none" (the title: the speech's own).
 */
public record ReportOptions(boolean markers, String title, String issuer, String date) {

    /** No markers, no title block: the default report. */
    public static final ReportOptions DEFAULT = new ReportOptions(false, null, null, null);

    public ReportOptions {
        title = blankToNull(title);
        issuer = blankToNull(issuer);
        date = blankToNull(date);
    }

    /** The date as a 公文 writes it: an ISO date (2026-12-03) becomes 2026年12月3日, anything else stays. */
    public String dateText() {
        if (date == null) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(date);
            return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
        } catch (DateTimeParseException e) {
            return date;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
