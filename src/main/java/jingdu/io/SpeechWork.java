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
 * {@code analysis}. {@code user} holds the tag tree, the user's own tags, passage tags and speech notes.
 */
public record SpeechWork(Speech speech, Analysis analysis, Map<Integer, Set<Level>> tags, List<Note> notes,
                         List<Correction> corrections, UserTags user) {

    public SpeechWork {
        tags = Map.copyOf(tags);
        notes = List.copyOf(notes);
        corrections = corrections == null ? List.of() : List.copyOf(corrections);
        user = user == null ? UserTags.NONE : user;
    }

    /** A speech's work without the user's own tags, passage tags or speech notes. */
    public SpeechWork(Speech speech, Analysis analysis, Map<Integer, Set<Level>> tags, List<Note> notes,
                      List<Correction> corrections) {
        this(speech, analysis, tags, notes, corrections, UserTags.NONE);
    }

    /** A speech's work without corrections. */
    public SpeechWork(Speech speech, Analysis analysis, Map<Integer, Set<Level>> tags, List<Note> notes) {
        this(speech, analysis, tags, notes, List.of());
    }
}
