package jingdu.ui.compile;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import jingdu.app.AnalysisService;
import jingdu.app.Failures;
import jingdu.app.compile.CompileFormat;
import jingdu.app.compile.CompileRequest;
import jingdu.app.compile.Compiler;
import jingdu.i18n.I18n;
import jingdu.model.Collection;
import jingdu.model.Compilation;
import jingdu.model.Level;
import jingdu.model.SectorCatalog;
import jingdu.model.Tag;
import jingdu.ui.DialogWindows;

/**
 * 论述摘编: the user ticks tags, levels and sectors or types a search text, may narrow to a collection and a range
 * of speech dates, sees the excerpts grouped by theme and date with their counts, and exports the compilation as
 * Word, PDF or Markdown. Compiling and writing run off the FX thread (with the analysis worker's engine only when
 * a sector is asked for); the newest preview wins.
 */
public final class CompileDialog {

    public static final String ROOT_ID = "compile-dialog";
    public static final String STATUS_ID = "compile-status";
    public static final String PREVIEW_ID = "compile-preview";
    public static final String PREVIEW_BUTTON_ID = "compile-preview-button";
    public static final String EXPORT_ID = "compile-export";
    public static final String QUERY_ID = "compile-query";
    public static final String FROM_ID = "compile-from";
    public static final String TO_ID = "compile-to";
    public static final String COLLECTION_ID = "compile-collection";
    public static final String FORMAT_ID = "compile-format";
    /** Followed by the tag id. */
    public static final String TAG_PREFIX = "compile-tag-";
    /** Followed by the level id. */
    public static final String LEVEL_PREFIX = "compile-level-";
    /** Followed by the sector id. */
    public static final String SECTOR_PREFIX = "compile-sector-";

    private final Compiler compiler;
    private final AnalysisService analysis;
    private final I18n i18n;
    private final Stage stage = new Stage();
    private final Map<String, CheckBox> tags = new LinkedHashMap<>();
    private final Map<Level, CheckBox> levels = new LinkedHashMap<>();
    private final Map<String, CheckBox> sectors = new LinkedHashMap<>();
    private final TextField query = new TextField();
    private final TextField from = new TextField();
    private final TextField to = new TextField();
    private final TextField title = new TextField();
    private final ComboBox<Collection> collection = new ComboBox<>();
    private final ComboBox<CompileFormat> format = new ComboBox<>();
    private final Label status = new Label();
    private final TreeView<String> preview = new TreeView<>(new TreeItem<>());
    private final Button previewButton = new Button();
    private final Button export = new Button();
    private long generation;
    private Compilation shown;

