package jingdu.app.importing;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import jingdu.analysis.SpeechFacts;
import jingdu.app.SpeechDates;
import jingdu.app.search.Search;
import jingdu.model.Analysis;
import jingdu.model.SectorMention;
import jingdu.model.SpeechMeta;

/**
 * Everything the engine's reading of a speech leaves in the library: for the catalogue, its sector set and
 * the details it can tell (level of government, meeting, date); for the search filters, the sectors and
 * suggested levels of each paragraph. Computed once, off the writer's thread, by the import.
 */
public record EngineFacts(Set<String> sectors, SpeechMeta found, Map<Integer, Set<String>> sectorsByParagraph,
                   Map<Integer, Set<String>> levelsByParagraph) {

    public static EngineFacts of(String text, Analysis a) {
        return new EngineFacts(sectors(a), found(text), Collections.unmodifiableMap(Search.sectorsByParagraph(a)),
                Collections.unmodifiableMap(Search.levelsByParagraph(a)));
    }

    /** The speech's sectors in order of first mention. */
    public static Set<String> sectors(Analysis a) {
        Set<String> sectors = new LinkedHashSet<>();
        for (SectorMention s : a.sectors()) {
            sectors.add(s.sector());
        }
        return sectors;
    }

    /** The details the text tells about itself; the title and the user's own fields are left alone. */
    public static SpeechMeta found(String text) {
        SpeechFacts facts = SpeechFacts.of(text);
        return new SpeechMeta(null, null, SpeechDates.normalize(facts.date()), null, facts.governmentLevel(),
                facts.meeting(), null);
    }
}
