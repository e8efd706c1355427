package jingdu.io;

/**
 * Reads one document format into plain text, one paragraph per line. Implementations get the whole
 * file (its size already checked against {@link DocumentFormat#maxBytes()}) and refuse anything they
 * cannot read with an {@link ImportException}; they never throw anything else for bad input.
 */
public interface DocumentReader {

    String read(byte[] data, String name) throws ImportException;
}