    public CompileDialog(Compiler compiler, SectorCatalog sectorCatalog, AnalysisService analysis, I18n i18n, Window owner) {
        this.compiler = compiler;
        this.analysis = analysis;
        this.i18n = i18n;
        stage.setTitle(i18n.get("compile.dialog.title"));

        FlowPane tagBoxes = flow();
        for (Tag t : compiler.tags()) {
            if (t.level().isPresent()) {
                continue; // the levels have their own row
            }
            CheckBox box = new CheckBox(compiler.tagName(t));
            box.setId(TAG_PREFIX + t.id());
            tags.put(t.id(), box);
            tagBoxes.getChildren().add(box);
        }
        FlowPane levelBoxes = flow();
        for (Level l : Level.values()) {
            CheckBox box = new CheckBox(i18n.get("level." + l.id()));
            box.setId(LEVEL_PREFIX + l.id());
            levels.put(l, box);
            levelBoxes.getChildren().add(box);
        }
        FlowPane sectorBoxes = flow();
        for (String id : sectorCatalog.ids()) {
            CheckBox box = new CheckBox(sectorCatalog.name(id, i18n.locale()));
            box.setId(SECTOR_PREFIX + id);
            sectors.put(id, box);
            sectorBoxes.getChildren().add(box);
        }
        query.setId(QUERY_ID);
        query.setPromptText(i18n.get("compile.dialog.queryPrompt"));
        from.setId(FROM_ID);
        to.setId(TO_ID);
        from.setPromptText(i18n.get("compile.dialog.datePrompt"));
        to.setPromptText(i18n.get("compile.dialog.datePrompt"));
        from.setPrefColumnCount(8);
        to.setPrefColumnCount(8);
        title.setPromptText(i18n.get("compile.dialog.docTitlePrompt"));
        collection.setId(COLLECTION_ID);
        collection.getItems().add(null);
        collection.getItems().addAll(compiler.collections());
        collection.setConverter(new StringConverter<>() {
            @Override
            public String toString(Collection c) {
                return c == null ? i18n.get("compile.dialog.allSpeeches") : c.name();
            }

            @Override
            public Collection fromString(String s) {
                return null;
            }
        });
        collection.getSelectionModel().selectFirst();
        format.setId(FORMAT_ID);
        format.getItems().addAll(CompileFormat.values());
        format.setConverter(new StringConverter<>() {
            @Override
            public String toString(CompileFormat f) {
                return f == null ? "" : i18n.get("compile.format." + f.id());
            }

            @Override
            public CompileFormat fromString(String s) {
                return null;
            }
        });
        format.getSelectionModel().selectFirst();

        GridPane criteria = new GridPane();
        criteria.setHgap(8);
        criteria.setVgap(6);
        criteria.setPadding(new Insets(8));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        criteria.getColumnConstraints().addAll(labels, fields);
        int row = 0;
        criteria.addRow(row++, label("compile.dialog.tags"), scrolled(tagBoxes));
        criteria.addRow(row++, label("compile.dialog.levels"), levelBoxes);
        criteria.addRow(row++, label("compile.dialog.sectors"), scrolled(sectorBoxes));
        criteria.addRow(row++, label("compile.dialog.query"), query);
        HBox dates = new HBox(6, collection, label("compile.dialog.from"), from, label("compile.dialog.to"), to);
        dates.setAlignment(Pos.CENTER_LEFT);
        criteria.addRow(row++, label("compile.dialog.scope"), dates);
        criteria.addRow(row, label("compile.dialog.docTitle"), title);

        status.setId(STATUS_ID);
        status.setWrapText(true);
        preview.setId(PREVIEW_ID);
        preview.setShowRoot(false);
        preview.setMinHeight(120);
        previewButton.setText(i18n.get("compile.dialog.preview"));
        previewButton.setId(PREVIEW_BUTTON_ID);
        previewButton.setDefaultButton(true);
        previewButton.setOnAction(e -> compile());
        export.setText(i18n.get("compile.dialog.export"));
        export.setId(EXPORT_ID);
        export.setDisable(true);
        export.setOnAction(e -> chooseFile());
        Button close = new Button(i18n.get("compile.dialog.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bottom = new HBox(6, previewButton, status, gap, label("compile.dialog.format"), format, export, close);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.getStyleClass().add("corrections-tools");
        HBox.setHgrow(status, Priority.SOMETIMES);

        VBox center = new VBox(4, preview);
        VBox.setVgrow(preview, Priority.ALWAYS);
        center.setPadding(new Insets(0, 8, 0, 8));
        BorderPane root = new BorderPane(center, criteria, null, bottom, null);
        root.setId(ROOT_ID);
        root.getStyleClass().add("compile-dialog");
        Scene scene = new Scene(root, 900, 640);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        DialogWindows.dress(stage, scene, root, owner, false);
        stage.setScene(scene);
        stage.setOnHidden(e -> generation++); // a compile still running stops at its next speech
    }

    private static FlowPane flow() {
        FlowPane p = new FlowPane(10, 4);
        p.setPrefWrapLength(700);
        return p;
    }

    /** A row of check boxes that scrolls when there are many (the user's tags, the sectors). */
    private static ScrollPane scrolled(FlowPane boxes) {
        ScrollPane s = new ScrollPane(boxes);
        s.setFitToWidth(true);
        s.setMaxHeight(56); // two rows of boxes; more scroll
        s.getStyleClass().add("edge-to-edge");
        return s;
    }

    private Label label(String key) {
        Label l = new Label(i18n.get(key));
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    /** The compilation the preview shows (null before the first). */
    public Compilation compilation() {
        return shown;
    }

    /** What the controls ask for now. */
    public CompileRequest request() {
        List<String> tagIds = new ArrayList<>();
        tags.forEach((id, box) -> {
            if (box.isSelected()) {
                tagIds.add(id);
            }
        });
        Set<Level> levelSet = EnumSet.noneOf(Level.class);
        levels.forEach((l, box) -> {
            if (box.isSelected()) {
                levelSet.add(l);
            }
        });
        List<String> sectorIds = new ArrayList<>();
        sectors.forEach((id, box) -> {
            if (box.isSelected()) {
                sectorIds.add(id);
            }
        });
        Collection c = collection.getValue();
        return new CompileRequest(tagIds, levelSet, sectorIds, query.getText(), c == null ? null : c.id(), from.getText(),
                to.getText(), title.getText());
    }

    /** Compiles what the controls ask for off the FX thread and shows it; the newest request wins. */
    public CompletableFuture<Compilation> compile() {
        long g = ++generation;
        CompileRequest request = request();
        status.setText(i18n.get("compile.dialog.working"));
        export.setDisable(true);
        CompletableFuture<Compilation> work = request.sectors().isEmpty()
                ? CompletableFuture.supplyAsync(() -> {
                    try {
                        return compiler.compile(request, null, () -> g != generation);
                    } catch (Exception e) {
                        throw new java.util.concurrent.CompletionException(e);
                    }
                }, CompileDialog::thread)
                : analysis.withAnalyzer(engine -> compiler.compile(request, engine, () -> g != generation));
        work.whenComplete((c, failure) -> Platform.runLater(() -> {
            if (g != generation) {
                return;
            }
            if (failure != null) {
                shown = null;
                preview.getRoot().getChildren().clear();
                status.setText(Failures.describe(failure, i18n));
                return;
            }
            show(c);
        }));
        return work;
    }

    private static void thread(Runnable r) {
        Thread t = new Thread(r, "jingdu-compile");
        t.setDaemon(true);
        t.start();
    }

    private void show(Compilation c) {
        shown = c;
        TreeItem<String> root = preview.getRoot();
        root.getChildren().clear();
        TreeItem<String> top = new TreeItem<>(c.title());
        top.setExpanded(true);
        root.getChildren().add(top);
        for (Compilation.Theme theme : c.themes()) {
            TreeItem<String> t = new TreeItem<>(i18n.get("compile.dialog.themeCount", theme.label(), theme.excerpts()));
            t.setExpanded(true);
            for (Compilation.DateGroup d : theme.dates()) {
                TreeItem<String> di = new TreeItem<>(i18n.get("compile.dialog.dateCount", dateText(d.date()),
                        d.excerpts().size()));
                di.setExpanded(true);
                for (Compilation.Excerpt e : d.excerpts()) {
                    Compilation.Source s = e.sources().get(0);
                    String more = e.sources().size() > 1 ? " · " + i18n.get("compile.dialog.sources", e.sources().size() - 1) : "";
                    di.getChildren().add(new TreeItem<>(i18n.get("compile.dialog.excerpt", e.text(), s.title()) + more));
                }
                t.getChildren().add(di);
            }
            top.getChildren().add(t);
        }
        status.setText(c.isEmpty() ? i18n.get("compile.none") : i18n.get("compile.dialog.summary", c.excerpts()));
        export.setDisable(c.isEmpty());
    }

    private String dateText(String date) {
        return date == null ? i18n.get("compile.date.unknown") : date;
    }

    private void chooseFile() {
        CompileFormat f = format.getValue();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("compile.dialog.chooser"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("compile.format." + f.id()), "*." + f.id()));
        chooser.setInitialFileName(safeFileName(shown.title()) + "." + f.id());
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            export(file.toPath(), f);
        }
    }

    /**
     * Writes what the preview shows as {@code f} into {@code out} off the FX thread (the save dialog has asked
     * before replacing a file); the status line says where, or why not.
     */
    public CompletableFuture<Path> export(Path out, CompileFormat f) {
        Compilation c = shown;
        export.setDisable(true);
        status.setText(i18n.get("compile.dialog.working"));
        CompletableFuture<Path> work = CompletableFuture.supplyAsync(() -> {
            try {
                return compiler.write(c, f, out, true);
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, CompileDialog::thread);
        work.whenComplete((path, failure) -> Platform.runLater(() -> {
            export.setDisable(shown == null || shown.isEmpty());
            status.setText(failure != null ? Failures.describe(failure, i18n) : i18n.get("compile.dialog.saved", path));
        }));
        return work;
    }

    /** The title as a file name: no characters a file system refuses, at most 80 characters. */
    static String safeFileName(String title) {
        String name = title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return name.isEmpty() ? "jingdu" : name.length() > 80 ? name.substring(0, 80) : name;
    }
}
