package jingdu.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jingdu.analysis.Analyzer;
import jingdu.i18n.I18n;
import jingdu.io.MarkdownExporter;
import jingdu.model.Speech;

/** Export use case shared by the window and the command line: gather a speech's work, render, write. */
public final class Exports {

    /** Formats {@link #render} understands. */
    public static final List<String> FORMATS = List.of("md");

    private final Library library;
    private final Analyzer analyzer;
    private final I18n i18n;

    public Exports(Library library, Analyzer analyzer, I18n i18n) {
        this.library = library;
        this.analyzer = analyzer;
        this.i18n = i18n;
    }

    /** The speech's notes as Markdown. */
    public String markdown(long speechId) throws ExportException {
        Speech speech = library.find(speechId)
                .orElseThrow(() -> new ExportException("export.error.noSpeech", null, String.valueOf(speechId)));
        return new MarkdownExporter(i18n).export(speech, analyzer.analyze(speech.text()),
                library.tags().forSpeech(speechId), library.notes().forSpeech(speechId));
    }

    /** Writes the Markdown export to {@code out} (UTF-8) atomically: an old file is replaced whole or kept. */
    public void writeMarkdown(long speechId, Path out) throws ExportException {
        String md = markdown(speechId);
        Path dir = out.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new ExportException("export.error.noDir", null, String.valueOf(dir));
        }
        try {
            AtomicFiles.write(out, md.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ExportException("export.error.write", e, out.toString(), String.valueOf(e.getMessage()));
        }
    }
}
