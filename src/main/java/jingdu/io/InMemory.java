package jingdu.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** An export written to memory (tests, previews, small exports); the writers themselves stream. */
final class InMemory {

    /** Writes to a stream. */
    @FunctionalInterface
    interface Writing {
        void to(OutputStream out) throws IOException;
    }

    private InMemory() {
    }

    static byte[] bytes(Writing writing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writing.to(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: cannot happen short of a bug
        }
        return out.toByteArray();
    }
}
