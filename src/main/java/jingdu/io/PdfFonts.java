package jingdu.io;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one PDF export, embedded as subsets (so the file stays small and its text selectable and
 * searchable: PDFBox writes a ToUnicode map for each). PDFBox can subset only TrueType outlines (a
 * {@code glyf} table); CFF fonts such as Noto CJK are refused with an exception, so they are never tried.
 *
 * <p>Each typeface of the 公文 ({@link Face}) prefers the font an office machine has (Windows: 仿宋
 * simfang.ttf, 黑体 simhei.ttf, 楷体 simkai.ttf, 宋体 simsun.ttc; the same files and the common free ones on
 * Linux and macOS), then falls back to the fonts shipped in the app: Droid Sans Fallback (CJK) and DejaVu
 * Serif (Latin letters, digits, “ ” — …, which Droid lacks). The choice is per character: a character the
 * first font lacks is drawn with the next that has it; one that no font has is drawn as □ and counted.
 * Files are opened lazily, each at most once per export, and closed with this object (after saving).
 */
public final class PdfFonts implements Closeable {

    /** The typefaces of the report. */
    public enum Face { TITLE, HEI, KAI, BODY, NUMBER }

    /** A font able to draw a character: the PDF font, whether it is one shipped in the app, whether it is CJK. */
    public record Glyph(PDType0Font font, boolean bundled, boolean cjk, String text) {
    }

    static final String BUNDLED_CJK = "/fonts/DroidSansFallbackFull.ttf";
    static final String BUNDLED_LATIN = "/fonts/DejaVuSerif.ttf";
    /** Drawn for a character no font has. */
    static final int REPLACEMENT = 0x25A1;

    private static final List<String> TITLE = List.of("fzxbsjw.ttf", "fzxbsjw--gb1-0.ttf", "方正小标宋简体.ttf",
            "方正小标宋_gbk.ttf", "stzhongs.ttf");
    private static final List<String> HEI = List.of("simhei.ttf", "wqy-zenhei.ttc", "wqy-microhei.ttc");
    private static final List<String> KAI = List.of("simkai.ttf", "kaiti.ttf", "stkaiti.ttf", "ukai.ttc",
            "gkai00mp.ttf");
    private static final List<String> FANGSONG = List.of("simfang.ttf", "fangsong.ttf", "stfangso.ttf");
    private static final List<String> SONG = List.of("simsun.ttc", "simsun.ttf", "stsong.ttf", "uming.ttc",
            "gbsn00lp.ttf");
    private static final List<String> LATIN = List.of("times.ttf", "liberationserif-regular.ttf", "tinos-regular.ttf");

    /** Installed files each face tries, in order, before the bundled fonts. */
    private static final Map<Face, List<String>> INSTALLED = new EnumMap<>(Map.of(
            Face.TITLE, concat(TITLE, HEI),
            Face.HEI, HEI,
            Face.KAI, concat(KAI, FANGSONG, SONG),
            Face.BODY, concat(FANGSONG, SONG),
            Face.NUMBER, concat(SONG, FANGSONG)));

    private final PDDocument doc;
    private final List<Path> dirs;
    private Map<String, Path> installed;
    /** Loaded fonts by file name or resource; null: tried and unusable. */
    private final Map<String, Loaded> loaded = new HashMap<>();
    private final List<Closeable> open = new ArrayList<>();
    /** The glyph chosen for each face and code point (the chain is walked once per character). */
    private final Map<Long, Glyph> chosen = new HashMap<>();
    private int replaced;

    /** Fonts for {@code doc}, looking for installed ones in {@code dirs} (none: the bundled fonts only). */
    public PdfFonts(PDDocument doc, List<Path> dirs) {
        this.doc = doc;
        this.dirs = List.copyOf(dirs);
    }

    /** Where this machine keeps its fonts: Windows, macOS and the usual Linux folders, those that exist. */
    public static List<Path> systemDirs() {
        List<Path> out = new ArrayList<>();
        String home = System.getProperty("user.home", "");
        String windir = System.getenv("WINDIR");
        out.add(Path.of(windir != null ? windir : "C:/Windows", "Fonts"));
        String local = System.getenv("LOCALAPPDATA");
        if (local != null) {
            out.add(Path.of(local, "Microsoft", "Windows", "Fonts"));
        }
        for (String d : List.of("/Library/Fonts", "/System/Library/Fonts", "/System/Library/Fonts/Supplemental",
                "/usr/share/fonts", "/usr/local/share/fonts")) {
            out.add(Path.of(d));
        }
        if (!home.isEmpty()) {
            out.add(Path.of(home, "Library", "Fonts"));
            out.add(Path.of(home, ".fonts"));
            out.add(Path.of(home, ".local", "share", "fonts"));
        }
        return out.stream().filter(Files::isDirectory).toList();
    }

    /**
     * The font that draws {@code codePoint} in {@code face}, and the text to draw: the character itself, or □
     * (counted in {@link #replaced()}) when no font has it; null for a character that is not drawn at all (an
     * invisible format character or variation selector no font has).
     */
    public Glyph glyph(Face face, int codePoint) {
        long key = ((long) face.ordinal() << 32) | codePoint;
        if (chosen.containsKey(key)) {
            Glyph g = chosen.get(key);
            if (g != null && g.text().codePointAt(0) != codePoint) {
                replaced++; // □ again
            }
            return g;
        }
        Glyph g = choose(face, codePoint);
        chosen.put(key, g);
        return g;
    }

