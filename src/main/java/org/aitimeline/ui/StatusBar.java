package org.aitimeline.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.util.Subscription;
import org.aitimeline.model.Dataset;
import org.aitimeline.model.EventFilter;
import org.aitimeline.text.Labels;

/**
 * The status bar (how many events pass, the filters in words, the dataset) and the bar announcing a filter restored
 * from the last session. It reads the model once per recount: the counts are published after the list they count.
 */
final class StatusBar {

    private final Label count;
    private final Label filters;
    private final Label dataset;
    private final HBox restoredBar;
    private final Label restoredText;
    private ExplorerModel model;
    private Labels labels;
    /** The filter restored from the last session while it is still in force (null once the user changes it). */
    private EventFilter restored;

    StatusBar(Label count, Label filters, Label dataset, HBox restoredBar, Label restoredText) {
        this.count = count;
        this.filters = filters;
        this.dataset = dataset;
        this.restoredBar = restoredBar;
        this.restoredText = restoredText;
    }

    Subscription bind(ExplorerModel model, Labels labels) {
        this.model = model;
        this.labels = labels;
        // Every new dataset or filter is counted again: one subscription. An invalidation one, since counts equal to
        // the last ("Llama 3", then "Llama 3.1") are no change to a change subscriber, yet the filter's words changed.
        update();
        return model.countsProperty().subscribe(this::update);
    }

    /** Announces that the current filter was restored from the last session, with a way to clear it. */
    void announceRestored() {
        restored = model.getFilter();
        update();
    }

    private void update() {
        Dataset d = model.getDataset();
        // Hidden commentary is not counted: "45 of 45 events" when nothing is filtered.
        count.setText(labels.format("status.count", model.getCounts().matching(), model.getTotal()));
        String words = model.describeFilter();
        filters.setText(words.isEmpty() ? labels.get("status.noFilters") : words);
        dataset.setText(d == null ? "" : labels.format("status.dataset", labels.title(d)));
        boolean showRestored = restored != null && restored.equals(model.getFilter()) && !restored.isEmpty();
        if (!showRestored) restored = null;
        restoredBar.setVisible(showRestored);
        restoredBar.setManaged(showRestored);
        if (showRestored) restoredText.setText(labels.format("status.restored", words));
    }
}
