package jingdu.io;

import java.io.ByteArrayInputStream;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Legacy Word 97–2003 (.doc, via POI HWPF): the main text's paragraphs in order, table cells as
 * paragraphs, field codes removed, field results kept. Headers and footers live in a separate
 * story and are left out.
 */
public final class DocReader implements DocumentReader {

    @Override
    public String read(byte[] data, String name) throws ImportException {
        TextBudget budget = new TextBudget(name);
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(data))) {
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                throw new ImportException("importer.error.encrypted", name); // an encrypted .docx
            }
            if (!fs.getRoot().hasEntry("WordDocument")) {
                throw new ImportException("importer.error.unsupported", name);
            }
            try (HWPFDocument doc = new HWPFDocument(fs.getRoot())) {
                Range body = doc.getRange();
                for (int i = 0; i < body.numParagraphs(); i++) {
                    for (String line : clean(body.getParagraph(i).text()).split("\n")) {
                        budget.paragraph(line);
                    }
                }
            }
        } catch (ImportException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new ImportException("importer.error.encrypted", name);
        } catch (Exception | StackOverflowError e) {
            throw new ImportException("importer.error.damaged", name);
        }
        return budget.text();
    }

    /** Drops field instructions (between 0x13 and 0x14) and Word's control marks (cell ends, page breaks). */
    static String clean(String raw) {
        String text = Range.stripFields(raw);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t') {
                out.append(' ');
            } else if (c >= 0x20 || c == '\n') {
                out.append(c);
            } else if (c == '\r' || c == 0x07 || c == 0x0B) {
                out.append('\n');
            }
        }
        return out.toString();
    }
}
