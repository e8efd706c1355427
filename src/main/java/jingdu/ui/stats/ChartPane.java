package jingdu.ui.stats;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.IntConsumer;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Cursor;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import jingdu.app.stats.StatsService;
import jingdu.i18n.I18n;
import jingdu.model.StatChart;

/**
 * One chart of the 统计 view: the chart drawn by the app (the same drawing as the exported files) at this pane's
 * size and the screen's scale, redrawn off the FX thread a moment after a resize. A click on a bar or cell
 * tells {@code onPoint} which; Left and Right move between points from the keyboard; the context menu (and
 * Shift+F10) exports the chart.
 */
public final class ChartPane extends Region {

    public static final String STYLE = "stats-chart";
    public static final String SELECTED = "stats-selected";

    private final StatsService stats;
    private final Executor drawer;
    private final IntConsumer onPoint;
    private final ImageView image = new ImageView();
    private final Rectangle mark = new Rectangle();
    private final PauseTransition settle = new PauseTransition(Duration.millis(120));
    private final ContextMenu menu = new ContextMenu();
    private StatChart chart;
    private StatsService.Rendered rendered;
    private CompletableFuture<Void> drawn = CompletableFuture.completedFuture(null);
    private long generation;
    private int selected = -1;
    private double drawnWidth;
    private double drawnHeight;

    ChartPane(StatsService stats, I18n i18n, Executor drawer, IntConsumer onPoint, ExportChoice export) {
        this.stats = stats;
        this.drawer = drawer;
        this.onPoint = onPoint;
        getStyleClass().add(STYLE);
        setFocusTraversable(true);
        mark.getStyleClass().add(SELECTED);
        mark.setMouseTransparent(true);
        mark.setVisible(false);
        getChildren().addAll(image, mark);
        settle.setOnFinished(e -> draw());
        widthProperty().addListener((o, a, b) -> settle.playFromStart());
        heightProperty().addListener((o, a, b) -> settle.playFromStart());
        setOnMouseClicked(e -> {
            requestFocus();
            int p = rendered == null ? -1 : rendered.pointAt(e.getX(), e.getY());
            if (p >= 0) {
                select(p);
            }
        });
        setOnMouseMoved(e -> setCursor(rendered != null && rendered.pointAt(e.getX(), e.getY()) >= 0
                ? Cursor.HAND : Cursor.DEFAULT));
        setOnKeyPressed(e -> {
            if (chart == null || chart.points().isEmpty()) {
                return;
            }
            int n = chart.points().size();
            if (e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.DOWN) {
                select(selected < 0 ? 0 : (selected + 1) % n);
                e.consume();
            } else if (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.UP) {
                select(selected <= 0 ? n - 1 : selected - 1);
                e.consume();
            }
        });
        MenuItem png = new MenuItem();
        MenuItem svg = new MenuItem();
        png.setOnAction(e -> export.choose(chart, StatsService.Format.PNG));
        svg.setOnAction(e -> export.choose(chart, StatsService.Format.SVG));
        menu.getItems().addAll(png, svg);
        menu.setOnShowing(e -> {
            png.setText(i18n.get("stats.export.png", chart == null ? "" : chart.title()));
            svg.setText(i18n.get("stats.export.svg", chart == null ? "" : chart.title()));
        });
        setOnContextMenuRequested(e -> {
            if (chart != null) {
                menu.show(this, e.getScreenX(), e.getScreenY());
            }
        });
    }

    /** Asks where to write a chart, and writes it. */
    @FunctionalInterface
    interface ExportChoice {
        void choose(StatChart chart, StatsService.Format format);
    }

    /** Shows a new chart (a new scope): nothing selected. */
    public void show(StatChart c) {
        chart = c;
        selected = -1;
        mark.setVisible(false);
        setId("stats-chart-" + c.id());
        draw();
    }

    public StatChart chart() {
        return chart;
    }

    /** Completes when the newest drawing is on screen. */
    public CompletableFuture<Void> drawn() {
        return drawn;
    }

    public StatsService.Rendered rendered() {
        return rendered;
    }

    /** Selects a point (its index in the chart's points), marks it and lists its tasks. */
    public void select(int point) {
        selected = point;
        markSelected();
        onPoint.accept(point);
    }

    public int selected() {
        return selected;
    }

    private void markSelected() {
        if (rendered == null || selected < 0) {
            mark.setVisible(false);
            return;
        }
        for (StatsService.Hit h : rendered.hits()) {
            if (h.point() == selected) {
                mark.setX(h.x() - 1.5);
                mark.setY(h.y() - 1.5);
                mark.setWidth(h.width() + 3);
                mark.setHeight(h.height() + 3);
                mark.setVisible(true);
                return;
            }
        }
        mark.setVisible(false);
    }

    private void draw() {
        if (chart == null || getWidth() < 40 || getHeight() < 40) {
            return;
        }
        int w = (int) Math.floor(getWidth());
        int h = (int) Math.floor(getHeight());
        if (rendered != null && w == drawnWidth && h == drawnHeight && chart == drawnChart) {
            return;
        }
        double scale = getScene() != null && getScene().getWindow() != null ? getScene().getWindow().getRenderScaleX() : 1;
        StatChart c = chart;
        long mine = ++generation;
        drawn = CompletableFuture.supplyAsync(() -> stats.render(c, w, h, scale), drawer).thenAcceptAsync(r -> {
            if (mine != generation) {
                return;
            }
            WritableImage img = new WritableImage(r.pixelWidth(), r.pixelHeight());
            img.getPixelWriter().setPixels(0, 0, r.pixelWidth(), r.pixelHeight(), PixelFormat.getIntArgbInstance(),
                    r.argb(), 0, r.pixelWidth());
            image.setImage(img);
            image.setFitWidth(w);
            image.setFitHeight(h);
            rendered = r;
            drawnWidth = w;
            drawnHeight = h;
            drawnChart = c;
            markSelected();
        }, Platform::runLater);
    }

    private StatChart drawnChart;

    @Override
    protected void layoutChildren() {
        image.relocate(0, 0);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 480;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 330;
    }

    /** Where the point was drawn, in this pane (for tests that click it). */
    public Bounds hitBounds(int point) {
        if (rendered != null) {
            for (StatsService.Hit h : rendered.hits()) {
                if (h.point() == point) {
                    return new javafx.geometry.BoundingBox(h.x(), h.y(), h.width(), h.height());
                }
            }
        }
        return null;
    }
}
