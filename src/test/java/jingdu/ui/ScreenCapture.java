package jingdu.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;

/** What the real-window runs share: work on the FX thread, and a capture of a window to a PNG. */
final class ScreenCapture {

    private ScreenCapture() {
    }

    /** Runs {@code work} on the FX thread and waits for its result. */
    static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.call());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(60, TimeUnit.SECONDS);
    }

    /** Captures the window from the screen (the X server under Xvfb) and writes it to {@code out}. */
    static WritableImage save(Stage stage, Path out) throws Exception {
        WritableImage image = onFx(() -> new Robot().getScreenCapture(null,
                new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight())));
        write(image, out);
        return image;
    }

    private static void write(WritableImage image, Path out) throws IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage png = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader reader = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                png.setRGB(x, y, reader.getArgb(x, y));
            }
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        ImageIO.write(png, "png", out.toFile());
    }
}
