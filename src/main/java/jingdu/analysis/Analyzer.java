package jingdu.analysis;

import java.util.ArrayList;
import java.util.List;

import jingdu.model.Analysis;
import jingdu.model.ParagraphInfo;

/**
 * Entry point of the analysis engine: text in, {@link Analysis} out. Thread-safe once built;
 * building loads lexicons (and HanLP), so build once and share.
 */
public final class Analyzer {

    public Analyzer() {
    }

    /** {@code text} must already be normalized ({@link TextLayout#normalize}). */
    public Analysis analyze(String text) {
        List<ParagraphInfo> paragraphs = new ArrayList<>();
        int i = 0;
        for (TextLayout.Range p : TextLayout.paragraphs(text)) {
            paragraphs.add(new ParagraphInfo(i++, p.start(), p.end(), 0, List.of()));
        }
        return new Analysis(text, paragraphs, List.of(), List.of());
    }
}
