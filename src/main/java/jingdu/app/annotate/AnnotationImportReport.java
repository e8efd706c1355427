package jingdu.app.annotate;

import java.util.ArrayList;
import java.util.List;

import jingdu.app.annotate.AnnotationImport.CorrectionConflict;
import jingdu.app.annotate.AnnotationImport.Result;
import jingdu.app.annotate.AnnotationImport.SkippedCorrection;
import jingdu.i18n.I18n;
import jingdu.model.CorrectionKind;
import jingdu.model.SectorCatalog;

/**
 * What an annotations import did, in the front end's language, one line each: the counts, then every
 * conflicting correction (not applied), then every correction left out and why. The command line prints
 * these lines; a window's import summary shows the same.
 */
public final class AnnotationImportReport {

    /** A quote longer than this is cut with "…" so a line stays a line. */
    static final int QUOTE = 16;

    private final I18n i18n;
    private final SectorCatalog sectors;

    /** {@code sectors} names the sectors in the language of {@code i18n}; null shows their ids. */
    public AnnotationImportReport(I18n i18n, SectorCatalog sectors) {
        this.i18n = i18n;
        this.sectors = sectors;
    }

    public List<String> lines(Result r) {
        List<String> out = new ArrayList<>();
        out.add(i18n.get("export.import.done", r.speechesMatched(), r.speechesAdded(), r.speechesSkipped(),
                r.tagsAdded(), r.notesAdded(), r.correctionsAdded()));
        for (CorrectionConflict c : r.conflicts()) {
            out.add(conflict(c));
        }
        for (SkippedCorrection s : r.skippedCorrections()) {
            out.add(skipped(s));
        }
        return out;
    }

    /** One conflict: the speech, where, what this library decided and what the file says. */
    public String conflict(CorrectionConflict c) {
        return i18n.get("export.import.conflict", oneLine(c.title()), quote(c.theirs().quote()), c.theirs().start(),
                c.theirs().end(), answer(c.ours().kind(), c.ours().value()), answer(c.theirs().kind(), c.theirs().value()));
    }

    /** One correction left out: the speech, its quote, what it says, and the reason. */
    public String skipped(SkippedCorrection s) {
        var k = s.correction();
        return i18n.get(s.reason(), oneLine(s.title()), quote(k.quote()), answer(k.kind(), k.value()),
                k.value() == null ? "" : oneLine(k.value()));
    }

    /** What a correction decides, in words: "不是工作要求", "责任主体为“…”". */
    public String answer(CorrectionKind kind, String value) {
        String key = "export.import.answer." + kind.id();
        if (value == null) { // a dismissal, or a duty bearer or deadline set to none
            return i18n.get(kind == CorrectionKind.SET_ACTOR || kind == CorrectionKind.SET_DEADLINE ? key + "None" : key);
        }
        String shown = switch (kind) {
            case ADD_OBLIGATION, SET_STRENGTH -> i18n.has("export.strength." + value)
                    ? i18n.get("export.strength." + value) : value;
            case REJECT_LEVEL -> i18n.has("level." + value) ? i18n.get("level." + value) : value;
            case SET_SECTOR -> sectors != null && sectors.contains(value) ? sectors.name(value, i18n.locale()) : value;
            default -> oneLine(value);
        };
        return i18n.get(key, shown);
    }

    private static String quote(String text) {
        String t = oneLine(text);
        return t.codePointCount(0, t.length()) <= QUOTE ? t : t.substring(0, t.offsetByCodePoints(0, QUOTE)) + "…";
    }

    private static String oneLine(String s) {
        return String.valueOf(s).replaceAll("[\\s\\p{Cntrl}\\p{Cf}]+", " ").strip();
    }
}