    private Glyph choose(Face face, int codePoint) {
        boolean latin = codePoint < 0x2000 && !Character.isWhitespace(codePoint);
        List<String> chain = new ArrayList<>();
        if (latin) {
            chain.addAll(LATIN);
            chain.add(BUNDLED_LATIN);
        }
        chain.addAll(INSTALLED.get(face));
        chain.add(BUNDLED_CJK);
        chain.add(BUNDLED_LATIN);
        for (String name : chain) {
            Loaded f = load(name);
            if (f != null && f.has(codePoint)) {
                return new Glyph(f.font, f.bundled, f.cjk, new String(Character.toChars(codePoint)));
            }
        }
        int type = Character.getType(codePoint);
        if (type == Character.FORMAT || type == Character.CONTROL || (codePoint >= 0xFE00 && codePoint <= 0xFE0F)
                || (codePoint >= 0xE0100 && codePoint <= 0xE01EF)) {
            return null;
        }
        replaced++;
        for (String name : List.of(BUNDLED_LATIN, BUNDLED_CJK)) {
            Loaded f = load(name);
            if (f != null && f.has(REPLACEMENT)) {
                return new Glyph(f.font, f.bundled, f.cjk, new String(Character.toChars(REPLACEMENT)));
            }
        }
        Loaded f = load(BUNDLED_LATIN);
        return f == null ? null : new Glyph(f.font, true, false, "?");
    }

    /** How many characters no font had, drawn as □. */
    public int replaced() {
        return replaced;
    }

    /** The fonts actually loaded, by file name, for the log and the tests. */
    public List<String> used() {
        return loaded.entrySet().stream().filter(e -> e.getValue() != null).map(Map.Entry::getKey).sorted().toList();
    }

    private Loaded load(String name) {
        if (loaded.containsKey(name)) {
            return loaded.get(name);
        }
        Loaded f;
        try {
            f = name.startsWith("/") ? bundled(name) : installed(name);
        } catch (IOException | RuntimeException e) {
            f = null; // damaged, CFF outlines, or not licensed for embedding: the next font in the chain
        }
        loaded.put(name, f);
        return f;
    }

    private Loaded bundled(String resource) throws IOException {
        byte[] bytes;
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the app's font " + resource + " is missing from its jar");
            }
            bytes = in.readAllBytes();
        }
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        return embed(ttf, true);
    }

    private Loaded installed(String fileName) throws IOException {
        Path file = installedFiles().get(fileName);
        if (file == null) {
            return null;
        }
        TrueTypeFont ttf;
        if (fileName.endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(new File(file.toString()));
            open.add(collection);
            List<TrueTypeFont> fonts = new ArrayList<>();
            collection.processAllFonts(fonts::add);
            ttf = fonts.stream().filter(PdfFonts::hasTrueTypeOutlines).findFirst().orElse(null);
            if (ttf == null) {
                return null;
            }
        } else {
            ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
            open.add(ttf);
        }
        return embed(ttf, false);
    }

    private Loaded embed(TrueTypeFont ttf, boolean bundled) throws IOException {
        if (!hasTrueTypeOutlines(ttf)) {
            ttf.close();
            return null; // PDFBox cannot subset CFF outlines
        }
        // plain character-to-glyph mapping: no substitution (PDFBox would otherwise run GSUB on every string
        // drawn, slowly, and a Latin ligature would hide its letters from text extraction)
        ttf.setEnableGsub(false);
        CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
        if (cmap == null) {
            return null;
        }
        PDType0Font font = PDType0Font.load(doc, ttf, true); // refuses a font not licensed for embedding
        if (bundled) {
            open.add(ttf);
        }
        return new Loaded(font, cmap, bundled, cmap.getGlyphId(0x4E00) != 0);
    }

    private static boolean hasTrueTypeOutlines(TrueTypeFont ttf) {
        try {
            return ttf.getTableMap().containsKey("glyf");
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Font files in the folders, by lower-case file name (the first folder wins); read once, when first needed. */
    private Map<String, Path> installedFiles() {
        if (installed == null) {
            installed = new LinkedHashMap<>();
            for (Path dir : dirs) {
                try (Stream<Path> files = Files.walk(dir, 4)) {
                    files.filter(Files::isRegularFile).forEach(p -> installed.putIfAbsent(
                            p.getFileName().toString().toLowerCase(Locale.ROOT), p));
                } catch (IOException | UncheckedIOException e) {
                    // an unreadable folder has no fonts for us
                }
            }
        }
        return installed;
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> out = new ArrayList<>();
        for (List<String> l : lists) {
            out.addAll(l);
        }
        return List.copyOf(out);
    }

    /** Closes the font files; call after the document is saved (the subsets are written then). */
    @Override
    public void close() throws IOException {
        IOException first = null;
        for (Closeable c : open) {
            try {
                c.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        open.clear();
        if (first != null) {
            throw first;
        }
    }

    private record Loaded(PDType0Font font, CmapLookup cmap, boolean bundled, boolean cjk) {
        boolean has(int codePoint) {
            return cmap.getGlyphId(codePoint) != 0;
        }
    }
}
