package jingdu.io;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jingdu.model.Analysis;
import jingdu.model.Correction;
import jingdu.model.Level;
import jingdu.model.Note;
import jingdu.model.Speech;

/**
 * One speech with everything an export needs: the analysis of its text (the corrected view in an export),
 * and the user's tags, notes and corrections of the engine. {@code analysis} must be the analysis of
 * {@code speech.text()}, so all offsets index that text. {@code corrections} are the raw decisions, for the
 * annotations JSON, which carries them to a colleague; the other formats show their effect through
 * {@code analysis}.
 */
public record SpeechWork(Speech speech, Analysis analysis, Map<Integer, Set<Level>> tags, List<Note> notes,
                         List<Correction> corrections) {

    public SpeechWork {
        tags = Map.copyOf(tags);
        notes = List.copyOf(notes);
        corrections = corrections == null ? List.of() : List.copyOf(corrections);
    }

    /** A speech's work without corrections. */
    public SpeechWork(Speech speech, Analysis analysis, Map<Integer, Set<Level>> tags, List<Note> notes) {
        this(speech, analysis, tags, notes, List.of());
    }
}
