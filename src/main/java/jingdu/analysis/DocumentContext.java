package jingdu.analysis;

import java.util.List;

import jingdu.model.SectorMention;

/**
 * Sector decisions that need the whole speech: a bare 防火 is fire safety in general, but in a speech
 * about forest fires (guide: 防火 "not forest") it is the speech's own topic and names no extra sector.
 * A speech is about forest fires when forest-fire words are frequent and clearly outnumber fire-safety words.
 */
final class DocumentContext {

    /** Forest-fire mentions from this many places on make a speech a forest-fire speech. */
    static final int FOREST_SPEECH = 4;

    private DocumentContext() {
    }

    static void resolve(List<SectorMention> mentions) {
        long forest = mentions.stream().filter(m -> m.sector().equals("forest_fire")).count();
        long fire = mentions.stream().filter(m -> m.sector().equals("fire") && !m.term().equals("防火")).count();
        // a general speech with one forest paragraph keeps its fire-safety 防火
        if (forest >= FOREST_SPEECH && forest > 2 * fire) {
            mentions.removeIf(m -> m.sector().equals("fire") && m.term().equals("防火"));
        }
    }
}
