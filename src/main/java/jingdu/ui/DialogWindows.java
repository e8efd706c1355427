package jingdu.ui;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** What every dialog window of Jingdu does with its owner: its look, its place, its smallest size. */
public final class DialogWindows {

    private DialogWindows() {
    }

    /**
     * Gives the dialog the owner's stylesheets and font, and ties it to the owner: {@code modal} blocks the owner
     * while it is open; a modeless window may stay open while the theme changes, so it also carries the owner's
     * theme class, which the window switches.
     */
    public static void dress(Stage stage, Scene scene, Parent root, Window owner, boolean modal) {
        if (owner == null || owner.getScene() == null) {
            return;
        }
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        root.setStyle(owner.getScene().getRoot().getStyle());
        if (!modal) {
            root.getStyleClass().addAll(owner.getScene().getRoot().getStyleClass().filtered(c -> c.startsWith("theme-")));
        }
        stage.initOwner(owner);
        if (modal) {
            stage.initModality(Modality.WINDOW_MODAL);
        }
    }

    /** Once shown, the window cannot be made smaller than its content's minimum (nothing cut off). */
    public static void keepMinimum(Stage stage, Scene scene, Region root) {
        stage.setOnShown(e -> {
            stage.setMinWidth(stage.getWidth() - scene.getWidth() + root.minWidth(-1));
            stage.setMinHeight(stage.getHeight() - scene.getHeight() + root.minHeight(root.getWidth()));
        });
    }
}
