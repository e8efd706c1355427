package jingdu.ui.reader;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import jingdu.i18n.I18n;
import jingdu.model.Analysis;
import jingdu.model.SectorCatalog;
import jingdu.model.SectorMention;
import jingdu.model.Strength;

/**
 * What the colours mean, for the sectors this speech names (with counts), the obligation underlines
 * and the note highlight; each layer has a switch.
 */
public final class LegendPane extends VBox {

    public static final String SECTORS_TOGGLE_ID = "layer-sectors";
    public static final String OBLIGATIONS_TOGGLE_ID = "layer-obligations";
    public static final String NOTES_TOGGLE_ID = "layer-notes";

    private final I18n i18n;
    private final SectorCatalog catalog;
    private final CheckBox sectors;
    private final CheckBox obligations;
    private final CheckBox notes;
    private final FlowPane sectorSwatches = new FlowPane(6, 4);

    public LegendPane(I18n i18n, SectorCatalog catalog, Consumer<Highlighter.Layers> onLayers) {
        this.i18n = i18n;
        this.catalog = catalog;
        getStyleClass().add("legend");
        Label header = new Label(i18n.get("legend.title"));
        header.getStyleClass().add("pane-header");
        sectors = toggle(SECTORS_TOGGLE_ID, i18n.get("legend.layer.sectors"));
        obligations = toggle(OBLIGATIONS_TOGGLE_ID, i18n.get("legend.layer.obligations"));
        notes = toggle(NOTES_TOGGLE_ID, i18n.get("legend.layer.notes"));
        Runnable fire = () -> onLayers.accept(
                new Highlighter.Layers(sectors.isSelected(), obligations.isSelected(), notes.isSelected()));
        sectors.setOnAction(e -> fire.run());
        obligations.setOnAction(e -> fire.run());
        notes.setOnAction(e -> fire.run());

        HBox strengths = new HBox(10);
        for (Strength s : new Strength[] {Strength.MANDATORY, Strength.REQUIRED, Strength.ADVISORY}) {
            Label sample = new Label(i18n.get("strength." + s.id()));
            sample.getStyleClass().addAll("legend-strength", "legend-" + Highlighter.strengthClass(s.id()));
            strengths.getChildren().add(sample);
        }
        Label noteSample = new Label(i18n.get("legend.note.sample"));
        noteSample.getStyleClass().add("legend-note");
        sectorSwatches.getStyleClass().add("legend-sectors");
        setSpacing(6);
        getChildren().addAll(header, sectors, sectorSwatches, obligations, strengths, notes, noteSample);
    }

    private static CheckBox toggle(String id, String text) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.setSelected(true);
        return box;
    }

    /** Lists the sectors found in this speech, most mentioned first. */
    public void setAnalysis(Analysis analysis) {
        sectorSwatches.getChildren().clear();
        if (analysis == null) {
            return;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (SectorMention m : analysis.sectors()) {
            counts.merge(m.sector(), 1, Integer::sum);
        }
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> {
                    Label swatch = new Label(i18n.get("legend.sector.count", Labels.sector(catalog, i18n, e.getKey()), e.getValue()));
                    swatch.getStyleClass().addAll("legend-swatch", catalog.styleClass(e.getKey()));
                    sectorSwatches.getChildren().add(swatch);
                });
        if (counts.isEmpty()) {
            sectorSwatches.getChildren().add(new Label(i18n.get("legend.sector.none")));
        }
    }
}
