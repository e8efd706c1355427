package jingdu.ui.library;

import java.util.Optional;

import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import jingdu.i18n.I18n;
import jingdu.model.SpeechMeta;

/** Edits a speech's details; the result is saved by the caller in one transaction. */
public final class MetadataDialog {

    public static final String TITLE_ID = "meta-title";
    public static final String SPEAKER_ID = "meta-speaker";
    public static final String DATE_ID = "meta-date";
    public static final String PLACE_ID = "meta-place";
    public static final String LEVEL_ID = "meta-level";
    public static final String MEETING_ID = "meta-meeting";
    public static final String SOURCE_ID = "meta-source";

    /** The usual levels of government; the box is editable for others. */
    static final String[] LEVELS = {"省", "市", "州", "县", "区", "乡"};

    private MetadataDialog() {
    }

    public static Optional<SpeechMeta> edit(I18n i18n, Window owner, SpeechMeta m) {
        Dialog<SpeechMeta> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("comforts.meta.title"));
        TextField title = field(TITLE_ID, m.title());
        TextField speaker = field(SPEAKER_ID, m.speaker());
        TextField date = field(DATE_ID, m.date());
        date.setPromptText("2024-03-06");
        TextField place = field(PLACE_ID, m.place());
        ComboBox<String> level = new ComboBox<>();
        level.setId(LEVEL_ID);
        level.setEditable(true);
        level.getItems().addAll(LEVELS);
        level.setValue(m.govLevel());
        TextField meeting = field(MEETING_ID, m.meeting());
        TextField source = field(SOURCE_ID, m.source());
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // "地点/单位" whole, in any font
        grid.getColumnConstraints().add(labels);
        String[] keys = {"title", "speaker", "date", "place", "level", "meeting", "source"};
        javafx.scene.Node[] inputs = {title, speaker, date, place, level, meeting, source};
        for (int i = 0; i < keys.length; i++) {
            grid.addRow(i, new Label(i18n.get("comforts.meta." + keys[i])), inputs[i]);
            GridPane.setHgrow(inputs[i], Priority.ALWAYS);
        }
        grid.setPrefWidth(480);
        dialog.getDialogPane().setContent(grid);
        ButtonType ok = new ButtonType(i18n.get("dialog.ok"), ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("dialog.cancel"), ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        dialog.setResultConverter(b -> b != ok ? null : new SpeechMeta(title.getText(), speaker.getText(), date.getText(),
                place.getText(), level.getEditor().getText(), meeting.getText(), source.getText()));
        dialog.setOnShown(e -> title.requestFocus());
        return dialog.showAndWait();
    }

    private static TextField field(String id, String value) {
        TextField f = new TextField(value == null ? "" : value);
        f.setId(id);
        return f;
    }
}
