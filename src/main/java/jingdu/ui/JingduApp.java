package jingdu.ui;

import javafx.application.Application;
import javafx.stage.Stage;

/** The window. */
public final class JingduApp extends Application {

    public static void launchWith(String[] args) {
        Application.launch(JingduApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("精读 Jingdu");
        stage.show();
    }
}
