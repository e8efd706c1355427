package jingdu.io;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jingdu.i18n.I18n;
import jingdu.model.Compilation;
import jingdu.model.Compilation.Excerpt;
import jingdu.model.Compilation.Source;

/**
 * The words every 摘编 export prints around the excerpts, in the user's language: the headings of themes
 * (一、…) and dates (（一）2024年3月6日), and each excerpt's citation (《title》, speaker, date, paragraph) —
 * the same in the Word, PDF and Markdown files and the window's preview.
 */
public final class CompilationText {

    private final I18n i18n;

    public CompilationText(I18n i18n) {
        this.i18n = i18n;
    }

    /** 一、安全生产责任 (n excerpts are not counted in the document; the preview counts them). */
    public String themeHeading(int index, Compilation.Theme theme) {
        return i18n.get("compile.heading.theme", number(index + 1), theme.label());
    }

    /** （一）2024年3月6日, or （二）日期不详. */
    public String dateHeading(int index, String date) {
        return i18n.get("compile.heading.date", number(index + 1), date(date));
    }

    /** 一, 二 … in Chinese headings, 1, 2 … in English ({@code compile.numerals}). */
    private String number(int n) {
        return "chinese".equals(i18n.get("compile.numerals")) ? DocxReport.chinese(n) : String.valueOf(n);
    }

    /** A speech date as read: 2024年3月6日 / 2024年3月 / 2024年 in Chinese, as stored in English; 日期不详 for none. */
    public String date(String date) {
        if (date == null || date.isBlank()) {
            return i18n.get("compile.date.unknown");
        }
        try {
            if (date.length() == 10) {
                LocalDate d = LocalDate.parse(date);
                return i18n.get("compile.date.day", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
            }
            if (date.length() == 7) {
                YearMonth m = YearMonth.parse(date);
                return i18n.get("compile.date.month", m.getYear(), m.getMonthValue());
            }
            if (date.matches("\\d{4}")) {
                return i18n.get("compile.date.year", date);
            }
        } catch (DateTimeParseException e) {
            // as typed
        }
        return date;
    }

    /** One source: 《title》，speaker，2024年3月6日，第6段 (what is not recorded left out). */
    public String source(Source s) {
        List<String> parts = new ArrayList<>();
        parts.add(i18n.get("compile.cite.title", s.title()));
        if (s.speaker() != null && !s.speaker().isBlank()) {
            parts.add(s.speaker());
        }
        if (s.date() != null && !s.date().isBlank()) {
            parts.add(date(s.date()));
        }
        parts.add(i18n.get("export.paragraph", String.valueOf(s.paragraph() + 1)));
        return String.join(i18n.get("compile.cite.joiner"), parts);
    }

    /** Every source of the excerpt, in brackets: （《甲》，…，第6段；《乙》，…，第2段）. */
    public String citation(Excerpt e) {
        List<String> all = e.sources().stream().map(this::source).toList();
        return i18n.get("compile.cite", String.join(i18n.get("compile.cite.separator"), all));
    }

    /** What an empty compilation says. */
    public String none() {
        return i18n.get("compile.none");
    }
}
