package jingdu.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import jingdu.app.Library;
import jingdu.app.library.Recovery;
import jingdu.i18n.I18n;
import jingdu.i18n.UserFailure;

/**
 * Opening the library at start-up, and what the user is told when it will not open: a damaged or
 * foreign file is never overwritten; the newest sound backup is offered and the damaged file kept aside.
 */
final class StartupDialogs {

    private final I18n i18n;

    StartupDialogs(I18n i18n) {
        this.i18n = i18n;
    }

    /**
     * The open library, or null when it cannot be opened and the user chose to quit. {@code opening} is
     * the attempt to open {@code dbFile} already under way (started before the toolkit, to save time).
     */
    Library openLibrary(Path dbFile, CompletableFuture<Library> opening) {
        try {
            return opened(opening);
        } catch (UserFailure e) {
            String problem = e.localized(i18n);
            Optional<Path> backup = Recovery.canRecover(e) ? Recovery.latestSoundBackup(dbFile) : Optional.empty();
            if (backup.isEmpty()) {
                show(Alert.AlertType.ERROR, i18n.get("startup.cannotOpen"), problem + "\n\n" + i18n.get("startup.untouched"));
                return null;
            }
            ButtonType restore = new ButtonType(i18n.get("startup.restore"), ButtonData.OK_DONE);
            ButtonType quit = new ButtonType(i18n.get("startup.quit"), ButtonData.CANCEL_CLOSE);
            Alert ask = new Alert(Alert.AlertType.WARNING,
                    problem + "\n\n" + i18n.get("startup.offerBackup", backup.get().getFileName()), restore, quit);
            ask.setTitle(i18n.get("app.title"));
            ask.setHeaderText(i18n.get("startup.cannotOpen"));
            if (ask.showAndWait().filter(b -> b == restore).isEmpty()) {
                return null;
            }
            try {
                Recovery.Recovered r = Recovery.recover(dbFile, backup.get());
                show(Alert.AlertType.INFORMATION, i18n.get("startup.restored"),
                        i18n.get("store.restored.damaged", backup.get().getFileName(), r.damagedFileKeptAt()));
                return r.library();
            } catch (UserFailure again) {
                show(Alert.AlertType.ERROR, i18n.get("startup.cannotOpen"), again.localized(i18n));
                return null;
            }
        }
    }

    /** What to tell the user when the last session did not end cleanly (the safety copy, a WAL not used). */
    java.util.Optional<String> uncleanNotice(Library library) {
        return Recovery.openNotice(library, i18n);
    }

    private static Library opened(CompletableFuture<Library> opening) {
        try {
            return opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UserFailure s) {
                throw s;
            }
            throw e;
        }
    }

    private void show(Alert.AlertType type, String header, String message) {
        Alert alert = new Alert(type, message, new ButtonType(i18n.get("dialog.ok"), ButtonData.OK_DONE));
        alert.setTitle(i18n.get("app.title"));
        alert.setHeaderText(header);
        alert.showAndWait();
    }
}
