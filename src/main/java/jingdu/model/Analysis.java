package jingdu.model;

import java.util.List;

/** Everything the engine found in one text; all offsets index {@code text}. */
public record Analysis(String text,
                       List<ParagraphInfo> paragraphs,
                       List<SectorMention> sectors,
                       List<Obligation> obligations) {

    public Analysis {
        paragraphs = List.copyOf(paragraphs);
        sectors = List.copyOf(sectors);
        obligations = List.copyOf(obligations);
    }
}
