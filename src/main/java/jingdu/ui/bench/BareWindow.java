package jingdu.ui.bench;

import java.time.Duration;
import java.time.Instant;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The raw figure for cold start: the barest JavaFX window (one label) started from the same jar, the
 * same JVM and the same options, printing when its first frame was laid out as Jingdu does.
 */
public final class BareWindow extends Application {

    public static void main(String[] args) {
        launch(BareWindow.class, args);
    }

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
