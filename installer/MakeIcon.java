import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.imageio.ImageIO;

/**
 * Draws Jingdu's icon once: a rounded square with 精 in Noto Sans CJK. Writes jingdu.png (256×256, for
 * Linux), jingdu-48.png (the window's icon), jingdu.ico (Windows; PNG entries 16–256) and jingdu.icns (macOS; PNG entries).
 * The outputs are committed under resources/icons/; run again only to change the design:
 *   java -Djava.awt.headless=true installer/MakeIcon.java resources/icons
 * Needs the Noto Sans CJK font (Debian: fonts-noto-cjk).
 */
public final class MakeIcon {

    private static final String FONT = "Noto Sans CJK SC";

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "resources/icons");
        Files.createDirectories(dir);
        if (!Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()).contains(FONT)) {
            throw new IllegalStateException(FONT + " is not installed (apt-get install fonts-noto-cjk)");
        }
        Map<Integer, byte[]> pngs = new LinkedHashMap<>();
        for (int size : new int[] {16, 32, 48, 128, 256, 512}) {
            pngs.put(size, png(draw(size)));
        }
        Files.write(dir.resolve("jingdu.png"), pngs.get(256));
        Files.write(dir.resolve("jingdu-48.png"), pngs.get(48)); // the window's own icon: small, so it loads fast
        Files.write(dir.resolve("jingdu.ico"), ico(pngs, 16, 32, 48, 256));
        Files.write(dir.resolve("jingdu.icns"), icns(pngs));
    }

    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        double m = size * 0.04; // margin, so the square does not touch the edge of the icon
        double side = size - 2 * m;
        var square = new RoundRectangle2D.Double(m, m, side, side, side * 0.36, side * 0.36);
        // a deep "safety" red, lighter at the top
        g.setPaint(new GradientPaint(0, (float) m, new Color(0xD2, 0x3A, 0x2E), 0, (float) (m + side), new Color(0x9E, 0x1B, 0x16)));
        g.fill(square);
        g.setStroke(new BasicStroke((float) Math.max(1, size / 96.0)));
        g.setColor(new Color(255, 255, 255, 60));
        g.draw(square);
        Font font = new Font(FONT, Font.BOLD, 10).deriveFont((float) (side * 0.66));
        g.setFont(font);
        g.setColor(Color.WHITE);
        String s = "精";
        var bounds = font.createGlyphVector(g.getFontRenderContext(), s).getVisualBounds();
        double x = (size - bounds.getWidth()) / 2 - bounds.getX();
        double y = (size - bounds.getHeight()) / 2 - bounds.getY();
        g.drawString(s, (float) x, (float) y);
        g.dispose();
        return img;
    }

    static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** ICO with PNG-compressed entries (read by Windows Vista and later). */
    static byte[] ico(Map<Integer, byte[]> pngs, int... sizes) {
        int offset = 6 + 16 * sizes.length;
        int total = offset;
        for (int s : sizes) {
            total += pngs.get(s).length;
        }
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        for (int s : sizes) {
            byte[] data = pngs.get(s);
            b.put((byte) (s >= 256 ? 0 : s)).put((byte) (s >= 256 ? 0 : s)).put((byte) 0).put((byte) 0);
            b.putShort((short) 1).putShort((short) 32).putInt(data.length).putInt(offset);
            offset += data.length;
        }
        for (int s : sizes) {
            b.put(pngs.get(s));
        }
        return b.array();
    }

    /** ICNS with PNG entries: ic07 = 128, ic08 = 256, ic09 = 512, ic11/ic12 = 32/64 "@2x". */
    static byte[] icns(Map<Integer, byte[]> pngs) throws IOException {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("icp4", 16);
        types.put("icp5", 32);
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(body);
        for (var e : types.entrySet()) {
            byte[] data = pngs.get(e.getValue());
            d.writeBytes(e.getKey());
            d.writeInt(8 + data.length);
            d.write(data);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream o = new DataOutputStream(out);
        o.writeBytes("icns");
        o.writeInt(8 + body.size());
        o.write(body.toByteArray());
        return out.toByteArray();
    }
}
