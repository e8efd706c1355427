package jingdu.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import jingdu.app.AnalysisService;
import jingdu.app.Services;
import jingdu.app.export.ExportException;
import jingdu.app.Failures;
import jingdu.app.export.ExportFormat;
import jingdu.app.export.ExportRequest;
import jingdu.app.export.Exports;
import jingdu.app.Library;
import jingdu.i18n.I18n;
import jingdu.model.ExportFilter;
import jingdu.model.Level;
import jingdu.model.ReportOptions;
import jingdu.model.SpeechSummary;
import jingdu.ui.Prefs;
import jingdu.ui.reader.Labels;

/**
 * Export dialog: format, speeches (current / all / selected), level and sector filters, a preview
 * (text, or the ledger rows as a table), then a file. Previews and exports run on the worker thread.
 */
public final class ExportDialog {

    public static final String FORMAT_ID = "export-format";
    public static final String PREVIEW_TEXT_ID = "export-preview-text";
    public static final String PREVIEW_TABLE_ID = "export-preview-table";
    public static final String PREVIEW_DOCUMENT_ID = "export-preview-document";
    public static final String STATUS_ID = "export-status";
    public static final String SECTOR_ID = "export-sector";
    public static final String EXPORT_ID = "export-run";
    public static final String LEDGER_TITLE_ID = "export-ledger-title";
    public static final String REPORT_TITLE_ID = "export-report-title";
    public static final String ISSUER_ID = "export-report-issuer";
    public static final String DATE_ID = "export-report-date";
    public static final String MARKERS_ID = "export-report-markers";

    private final Services services;
    private final Library library;
    private final AnalysisService analysis;
    private final I18n i18n;
    private final Long currentSpeech;
    private final Stage stage = new Stage();

    private final ComboBox<ExportFormat> format = new ComboBox<>();
    private final ToggleGroup scope = new ToggleGroup();
    private final RadioButton scopeCurrent;
    private final RadioButton scopeAll;
    private final RadioButton scopeSelected;
    private final ListView<SpeechSummary> speeches = new ListView<>();
    private final ComboBox<String> level = new ComboBox<>();
    private final CheckBox includeSuggested;
    private final ComboBox<String> sector = new ComboBox<>();
    private final TextField ledgerTitle = new TextField();
    private final TextField reportTitle = new TextField();
    private final TextField issuer = new TextField();
    private final TextField date = new TextField();
    private final CheckBox markers;
    private final Prefs prefs;
    private final TextArea previewText = new TextArea();
    private final TableView<List<String>> previewTable = new TableView<>();
    private final DocumentPreviewPane previewDocument;
    private final Label status = new Label();
    private final Button exportButton;
    private long previewGeneration;

    public ExportDialog(Services services, I18n i18n, Window owner, Long currentSpeech) {
        this(services, i18n, owner, currentSpeech, null);
    }

