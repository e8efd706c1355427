package jingdu.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jingdu.io.ReportModel.ObligationRow;
import jingdu.io.ReportModel.SpeechPart;
import jingdu.model.Analysis;
import jingdu.model.ParagraphInfo;

/**
 * The task ledger's lines and columns, shared by the Excel sheet, the CSV file and the dialog's preview table:
 * a title, the header, then per speech its headings (一、 and （一）) as group lines with the obligations under
 * them numbered 1., 2., … within their group (1, 2, 3 for a speech without headings). A heading that is itself
 * a task is printed once, as its group row. Pure: no I/O.
 */
public final class LedgerColumns {

    /** Message keys of the column headers, in order. */
    public static final List<String> KEYS = List.of(
            "export.ledger.col.number", "export.ledger.col.task", "export.ledger.col.strength",
            "export.ledger.col.sector", "export.ledger.col.level", "export.ledger.col.lead",
            "export.ledger.col.partners", "export.ledger.col.deadline", "export.ledger.col.progress",
            "export.ledger.col.remarks", "export.ledger.col.source", "export.ledger.col.notes");

    /** Column widths in Excel character units (a Chinese character takes about two). */
    public static final List<Integer> WIDTHS = List.of(7, 44, 7, 14, 16, 14, 12, 12, 12, 10, 22, 26);

    /** Index of the task column. */
    public static final int TASK = 1;

    /** Index of the user's notes column. */
    public static final int NOTES = 11;

    /** What a ledger line is: a group (the speech when there are several, a 一、 or （一） heading) or a task. */
    public enum Kind {
        SPEECH, HEADING_1, HEADING_2, TASK
    }

    /**
     * One line under the header. A group line has its text (the heading, or the speech's title) and no task; a
     * task line has its number (1. within a group, 1 without headings) and its obligation.
     */
    public record Line(Kind kind, String text, ObligationRow task) {
        public boolean group() {
            return kind != Kind.TASK;
        }
    }

    private LedgerColumns() {
    }

    public static List<String> header(ExportLabels labels) {
        return KEYS.stream().map(labels::get).toList();
    }

    /** The title the user did not change: 《speech》任务分解台账 for one speech, 任务分解台账 for several. */
    public static String defaultTitle(ReportModel model, ExportLabels labels) {
        return model.speeches().size() == 1
                ? labels.get("export.ledger.title", model.speeches().get(0).speech().title())
                : labels.get("export.ledger.sheet");
    }

    /** {@code title} unless blank, else the {@link #defaultTitle}. */
    public static String title(String title, ReportModel model, ExportLabels labels) {
        return title == null || title.isBlank() ? defaultTitle(model, labels) : title.strip();
    }

    /** The lines under the header, in the speeches' order. */
    public static List<Line> lines(ReportModel model) {
        List<Line> out = new ArrayList<>();
        boolean several = model.speeches().size() > 1;
        for (SpeechPart part : model.speeches()) {
            if (part.obligations().isEmpty()) {
                continue;
            }
            if (several) {
                out.add(new Line(Kind.SPEECH, "《" + part.speech().title() + "》", null));
            }
            addSpeech(out, part);
        }
        return Collections.unmodifiableList(out);
    }

    private static void addSpeech(List<Line> out, SpeechPart part) {
        Analysis a = part.work().analysis();
        List<ParagraphInfo> paragraphs = a.paragraphs();
        boolean headed = paragraphs.stream().anyMatch(p -> p.heading() == 1 || p.heading() == 2);
        ParagraphInfo[] top = new ParagraphInfo[paragraphs.size()];
        ParagraphInfo[] second = new ParagraphInfo[paragraphs.size()];
        ParagraphInfo h1 = null;
        ParagraphInfo h2 = null;
        for (int i = 0; i < paragraphs.size(); i++) {
            ParagraphInfo p = paragraphs.get(i);
            if (p.heading() == 1) {
                h1 = p;
                h2 = null;
            } else if (p.heading() == 2) {
                h2 = p;
            }
            top[i] = h1;
            second[i] = h2;
        }
        ParagraphInfo shownTop = null;
        ParagraphInfo shownSecond = null;
        int number = 0;
        for (ObligationRow row : part.obligations()) {
            int i = indexOf(paragraphs, row.paragraph());
            ParagraphInfo t = i < 0 ? null : top[i];
            ParagraphInfo s = i < 0 ? null : second[i];
            if (t != shownTop) {
                shownTop = t;
                shownSecond = null;
                number = 0;
                if (t != null) {
                    out.add(new Line(Kind.HEADING_1, t.headingText(a.text()).strip(), null));
                }
            }
            if (s != shownSecond) {
                shownSecond = s;
                number = 0;
                if (s != null) {
                    out.add(new Line(Kind.HEADING_2, s.headingText(a.text()).strip(), null));
                }
            }
            if (i >= 0 && inGroupHeading(paragraphs.get(i), row)) {
                continue; // a heading that is itself a task (（一）我们要深刻汲取事故教训。) is its group row, not printed twice
            }
            number++;
            out.add(new Line(Kind.TASK, headed ? number + "." : String.valueOf(number), row));
        }
    }

    /** True for an obligation within the heading of a 一、 or （一） paragraph: the group row already shows it. */
    private static boolean inGroupHeading(ParagraphInfo p, ObligationRow row) {
        return (p.heading() == 1 || p.heading() == 2)
                && row.obligation().start() >= p.start() && row.obligation().end() <= p.headingEnd();
    }

    /** Paragraph indexes are positions in the list; the search only guards against an analysis that differs. */
    private static int indexOf(List<ParagraphInfo> paragraphs, int index) {
        if (index >= 0 && index < paragraphs.size() && paragraphs.get(index).index() == index) {
            return index;
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).index() == index) {
                return i;
            }
        }
        return -1;
    }

    /** A line's cells: a group's text in the first column, the rest empty; a task's twelve columns. */
    public static List<String> cells(Line line, ExportLabels labels) {
        if (line.group()) {
            List<String> cells = new ArrayList<>(Collections.nCopies(KEYS.size(), ""));
            cells.set(0, line.text());
            return cells;
        }
        return cells(line.task(), line.text(), labels);
    }

    /**
     * A task's cells. 牵头单位 is the duty bearer (the user's, when corrected: the model is the corrected view);
     * 配合单位, 完成情况 and 备注 are the user's to fill.
     */
    public static List<String> cells(ObligationRow r, String number, ExportLabels labels) {
        return List.of(
                number,
                r.text(),
                labels.strength(r.obligation().strength()),
                labels.sectors(r.sectors()),
                labels.levels(r.levels(), r.levelsSuggested()),
                r.obligation().actor() == null ? "" : r.obligation().actor(),
                "",
                r.obligation().deadline() == null ? "" : r.obligation().deadline(),
                "",
                "",
                labels.source(r.speech(), r.paragraph()),
                labels.noteBodies(r.notes()));
    }

    /** A task's cells numbered by its place in the whole ledger (1, 2, 3 across speeches). */
    public static List<String> cells(ObligationRow r, ExportLabels labels) {
        return cells(r, String.valueOf(r.number()), labels);
    }
}
