package jingdu.model;

import java.util.List;

/** A responsibility level the engine suggests for a paragraph, with the words that led to it. */
public record LevelSuggestion(Level level, List<String> cues) {

    public LevelSuggestion {
        cues = List.copyOf(cues);
    }
}
