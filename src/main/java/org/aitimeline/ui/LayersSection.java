package org.aitimeline.ui;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.aitimeline.model.Layer;
import org.aitimeline.text.Labels;

/**
 * The filter pane's collapsible *Layers* section: each open layer's name, a check box that shows or hides it and its
 * number of events; the record's row is marked muted, the articles' prominent, as the timeline draws them. A node of
 * its own, put at the top of the filter pane; its check boxes command the model ({@link ExplorerModel#setLayerVisible}).
 */
final class LayersSection {

    private final VBox rows = new VBox(4);
    private final TitledPane pane = new TitledPane();
    private final List<CheckBox> boxes = new java.util.ArrayList<>();
    /** The layers the rows show. */
    private List<Layer> built;

    LayersSection(Labels labels) {
        pane.setId("layersSection");
        pane.getStyleClass().add("layers-section");
        pane.setText(labels.get("layers.title"));
        pane.setContent(rows);
        pane.setAnimated(false);
    }

    Node node() {
        return pane;
    }

    Subscription bind(ExplorerModel model) {
        Labels labels = model.labels();
        // The visibility list is set after the layers on every change of either.
        update(model, labels);
        return model.layerVisibilityProperty().subscribe(() -> update(model, labels));
    }

    /** Rebuilds the rows when other layers are open, else only ticks the boxes (a box keeps its focus when clicked). */
    private void update(ExplorerModel model, Labels labels) {
        if (model.getLayers() == built) {
            for (int i = 0; i < boxes.size(); i++) boxes.get(i).setSelected(model.isLayerVisible(i));
            return;
        }
        built = model.getLayers();
        rebuild(model, labels);
    }

    private void rebuild(ExplorerModel model, Labels labels) {
        List<Layer> layers = model.getLayers();
        rows.getChildren().clear();
        boxes.clear();
        for (int i = 0; i < layers.size(); i++) {
            Layer layer = layers.get(i);
            int index = i;
            CheckBox visible = new CheckBox(layer.dataset().title().in(model.getLocale()));
            visible.setId("layerVisible" + i);
            visible.setSelected(model.isLayerVisible(i));
            visible.setWrapText(true);
            visible.setMaxWidth(Double.MAX_VALUE);
            visible.selectedProperty().addListener((o, was, on) -> model.setLayerVisible(index, on));
            boxes.add(visible);
            boolean muted = layer.prominence() == Layer.Prominence.MUTED;
            // The whole name as well: a long title is shortened in a narrow pane.
            visible.setTooltip(new Tooltip(visible.getText() + "\n" + labels.get(muted ? "layers.muted" : "layers.prominent")));
            Label count = new Label(labels.format("layers.events", layer.dataset().events().size()));
            count.setMinWidth(Region.USE_PREF_SIZE);
            count.getStyleClass().add("layer-count");
            Region swatch = new Region();
            swatch.getStyleClass().addAll("layer-swatch", muted ? "layer-muted" : "layer-prominent");
            HBox row = new HBox(6, swatch, visible, count);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("layer-row");
            HBox.setHgrow(visible, Priority.ALWAYS);
            rows.getChildren().add(row);
        }
    }
}
