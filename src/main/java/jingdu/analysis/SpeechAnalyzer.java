package jingdu.analysis;

import jingdu.model.Analysis;

/** Anything that turns a normalized speech into an {@link Analysis}: the engine, or the keyword baseline. */
public interface SpeechAnalyzer {

    Analysis analyze(String normalizedText);
}
