package jingdu.analysis;

import java.util.List;

import jingdu.model.Analysis;
import jingdu.model.Obligation;
import jingdu.model.Strength;
import jingdu.text.TextLayout;

/** One engine for all tests (HanLP loads once), with helpers that look at a single sentence or paragraph. */
final class Engine {

    static final Analyzer ANALYZER = new Analyzer();

    private Engine() {
    }

    static Analysis analyze(String text) {
        return ANALYZER.analyze(TextLayout.normalize(text));
    }

    /** Strength of the obligation covering the {@code index}-th sentence of {@code text}, or null. */
    static Strength strength(String text, int index) {
        Obligation o = obligation(text, index);
        return o == null ? null : o.strength();
    }

    static Strength strength(String sentence) {
        return strength(sentence, 0);
    }

    static Obligation obligation(String text, int index) {
        Analysis a = analyze(text);
        List<TextLayout.Range> sentences = TextLayout.paragraphs(a.text()).stream()
                .flatMap(p -> TextLayout.sentences(a.text(), p).stream()).toList();
        TextLayout.Range s = sentences.get(index);
        return a.obligations().stream()
                .filter(o -> o.start() < s.end() && o.end() > s.start())
                .findFirst().orElse(null);
    }

    /** Sector ids mentioned in the text, sorted. */
    static List<String> sectors(String text) {
        return analyze(text).sectors().stream().map(m -> m.sector()).distinct().sorted().toList();
    }
}
