package jingdu.ui;

import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import javafx.stage.Stage;
import jingdu.app.AnalysisService;
import jingdu.app.Library;
import jingdu.app.Services;
import jingdu.i18n.I18n;
import org.testfx.util.WaitForAsyncUtils;

/** A real main window on a real SQLite file in a temp folder, with its own preferences node. */
final class WindowFixture implements AutoCloseable {

    final Path dbFile;
    final Library library;
    final AnalysisService analysis;
    final Preferences prefsNode;
    final MainWindow window;

    /** Call on the FX thread (TestFX's {@code @Start}). */
    WindowFixture(Stage stage, Path dbFile, Preferences prefsNode) {
        this(stage, dbFile, prefsNode, new I18n(Locale.SIMPLIFIED_CHINESE));
    }

    /** In the given language; call on the FX thread. */
    WindowFixture(Stage stage, Path dbFile, Preferences prefsNode, I18n i18n) {
        this.dbFile = dbFile;
        this.library = Library.open(dbFile);
        this.analysis = AnalysisService.forLibrary(library); // as the app builds it: lexicon.tsv beside the file counts
        this.prefsNode = prefsNode;
        this.window = new MainWindow(new Services(library, analysis), i18n, new Prefs(prefsNode), stage, () -> { });
        stage.setScene(window.scene(1200, 800));
        stage.show();
        window.start();
    }

    WindowFixture(Stage stage, Path dir) {
        this(stage, dir.resolve("jingdu.db"), Preferences.userRoot().node("jingdu-test-" + UUID.randomUUID()));
    }

    void awaitAnalysis() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.reader().analysis() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        analysis.close();
        library.close();
    }

    /** Removes the preferences node; only the fixture that created it calls this. */
    void dropPrefs() throws BackingStoreException {
        prefsNode.removeNode();
    }
}