    /** With {@code prefs} (may be null) the Word report's 发文单位 and markers choice are remembered. */
    public ExportDialog(Services services, I18n i18n, Window owner, Long currentSpeech, Prefs prefs) {
        this.services = services;
        this.prefs = prefs;
        this.library = services.library();
        this.analysis = services.analysis();
        this.i18n = i18n;
        this.currentSpeech = currentSpeech;

        format.setId(FORMAT_ID);
        format.getItems().setAll(ExportFormat.values());
        format.setConverter(converter(f -> i18n.get("export.format." + f.id())));
        format.setValue(ExportFormat.DOCX);

        scopeCurrent = radio("export.dialog.scope.current");
        scopeAll = radio("export.dialog.scope.all");
        scopeSelected = radio("export.dialog.scope.selected");
        scopeCurrent.setDisable(currentSpeech == null);
        scope.selectToggle(currentSpeech == null ? scopeAll : scopeCurrent);
        speeches.getItems().setAll(library.list());
        speeches.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        speeches.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(SpeechSummary s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.id() + "  " + s.title());
            }
        });
        speeches.setPrefHeight(110);
        speeches.setMinHeight(80); // a few rows, not a sliver, when the Word fields are shown
        speeches.disableProperty().bind(scopeSelected.selectedProperty().not());

        level.getItems().add("");
        for (Level l : Level.values()) {
            level.getItems().add(l.id());
        }
        level.setConverter(converter(id -> id.isEmpty() ? i18n.get("export.dialog.level.any") : i18n.get("export.level." + id)));
        level.setValue("");
        includeSuggested = new CheckBox(i18n.get("export.dialog.includeSuggested"));
        includeSuggested.setSelected(true);
        sector.setId(SECTOR_ID);
        sector.getItems().add("");
        sector.getItems().addAll(analysis.sectors().ids());
        sector.setConverter(converter(id -> id.isEmpty() ? i18n.get("export.dialog.sector.any")
                : Labels.sector(analysis.sectors(), i18n, id)));
        sector.setValue("");

        previewText.setId(PREVIEW_TEXT_ID);
        previewText.setEditable(false);
        previewText.setWrapText(true);
        previewTable.setId(PREVIEW_TABLE_ID);
        previewDocument = new DocumentPreviewPane(i18n);
        previewDocument.setId(PREVIEW_DOCUMENT_ID);
        previewDocument.setVisible(false);
        previewTable.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        status.setId(STATUS_ID);
        status.setWrapText(true);

        exportButton = new Button(i18n.get("export.dialog.export"));
        exportButton.setId(EXPORT_ID);
        exportButton.setDefaultButton(true);
        exportButton.setOnAction(e -> chooseAndExport());
        Button close = new Button(i18n.get("export.dialog.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        // the labels' column is as wide as its longest label: "报告标题" never becomes "报…"
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        form.getColumnConstraints().add(labels);
        form.addRow(0, new Label(i18n.get("export.dialog.format")), format);
        form.addRow(1, new Label(i18n.get("export.dialog.scope")), new HBox(12, scopeCurrent, scopeAll, scopeSelected));
        form.add(speeches, 1, 2);
        form.addRow(3, new Label(i18n.get("export.dialog.level")), new HBox(12, level, includeSuggested));
        form.addRow(4, new Label(i18n.get("export.dialog.sector")), sector);
        // the ledger's title row; empty keeps 《speech》任务分解台账
        ledgerTitle.setId(LEDGER_TITLE_ID);
        ledgerTitle.setPromptText(i18n.get("export.dialog.ledgerTitle.prompt"));
        Label ledgerTitleLabel = new Label(i18n.get("export.dialog.ledgerTitle"));
        form.addRow(5, ledgerTitleLabel, ledgerTitle);
        for (javafx.scene.Node n : List.of(ledgerTitleLabel, ledgerTitle)) {
            n.visibleProperty().bind(format.valueProperty().isEqualTo(ExportFormat.XLSX)
                    .or(format.valueProperty().isEqualTo(ExportFormat.CSV)));
            n.managedProperty().bind(n.visibleProperty());
        }
        // the Word report's title block and markers
        reportTitle.setId(REPORT_TITLE_ID);
        reportTitle.setPromptText(i18n.get("export.dialog.reportTitle.prompt"));
        issuer.setId(ISSUER_ID);
        issuer.setPromptText(i18n.get("export.dialog.issuer.prompt"));
        date.setId(DATE_ID);
        date.setPromptText(i18n.get("export.dialog.date.prompt"));
        markers = new CheckBox(i18n.get("export.dialog.markers"));
        markers.setId(MARKERS_ID);
        if (prefs != null) {
            issuer.setText(prefs.reportIssuer());
            markers.setSelected(prefs.reportMarkers());
            if (currentSpeech != null) {
                String[] titles = prefs.exportTitles(speechKey(List.of(currentSpeech)));
                reportTitle.setText(titles[0]);
                ledgerTitle.setText(titles[1]);
                date.setText(titles[2]);
            }
        }
        Label reportTitleLabel = new Label(i18n.get("export.dialog.reportTitle"));
        Label issuerLabel = new Label(i18n.get("export.dialog.issuer"));
        Label dateLabel = new Label(i18n.get("export.dialog.date"));
        for (javafx.scene.layout.Region r : List.of(dateLabel, markers, includeSuggested, scopeCurrent, scopeAll, scopeSelected)) {
            r.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        HBox issuerRow = new HBox(12, issuer, dateLabel, date);
        issuerRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(issuer, Priority.ALWAYS);
        form.addRow(6, reportTitleLabel, reportTitle);
        form.addRow(7, issuerLabel, issuerRow);
        form.add(markers, 1, 8);
        for (javafx.scene.Node n : List.of(reportTitleLabel, reportTitle, issuerLabel, issuerRow, markers)) {
            // every format of the 公文 report (Word, PDF) takes its title block
            n.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                    () -> format.getValue() != null && format.getValue().isReport(), format.valueProperty()));
            n.managedProperty().bind(n.visibleProperty());
        }
        GridPane.setHgrow(speeches, Priority.ALWAYS);

        StackPane preview = new StackPane(previewText, previewTable, previewDocument);
        VBox.setVgrow(preview, Priority.ALWAYS);
        VBox center = new VBox(8, form, new Label(i18n.get("export.dialog.preview")), preview);
        HBox buttons = new HBox(8, status, exportButton, close);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        BorderPane root = new BorderPane(center);
        root.setBottom(buttons);
        BorderPane.setMargin(buttons, new Insets(8, 0, 0, 0));
        root.setPadding(new Insets(12));

        format.valueProperty().addListener((o, a, b) -> refreshPreview());
        scope.selectedToggleProperty().addListener((o, a, b) -> refreshPreview());
        speeches.getSelectionModel().getSelectedItems().addListener(
                (javafx.collections.ListChangeListener<SpeechSummary>) c -> refreshPreview());
        level.valueProperty().addListener((o, a, b) -> refreshPreview());
        includeSuggested.selectedProperty().addListener((o, a, b) -> refreshPreview());
        sector.valueProperty().addListener((o, a, b) -> refreshPreview());

        stage.setTitle(i18n.get("export.dialog.title"));
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        Scene scene = new Scene(root, 820, 680);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
            root.setStyle(owner.getScene().getRoot().getStyle()); // the same CJK font as the main window
        }
        stage.setScene(scene);
    }

    public void show() {
        stage.show();
        refreshPreview();
    }

    public Stage stage() {
        return stage;
    }

    public void setFormat(ExportFormat f) {
        format.setValue(f);
    }

    /** The request the controls describe; empty speech list means all. Null when "selected" has none. */
    ExportRequest request() {
        List<Long> ids = new ArrayList<>();
        if (scope.getSelectedToggle() == scopeCurrent && currentSpeech != null) {
            ids.add(currentSpeech);
        } else if (scope.getSelectedToggle() == scopeSelected) {
            speeches.getSelectionModel().getSelectedItems().forEach(s -> ids.add(s.id()));
            if (ids.isEmpty()) {
                return null;
            }
        }
        Set<Level> levels = level.getValue() == null || level.getValue().isEmpty()
                ? Set.of() : EnumSet.of(Level.fromId(level.getValue()).orElseThrow());
        Set<String> sectors = sector.getValue() == null || sector.getValue().isEmpty() ? Set.of() : Set.of(sector.getValue());
        ExportFilter filter = includeSuggested.isSelected()
                ? new ExportFilter(Set.of(), levels, sectors) : new ExportFilter(levels, Set.of(), sectors);
        return new ExportRequest(format.getValue(), ids, filter).withTitle(ledgerTitle.getText())
                .withReport(new ReportOptions(markers.isSelected(), reportTitle.getText(), issuer.getText(),
                        date.getText()));
    }

    private void refreshPreview() {
        ExportRequest request = request();
        long generation = ++previewGeneration;
        if (request == null) {
            status.setText(i18n.get("export.dialog.noSelection"));
            exportButton.setDisable(true);
            return;
        }
        exportButton.setDisable(false);
        status.setText(i18n.get("export.dialog.previewing"));
        analysis.withAnalyzer(a -> services.exports(a, i18n).preview(request))
                .whenComplete((p, failure) -> Platform.runLater(() -> {
                    if (generation != previewGeneration) {
                        return; // the user changed something meanwhile; a newer preview is coming
                    }
                    if (failure != null) {
                        status.setText(message(failure));
                        return;
                    }
                    showPreview(p);
                }));
    }

    private void showPreview(Exports.Preview p) {
        boolean document = p.document() != null;
        boolean table = !document && p.rows() != null;
        previewDocument.setVisible(document);
        previewTable.setVisible(table);
        previewText.setVisible(!table && !document);
        if (document) {
            previewDocument.show(p.document()); // the Word report as formatted text, not its Markdown
            status.setText("");
            return;
        }
        if (!table) {
            previewText.setText(p.text());
            status.setText("");
            return;
        }
        List<String> header = p.rows().get(0);
        previewTable.getColumns().clear();
        for (int c = 0; c < header.size(); c++) {
            int col = c;
            TableColumn<List<String>, String> column = new TableColumn<>(header.get(c));
            column.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().get(col)).getReadOnlyProperty());
            column.setPrefWidth(col == 1 ? 320 : 110);
            previewTable.getColumns().add(column);
        }
        previewTable.getItems().setAll(p.rows().subList(1, p.rows().size()));
        status.setText(i18n.get("export.dialog.previewRows", p.rows().size() - 1));
    }

    private void chooseAndExport() {
        ExportRequest request = request();
        if (request == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("export.dialog.title"));
        String ext = request.format().extension();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                i18n.get("export.format." + request.format().id()), "*." + ext));
        chooser.setInitialFileName(initialName(request) + "." + ext);
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            exportTo(file.toPath());
        }
    }

    TextField reportTitleField() {
        return reportTitle;
    }

    TextField ledgerTitleField() {
        return ledgerTitle;
    }

    TextField issuerField() {
        return issuer;
    }

    TextField dateField() {
        return date;
    }

    /** What the titles are remembered under: one speech by its title and import time, several together. */
    private String speechKey(List<Long> ids) {
        if (ids.size() != 1) {
            return "several";
        }
        return library.find(ids.get(0)).map(s -> s.title() + "|" + s.importedAt()).orElse("several");
    }

    private String initialName(ExportRequest request) {
        if (request.speechIds().size() == 1) {
            return library.find(request.speechIds().get(0)).map(s -> safeFileName(s.title())).orElse("jingdu");
        }
        return safeFileName(i18n.get("export.report.title"));
    }

    /**
     * Writes the export the controls describe to {@code out}, off the FX thread; callable without a chooser.
     * An existing file is replaced: the save dialog has asked the user (the library itself never is).
     */
    public CompletableFuture<Path> exportTo(Path out) {
        ExportRequest request = request();
        if (request == null) {
            return CompletableFuture.failedFuture(new ExportException("export.dialog.noSelection", null));
        }
        status.setText(i18n.get("export.progress"));
        exportButton.setDisable(true);
        if (prefs != null && request.format().isReport()) {
            prefs.setReportIssuer(issuer.getText());
            prefs.setReportMarkers(markers.isSelected());
        }
        if (prefs != null) {
            prefs.setExportTitles(speechKey(request.speechIds()), reportTitle.getText(), ledgerTitle.getText(),
                    date.getText());
        }
        CompletableFuture<Path> result = analysis.withAnalyzer(a -> services.exports(a, i18n).write(request, out, true));
        result.whenComplete((path, failure) -> Platform.runLater(() -> {
            exportButton.setDisable(false);
            status.setText(failure == null ? i18n.get("export.done", path) : i18n.get("export.failed") + "：" + message(failure));
            if (failure != null && outOfMemory(failure)) {
                error(message(failure)); // a status line is easy to miss after a long wait
            }
        }));
        return result;
    }

    public String statusText() {
        return status.getText();
    }

    private String message(Throwable failure) {
        return Failures.describe(failure, i18n);
    }

    private static boolean outOfMemory(Throwable failure) {
        return Failures.outOfMemory(failure)
                || Failures.cause(failure) instanceof ExportException e && e.key().equals("export.error.outOfMemory");
    }

    private void error(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, new ButtonType(i18n.get("dialog.ok"), ButtonData.OK_DONE));
        alert.initOwner(stage);
        alert.setTitle(i18n.get("app.title"));
        alert.setHeaderText(i18n.get("export.failed"));
        alert.show();
    }

    private RadioButton radio(String key) {
        RadioButton b = new RadioButton(i18n.get(key));
        b.setToggleGroup(scope);
        return b;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : show.apply(t);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("not editable");
            }
        };
    }

    /** A title made safe as a file name on Windows, macOS and Linux. */
    static String safeFileName(String title) {
        String name = title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return name.isEmpty() ? "jingdu" : name.length() > 80 ? name.substring(0, 80) : name;
    }
}
