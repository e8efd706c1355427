package jingdu.ui.compare;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;
import jingdu.i18n.I18n;
import jingdu.ui.DialogWindows;

/**
 * 讲话对比 in a window of its own beside the reader (two texts side by side need the screen's width): the owner's
 * look and theme, Escape closes it, and it keeps its view (choices and result) while hidden.
 */
public final class CompareWindow {

    private final Stage stage = new Stage();
    private final CompareView view;

    /** {@code width} × {@code height}: the owner's size on a small screen, else a size that shows both texts. */
    public CompareWindow(CompareView view, I18n i18n, Window owner, double width, double height) {
        this.view = view;
        stage.setTitle(i18n.get("compare.title"));
        Region root = (Region) view.root();
        Scene scene = new Scene(root, width, height);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        DialogWindows.dress(stage, scene, root, owner, false);
        stage.setScene(scene);
        stage.setMinWidth(800);
        stage.setMinHeight(500);
    }

    /** Shows the window (the choices read again from the library), or brings it to the front. */
    public void show() {
        view.refreshChoices();
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    public CompareView view() {
        return view;
    }
}
