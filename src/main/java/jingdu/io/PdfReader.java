package jingdu.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFs with a text layer (PDFBox): the positioned text of each page becomes lines, and
 * {@link PageLayout} turns those into paragraphs without running headers, footers and page numbers.
 * A scanned PDF (no text) is refused with its own message.
 */
public final class PdfReader implements DocumentReader {

    public static final int MAX_PAGES = 2_000;
    /** Decoded streams are kept in memory up to this much; past it PDFBox gives up with an IOException. */
    private static final long MAX_STREAM_MEMORY = 256L * 1024 * 1024;

    @Override
    public String read(byte[] data, String name) throws ImportException {
        List<PageLayout.Page> pages;
        try (PDDocument doc = Loader.loadPDF(data, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(MAX_STREAM_MEMORY).streamCache)) {
            if (doc.getNumberOfPages() > MAX_PAGES) {
                throw new ImportException("importer.error.tooManyPages", name, MAX_PAGES);
            }
            LineCollector collector = new LineCollector();
            collector.getText(doc);
            pages = collector.pages;
        } catch (ImportException e) {
            throw e;
        } catch (TooMuchText e) {
            throw new ImportException("importer.error.tooMuchText", name, TextBudget.MAX_CHARS);
        } catch (InvalidPasswordException e) {
            throw new ImportException("importer.error.encrypted", name);
        } catch (Exception | StackOverflowError e) {
            throw new ImportException("importer.error.damaged", name);
        }
        String text = PageLayout.paragraphs(pages, new TextBudget(name));
        if (text.isBlank()) {
            throw new ImportException("importer.error.noTextLayer", name);
        }
        return text;
    }

    private static final class TooMuchText extends IOException {
    }

    /** Gathers each word PDFBox finds with its position, then groups them into lines per page. */
    private static final class LineCollector extends PDFTextStripper {

        private record Word(double x0, double x1, double y, double size, String text) {
        }

        final List<PageLayout.Page> pages = new ArrayList<>();
        private final List<Word> words = new ArrayList<>();
        private int characters;

        LineCollector() throws IOException {
            setSortByPosition(true);
            setSuppressDuplicateOverlappingText(true);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            if (positions.isEmpty() || text.isBlank()) {
                return;
            }
            characters += text.length();
            if (characters > TextBudget.MAX_CHARS) {
                throw new TooMuchText();
            }
            TextPosition first = positions.get(0);
            TextPosition last = positions.get(positions.size() - 1);
            double size = positions.stream().mapToDouble(TextPosition::getWidthDirAdj).max().orElse(0);
            size = Math.max(size, first.getFontSizeInPt());
            words.add(new Word(first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(),
                    first.getYDirAdj(), size, text));
        }

        @Override
        protected void writePageEnd() throws IOException {
            super.writePageEnd();
            pages.add(new PageLayout.Page(lines(words)));
            words.clear();
        }

        /** Words whose baselines are within half a character of each other share a line. */
        private static List<PageLayout.Line> lines(List<Word> words) {
            List<Word> sorted = new ArrayList<>(words);
            sorted.sort(Comparator.comparingDouble(Word::y).thenComparingDouble(Word::x0));
            List<PageLayout.Line> lines = new ArrayList<>();
            List<Word> current = new ArrayList<>();
            for (Word w : sorted) {
                if (!current.isEmpty() && Math.abs(w.y() - current.get(0).y()) > 0.5 * Math.max(1, current.get(0).size())) {
                    lines.add(line(current));
                    current.clear();
                }
                current.add(w);
            }
            if (!current.isEmpty()) {
                lines.add(line(current));
            }
            return lines;
        }

        private static PageLayout.Line line(List<Word> words) {
            words.sort(Comparator.comparingDouble(Word::x0));
            StringBuilder text = new StringBuilder();
            double x1 = words.get(0).x1();
            double size = 0;
            for (Word w : words) {
                if (!text.isEmpty() && w.x0() - x1 > 0.25 * Math.max(1, w.size())) {
                    text.append(' ');
                }
                text.append(w.text());
                x1 = Math.max(x1, w.x1());
                size = Math.max(size, w.size());
            }
            return new PageLayout.Line(words.get(0).x0(), x1, words.get(0).y(), size, text.toString());
        }
    }
}
