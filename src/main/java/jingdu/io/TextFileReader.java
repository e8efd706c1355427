package jingdu.io;

/** Plain text in any common Chinese encoding, through {@link TextDecoder}. */
public final class TextFileReader implements DocumentReader {

    @Override
    public String read(byte[] data, String name) throws ImportException {
        return TextDecoder.decode(data, name).text();
    }
}
