package jingdu.app.start;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jingdu.app.Library;
import jingdu.io.ImportException;
import jingdu.model.Speech;

/** The sample speech that ships in the app, so a first start shows at once what Jingdu does. */
public final class Samples {

    public static final String SAMPLE_RESOURCE = "/sample/sample-speech.txt";
    public static final String SAMPLE_NAME = "sample-speech.txt";

    private Samples() {
    }

    public static String sampleText() {
        try (InputStream in = Samples.class.getResourceAsStream(SAMPLE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("sample speech missing from the build: " + SAMPLE_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports the sample when the library is empty; returns it, or empty when the library had speeches. */
    public static Optional<Speech> importIfEmpty(Library library) {
        if (library.speeches().count() > 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(library.importString(sampleText(), SAMPLE_NAME));
        } catch (ImportException e) {
            throw new IllegalStateException("the bundled sample speech does not import", e);
        }
    }
}
