package jingdu.io;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Word 2007+ (.docx): the body's paragraphs in order, each table cell's paragraphs as paragraphs;
 * headers, footers, footnotes and comments are left out. The zip is checked by {@link ZipGuard} first,
 * and POI's own zip-bomb limits are set to the same figures.
 */
public final class DocxReader implements DocumentReader {

    static {
        ZipSecureFile.setMinInflateRatio(1.0 / ZipGuard.MAX_RATIO);
        ZipSecureFile.setGraceEntrySize(ZipGuard.RATIO_FREE_BYTES); // POI's own default (100 KB) refused real documents
        ZipSecureFile.setMaxFileCount(ZipGuard.MAX_ENTRIES); // and its default 1,000 parts
        ZipSecureFile.setMaxEntrySize(ZipGuard.MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxTextSize(TextBudget.MAX_CHARS * 4L);
    }

    @Override
    public String read(byte[] data, String name) throws ImportException {
        ZipGuard.check(data, name);
        TextBudget budget = new TextBudget(name);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(data))) {
            addAll(doc.getBodyElements(), budget, 0);
        } catch (ImportException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new ImportException("importer.error.encrypted", name);
        } catch (Exception | StackOverflowError e) {
            // POI reports broken packages with IOExceptions, XmlExceptions and assorted runtime exceptions
            throw new ImportException("importer.error.damaged", name);
        }
        return budget.text();
    }

    private static void addAll(List<IBodyElement> elements, TextBudget budget, int depth) throws ImportException {
        if (depth > 20) {
            return; // tables nested this deep are not a speech's text
        }
        for (IBodyElement e : elements) {
            if (e instanceof XWPFParagraph p) {
                budget.paragraph(p.getText());
            } else if (e instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        addAll(cell.getBodyElements(), budget, depth + 1);
                    }
                }
            } else if (e instanceof XWPFSDT sdt) {
                for (String line : sdt.getContent().getText().split("\n")) {
                    budget.paragraph(line);
                }
            }
        }
    }
}
