package jingdu.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The app's colours, read from the one stylesheet that defines them ({@code /ui/jingdu.css}, the
 * {@code -jd-*} looked-up colours), so exported HTML and documents match the reader without a second copy.
 */
public final class CssPalette {

    private static final Pattern VARIABLE = Pattern.compile("-jd-([a-z0-9-]+)\\s*:\\s*(#[0-9a-fA-F]{3,8})\\s*;");

    private final Map<String, String> colours;

    private CssPalette(Map<String, String> colours) {
        this.colours = Map.copyOf(colours);
    }

    public static CssPalette parse(String css) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = VARIABLE.matcher(css);
        while (m.find()) {
            out.putIfAbsent(m.group(1), m.group(2).toLowerCase(java.util.Locale.ROOT));
        }
        return new CssPalette(out);
    }

    /** The app stylesheet's palette; an app built without it is broken, so this fails loudly. */
    public static CssPalette app() {
        try (InputStream in = CssPalette.class.getResourceAsStream("/ui/jingdu.css")) {
            if (in == null) {
                throw new IllegalStateException("/ui/jingdu.css missing from the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Name without the -jd- prefix (e.g. "sector-coal") → "#rrggbb". */
    public Map<String, String> colours() {
        return colours;
    }

    public String get(String name, String fallback) {
        return colours.getOrDefault(name, fallback);
    }
}
