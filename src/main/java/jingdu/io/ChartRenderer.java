package jingdu.io;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.StandardEntityCollection;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;

import jingdu.model.StatChart;

/**
 * Draws a {@link StatChart} with JFreeChart, the same way for the window (an image and where each bar or cell is),
 * PNG and SVG files and the reports' pictures. Text uses the app's own Chinese font (Droid Sans Fallback, shipped
 * for the PDF report), so labels never fall back to boxes on a machine without Chinese fonts; bars run across so
 * long sector names and duty bearers read whole (two lines at most) instead of being turned or cut.
 */
public final class ChartRenderer {

    /** Where a point of the chart was drawn, in the chart's own units (before any scale). */
    public record Hit(double x, double y, double width, double height, int point) {
        public boolean contains(double px, double py) {
            return px >= x && px <= x + width && py >= y && py <= y + height;
        }
    }

    /**
     * The families an SVG file asks for: the reader's own Chinese fonts first, the one we measured with last. Unquoted
     * (valid CSS for names of plain words), so the list sits in an attribute as it is.
     */
    static final String SVG_FONTS = "Noto Sans CJK SC, Source Han Sans SC, Microsoft YaHei, PingFang SC, SimHei, "
            + "WenQuanYi Micro Hei, Droid Sans Fallback, sans-serif";

    /** Characters a chart prints: Chinese labels, digits, the heat map's ×, percentages, brackets. */
    static final String SAMPLE = "各行业领域道路交通危险化学品责任主体任务数未注明年份0123456789×%（）·";

    /** Installed families that cover the sample on the machines our users have, best first. */
    private static final List<String> PREFERRED = List.of("Microsoft YaHei", "微软雅黑", "PingFang SC", "Noto Sans CJK SC",
            "Source Han Sans SC", "Source Han Sans CN", "Noto Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "SimHei",
            "黑体");

    private static final class Chosen {
        static final Font FONT = choose();

        /**
         * An installed Chinese sans-serif that prints every character of a chart; else Java's logical sans-serif when
         * its fall-backs cover them; else the bundled Droid Sans Fallback (Chinese only: digits would print as boxes).
         */
        private static Font choose() {
            try {
                java.util.Set<String> installed = java.util.Set.of(java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment()
                        .getAvailableFontFamilyNames(java.util.Locale.ROOT));
                for (String family : PREFERRED) {
                    Font f = new Font(family, Font.PLAIN, 12);
                    if (installed.contains(family) && f.canDisplayUpTo(SAMPLE) == -1) {
                        return f;
                    }
                }
            } catch (RuntimeException | Error e) {
                // no font configuration at all: the logical font or the bundled one below
            }
            Font logical = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
            return logical.canDisplayUpTo(SAMPLE) == -1 ? logical : Bundled.FONT;
        }
    }

    private static final class Bundled {
        static final Font FONT = load();

        private static Font load() {
            try (InputStream in = ChartRenderer.class.getResourceAsStream(PdfFonts.BUNDLED_CJK)) {
                if (in == null) {
                    throw new IllegalStateException(PdfFonts.BUNDLED_CJK + " missing from the class path");
                }
                return Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private final String noData;
    private final List<Color> colours;
    private final Color heat;
    private final Color text;
    private final Color grid;

    /** {@code noData}: what an empty chart says, in the user's language. */
    public ChartRenderer(String noData) {
        this.noData = noData;
        CssPalette p = CssPalette.app();
        this.colours = List.of(colour(p, "chart-1", "#1565c0"), colour(p, "chart-2", "#ef6c00"),
                colour(p, "chart-3", "#2e7d32"), colour(p, "chart-4", "#6b6760"));
        this.heat = colour(p, "chart-heat", "#b3261e");
        this.text = colour(p, "text", "#1f1f1f");
        this.grid = colour(p, "border", "#d9d5cc");
    }

    /**
     * The chart font, chosen when a chart is first drawn, not when a renderer is made: on Linux the JDK's font
     * configuration asks for this machine's host name when it first starts, and the window and the command line
     * make renderers on every start (see {@code jingdu.Main} for how that question is kept off the network).
     */
    private static Font font() {
        return Chosen.FONT;
    }

    private static Color colour(CssPalette p, String name, String fallback) {
        return Color.decode(p.get(name, fallback));
    }

    // ---- outputs -----------------------------------------------------------------------------------------

    /** The chart as an image {@code scale} times its size in points (2 for a sharp print); hits in points. */
    public BufferedImage image(StatChart c, int width, int height, double scale, List<Hit> hits) {
        int w = Math.max(1, (int) Math.round(width * scale));
        int h = Math.max(1, (int) Math.round(height * scale));
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.scale(scale, scale);
            draw(c, g, width, height, hits);
        } finally {
            g.dispose();
        }
        return img;
    }

    /** A PNG file's bytes. */
    public byte[] png(StatChart c, int width, int height, double scale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image(c, width, height, scale, new ArrayList<>()), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory
        }
        return out.toByteArray();
    }

