package jingdu.bench.ui;

import java.time.Duration;
import java.time.Instant;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The raw figure for cold start: the barest JavaFX window (one label), started from the benches' jar with
 * the app's jar behind it (the same JavaFX classes), the same JVM and the same options, printing when its
 * first frame was laid out as Jingdu does.
 */
public final class BareWindow {

    private BareWindow() {
    }

    /** A plain main class: the java launcher refuses an Application subclass run from the class path. */
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window itself. */
    public static final class Window extends Application {

        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(new Label("精读")), 1280, 800);
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                long ms = ProcessHandle.current().info().startInstant()
                        .map(start -> Duration.between(start, Instant.now()).toMillis()).orElse(-1L);
                System.err.println("startup: first frame after " + ms + " ms");
            };
            scene.addPostLayoutPulseListener(once[0]);
            stage.setScene(scene);
            stage.show();
        }
    }
}
