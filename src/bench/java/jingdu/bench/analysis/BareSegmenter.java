package jingdu.bench.analysis;

import com.hankcs.hanlp.HanLP;
import jingdu.text.TextLayout;


/** HanLP's default segmenter with nothing of ours around it: the floor the benches compare the engine with. */
public final class BareSegmenter {

    private BareSegmenter() {
    }

    /** Segments each paragraph of {@code text} with {@code HanLP.segment}; returns the number of words. */
    public static long segment(String text) {
        long words = 0;
        for (TextLayout.Range p : TextLayout.paragraphs(text)) {
            words += HanLP.segment(p.of(text)).size();
        }
        return words;
    }
}
