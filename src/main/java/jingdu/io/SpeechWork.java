package jingdu.io;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jingdu.model.Analysis;
import jingdu.model.Level;
import jingdu.model.Note;
import jingdu.model.Speech;

/**
 * One speech with everything an export needs: the engine's analysis of its text and the user's tags and
 * notes. {@code analysis} must be the analysis of {@code speech.text()}, so all offsets index that text.
 */
public record SpeechWork(Speech speech, Analysis analysis, Map<Integer, Set<Level>> tags, List<Note> notes) {

    public SpeechWork {
        tags = Map.copyOf(tags);
        notes = List.copyOf(notes);
    }
}