    /** An SVG document (UTF-8 text): labels stay text, so they can be searched and copied. */
    public String svg(StatChart c, int width, int height) {
        try {
            org.w3c.dom.Document doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .getDOMImplementation().createDocument(SVG_NS, "svg", null);
            org.apache.batik.svggen.SVGGeneratorContext context = org.apache.batik.svggen.SVGGeneratorContext.createDefault(doc);
            context.setComment(null);
            org.apache.batik.svggen.SVGGraphics2D g = new org.apache.batik.svggen.SVGGraphics2D(context, false);
            g.setSVGCanvasSize(new java.awt.Dimension(width, height));
            draw(c, g, width, height, new ArrayList<>());
            org.w3c.dom.Element root = g.getRoot();
            root.setAttribute("viewBox", "0 0 " + width + " " + height);
            // the font we measured with may not be on the reader's machine: name the usual Chinese ones after it
            String family = font().getFamily(java.util.Locale.ROOT);
            String families = family.matches("[A-Za-z0-9 ]+") && !SVG_FONTS.contains(family)
                    ? family + ", " + SVG_FONTS : SVG_FONTS;
            root.setAttribute("font-family", families);
            org.w3c.dom.NodeList all = root.getElementsByTagNameNS("*", "*");
            for (int i = 0; i < all.getLength(); i++) {
                org.w3c.dom.Element e = (org.w3c.dom.Element) all.item(i);
                if (e.hasAttribute("font-family")) {
                    e.setAttribute("font-family", families);
                }
            }
            javax.xml.transform.Transformer t = javax.xml.transform.TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(javax.xml.transform.OutputKeys.ENCODING, "UTF-8");
            java.io.StringWriter out = new java.io.StringWriter();
            t.transform(new javax.xml.transform.dom.DOMSource(root), new javax.xml.transform.stream.StreamResult(out));
            return out.toString();
        } catch (javax.xml.parsers.ParserConfigurationException | javax.xml.transform.TransformerException e) {
            throw new IllegalStateException(e); // the JDK's own XML tools, in memory
        }
    }

    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    private void draw(StatChart c, Graphics2D g, int width, int height, List<Hit> hits) {
        JFreeChart chart = chart(c);
        ChartRenderingInfo info = new ChartRenderingInfo(new StandardEntityCollection());
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height), info);
        for (Object o : info.getEntityCollection().getEntities()) {
            int point = point(c, (ChartEntity) o);
            if (point >= 0) {
                Rectangle2D b = ((ChartEntity) o).getArea().getBounds2D();
                hits.add(new Hit(b.getX(), b.getY(), b.getWidth(), b.getHeight(), point));
            }
        }
    }

    /** The point an entity stands for (-1: none, e.g. the plot itself or a zero). */
    private static int point(StatChart c, ChartEntity e) {
        if (e instanceof CategoryItemEntity ci && ci.getRowKey() instanceof Key row && ci.getColumnKey() instanceof Key col) {
            for (int i = 0; i < c.points().size(); i++) {
                StatChart.Point p = c.points().get(i);
                if (p.series() == row.index() && p.category() == col.index()) {
                    return i;
                }
            }
        } else if (e instanceof XYItemEntity xy && c.kind() == StatChart.Kind.HEAT) {
            return xy.getItem() < c.points().size() ? xy.getItem() : -1;
        }
        return -1;
    }

    /** A series or category: its place (the points' index) and its words (what the axis prints). */
    private record Key(int index, String label) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            return Integer.compare(index, o.index);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    // ---- the charts --------------------------------------------------------------------------------------

    JFreeChart chart(StatChart c) {
        JFreeChart chart = c.kind() == StatChart.Kind.HEAT ? heatMap(c) : categoryChart(c);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setTitle(new TextTitle(c.title(), font().deriveFont(Font.PLAIN, 15f), text, RectangleEdge.TOP,
                org.jfree.chart.ui.HorizontalAlignment.CENTER, org.jfree.chart.ui.VerticalAlignment.CENTER,
                new RectangleInsets(6, 4, 6, 4)));
        chart.setPadding(new RectangleInsets(4, 8, 8, 12));
        chart.getPlot().setNoDataMessage(noData);
        chart.getPlot().setNoDataMessageFont(font().deriveFont(13f));
        chart.getPlot().setOutlineVisible(false);
        chart.getPlot().setBackgroundPaint(Color.WHITE);
        if (chart.getLegend() != null) {
            chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
            chart.getLegend().setItemFont(font().deriveFont(12f));
        }
        return chart;
    }

    private StandardChartTheme theme() {
        StandardChartTheme t = new StandardChartTheme("jingdu");
        t.setExtraLargeFont(font().deriveFont(15f));
        t.setLargeFont(font().deriveFont(13f));
        t.setRegularFont(font().deriveFont(12f));
        t.setSmallFont(font().deriveFont(11f));
        t.setAxisLabelPaint(text);
        t.setTickLabelPaint(text);
        t.setItemLabelPaint(text);
        t.setLegendItemPaint(text);
        t.setTitlePaint(text);
        t.setChartBackgroundPaint(Color.WHITE);
        t.setPlotBackgroundPaint(Color.WHITE);
        t.setRangeGridlinePaint(grid);
        t.setDomainGridlinePaint(grid);
        t.setBarPainter(new StandardBarPainter());
        t.setShadowVisible(false);
        return t;
    }

    private JFreeChart categoryChart(StatChart c) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<Key> series = keys(c.series());
        List<Key> categories = keys(c.categories());
        if (!c.empty()) {
            for (Key s : series) {
                for (Key k : categories) {
                    data.addValue(c.value(s.index(), k.index()), s, k);
                }
            }
        }
        boolean legend = c.series().size() > 1;
        JFreeChart chart = switch (c.kind()) {
            case BAR -> ChartFactory.createBarChart(null, null, c.valueLabel(), data, PlotOrientation.HORIZONTAL,
                    legend, false, false);
            case STACKED_BAR -> ChartFactory.createStackedBarChart(null, null, c.valueLabel(), data,
                    PlotOrientation.HORIZONTAL, legend, false, false);
            case COLUMNS -> ChartFactory.createBarChart(null, null, c.valueLabel(), data, PlotOrientation.VERTICAL,
                    legend, false, false);
            case HEAT -> throw new IllegalArgumentException("heat map");
        };
        theme().apply(chart); // before the colours below: the theme sets its own
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setRangeGridlinePaint(grid);
        plot.setDomainGridlinesVisible(false);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        range.setUpperMargin(0.12); // room for the number after the longest bar
        CategoryAxis domain = plot.getDomainAxis();
        domain.setMaximumCategoryLabelLines(2);
        domain.setMaximumCategoryLabelWidthRatio(0.42f);
        domain.setCategoryMargin(0.18);
        CategoryItemRenderer r = plot.getRenderer();
        for (int i = 0; i < series.size(); i++) {
            r.setSeriesPaint(i, colours.get(i % colours.size()));
        }
        r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
            @Override
            public String generateLabel(org.jfree.data.category.CategoryDataset d, int row, int column) {
                Number v = d.getValue(row, column);
                return v == null || v.intValue() == 0 ? null : super.generateLabel(d, row, column); // no "0" over nothing
            }
        });
        r.setDefaultItemLabelFont(font().deriveFont(11f));
        r.setDefaultItemLabelPaint(text);
        r.setDefaultItemLabelsVisible(c.kind() != StatChart.Kind.COLUMNS || categories.size() <= 12);
        if (r instanceof BarRenderer bar) {
            bar.setDrawBarOutline(false);
            bar.setShadowVisible(false);
            bar.setMaximumBarWidth(0.09);
            bar.setItemMargin(0.04);
        }
        if (c.kind() == StatChart.Kind.COLUMNS) {
            ((BarRenderer) r).setMaximumBarWidth(0.05);
            domain.setMaximumCategoryLabelLines(1); // a month on one line, never broken at its hyphen
            domain.setMaximumCategoryLabelWidthRatio(1.5f);
            if (categories.size() > 8) {
                domain.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
            }
        }
        return chart;
    }

    private JFreeChart heatMap(StatChart c) {
        int n = c.points().size();
        double[][] xyz = new double[3][n];
        int max = 1;
        for (int i = 0; i < n; i++) {
            StatChart.Point p = c.points().get(i);
            xyz[0][i] = p.category();
            xyz[1][i] = p.series();
            xyz[2][i] = p.value();
            max = Math.max(max, p.value());
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        if (n > 0) {
            data.addSeries("counts", xyz);
        }
        SymbolAxis x = new SymbolAxis(null, c.categories().toArray(String[]::new));
        SymbolAxis y = new SymbolAxis(null, c.series().toArray(String[]::new));
        x.setGridBandsVisible(false);
        y.setGridBandsVisible(false);
        y.setInverted(true); // the first row on top, as the list reads
        x.setAutoRange(false);
        y.setAutoRange(false);
        x.setRange(-0.5, Math.max(1, c.categories().size()) - 0.5);
        y.setRange(-0.5, Math.max(1, c.series().size()) - 0.5);
        XYBlockRenderer r = new XYBlockRenderer();
        int top = max;
        XYPlot plot = new XYPlot(data, x, y, r);
        JFreeChart chart = new JFreeChart(null, font().deriveFont(15f), plot, false);
        theme().apply(chart); // first: it sets fonts and paints of its own
        r.setPaintScale(new Scale(top, heat));
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        x.setTickLabelFont(font().deriveFont(12f));
        y.setTickLabelFont(font().deriveFont(12f));
        Font small = font().deriveFont(11f);
        for (int i = 0; i < n; i++) {
            XYTextAnnotation a = new XYTextAnnotation(String.valueOf((int) xyz[2][i]), xyz[0][i], xyz[1][i]);
            a.setFont(small);
            a.setTextAnchor(TextAnchor.CENTER);
            a.setPaint(xyz[2][i] > top * 0.6 ? Color.WHITE : text);
            plot.addAnnotation(a);
        }
        if (c.categories().size() > 8) {
            x.setVerticalTickLabels(true);
        }
        return chart;
    }

    /** White for none, the heat colour for the most. */
    private record Scale(int max, Color hot) implements PaintScale {
        @Override
        public double getLowerBound() {
            return 0;
        }

        @Override
        public double getUpperBound() {
            return max;
        }

        @Override
        public Paint getPaint(double value) {
            double t = Math.max(0, Math.min(1, value / max));
            t = 0.08 + 0.92 * t; // a cell with one task still shows
            return new Color(mix(255, hot.getRed(), t), mix(255, hot.getGreen(), t), mix(255, hot.getBlue(), t));
        }

        private static int mix(int from, int to, double t) {
            return (int) Math.round(from + (to - from) * t);
        }
    }

    private static List<Key> keys(List<String> labels) {
        List<Key> out = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            out.add(new Key(i, labels.get(i)));
        }
        return out;
    }
}
