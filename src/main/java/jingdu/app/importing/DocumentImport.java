package jingdu.app.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import jingdu.app.Failures;
import jingdu.io.DocumentFormat;
import jingdu.io.DocumentReader;
import jingdu.io.ImportException;
import jingdu.io.PlainFiles;

/**
 * Reads any supported document into plain text, one paragraph per line: picks the reader by content
 * (then extension), refuses files over the format's size limit before reading them, and gives each
 * read its own thread and a time limit, so a hostile file cannot hang the import.
 */
public final class DocumentImport {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final Duration timeout;
    private final Function<DocumentFormat, DocumentReader> readers;

    public DocumentImport() {
        this(DEFAULT_TIMEOUT, DocumentFormat::reader);
    }

    DocumentImport(Duration timeout, Function<DocumentFormat, DocumentReader> readers) {
        this.timeout = timeout;
        this.readers = readers;
    }

    public String read(Path file) throws ImportException {
        String name = String.valueOf(file.getFileName());
        byte[] data;
        try {
            var refusal = ImportFiles.refusal(file); // a pipe, device or looping link is named, never opened
            if (refusal.isPresent()) {
                throw refusal.get();
            }
            long size = Files.size(file);
            if (size > DocumentFormat.largestAccepted()) {
                throw new ImportException("import.error.tooLarge", name, DocumentFormat.largestAccepted() >> 20);
            }
            data = PlainFiles.readAllBytes(file);
        } catch (IOException e) {
            throw ImportFiles.unreadable(file, e);
        }
        DocumentFormat format = format(data, name);
        if (data.length > format.maxBytes()) {
            throw new ImportException("import.error.tooLarge", name, format.maxBytes() >> 20);
        }
        return readBounded(readers.apply(format), data, name);
    }

    /** The most characters a speech may have, whatever it came from (a file, the clipboard). */
    public static final int MAX_CHARS = jingdu.io.TextBudget.MAX_CHARS;

    /** The file name extensions the importer reads (for the file chooser). */
    public static java.util.List<String> extensions() {
        return DocumentFormat.allExtensions();
    }

    /** The content decides; the extension only where the content says nothing. */
    static DocumentFormat format(byte[] data, String name) throws ImportException {
        var sniffed = DocumentFormat.sniff(data);
        if (sniffed.isPresent()) {
            return sniffed.get();
        }
        if (DocumentFormat.isZip(data)) {
            throw new ImportException("importer.error.unsupported", name); // .xlsx, .zip, …
        }
        DocumentFormat byName = DocumentFormat.byExtension(name).orElse(DocumentFormat.TXT);
        // a .docx/.pdf/.ofd/.doc whose bytes are not that format is damaged, not a text file
        if (byName != DocumentFormat.TXT) {
            throw new ImportException("importer.error.damaged", name);
        }
        return byName;
    }

    private String readBounded(DocumentReader reader, byte[] data, String name) throws ImportException {
        FutureTask<String> task = new FutureTask<>(() -> reader.read(data, name));
        Thread worker = new Thread(task, "jingdu-import-" + name);
        worker.setDaemon(true);
        worker.start();
        try {
            return task.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true); // libraries rarely check interrupts; the daemon thread dies with its garbage
            throw new ImportException("importer.error.timeout", name, timeout.toSeconds());
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new ImportException("importer.error.cancelled", name);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ImportException ie) {
                throw ie;
            }
            if (Failures.outOfMemory(e)) {
                throw new ImportException("importer.error.outOfMemory", name, Failures.maxHeapMegabytes());
            }
            // an unexpected failure inside a library
            throw new ImportException("importer.error.damaged", name);
        }
    }
}
