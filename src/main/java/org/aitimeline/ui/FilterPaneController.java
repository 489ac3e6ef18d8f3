package org.aitimeline.ui;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import javafx.util.Subscription;
import org.aitimeline.model.Dataset;
import org.aitimeline.model.EventFilter;
import org.aitimeline.model.Facet;
import org.aitimeline.text.DateText;
import org.aitimeline.timeline.EpochDays;
import org.controlsfx.control.CheckListView;
import org.controlsfx.control.RangeSlider;

/** The filter pane: one check list per facet with live counts, the date range slider and "Clear filters". */
public class FilterPaneController {

    @FXML private CheckListView<String> organizations;
    @FXML private CheckListView<String> countries;
    @FXML private CheckListView<String> categories;
    @FXML private CheckListView<String> access;
    @FXML private CheckListView<String> corrections;
    @FXML private RangeSlider dates;
    @FXML private Label countryTitle;
    @FXML private Label fromLabel;
    @FXML private Label toLabel;
    @FXML private Button clearButton;

    private ExplorerModel model;
    private final Map<Facet, CheckListView<String>> lists = new EnumMap<>(Facet.class);
    /** Set while the view is being brought in line with the model, so its listeners do not write back. */
    private boolean syncing;

    /** Wires the pane to the model; the returned subscription unwires it. */
    Subscription init(ExplorerModel model) {
        this.model = model;
        lists.put(Facet.ORGANIZATION, organizations);
        lists.put(Facet.COUNTRY, countries);
        lists.put(Facet.CATEGORY, categories);
        lists.put(Facet.ACCESS, access);
        lists.put(Facet.CORRECTION, corrections);
        clearButton.setId("clearFilters");
        lists.forEach((facet, list) -> {
            list.setCellFactory(lv -> new FacetCell(list, facet));
            list.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> pushFacet(facet, list));
        });
        dates.lowValueProperty().addListener(o -> pushDates());
        dates.highValueProperty().addListener(o -> pushDates());
        dates.setLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return Integer.toString(LocalDate.ofEpochDay(n.longValue()).getYear());
            }

            @Override
            public Number fromString(String s) {
                return null;
            }
        });

        if (model.getDataset() != null) showDataset(model.getDataset());
        showFilter(model.getFilter());
        return Subscription.combine(
                model.datasetProperty().subscribe((a, d) -> showDataset(d)),
                model.countsProperty().subscribe(() -> lists.values().forEach(CheckListView::refresh)),
                model.filterProperty().subscribe((a, f) -> showFilter(f)));
    }

    private void showDataset(Dataset d) {
        syncing = true;
        try {
            lists.forEach((facet, list) -> list.getItems().setAll(model.facetOptions(facet)));
            long min = d.events().stream().mapToLong(e -> e.date().startEpochDay()).min().orElse(0);
            long max = d.events().stream().mapToLong(e -> e.date().endEpochDay()).max().orElse(1);
            dates.setMin(min);
            dates.setMax(Math.max(min + 1, max));
            dates.setLowValue(min);
            dates.setHighValue(dates.getMax());
            dates.setMajorTickUnit(Math.max(365.25, (dates.getMax() - min) / 6));
            dates.setShowTickMarks(true);
            dates.setShowTickLabels(true);
        } finally {
            syncing = false;
        }
        updateDateLabels();
    }

    private void showFilter(EventFilter f) {
        countryTitle.setText(model.labels().facet(Facet.COUNTRY, f));
        syncing = true;
        try {
            lists.forEach((facet, list) -> check(list, f.selected(facet)));
            dates.setLowValue(f.from() == null ? dates.getMin() : Math.max(dates.getMin(), f.from().toEpochDay()));
            dates.setHighValue(f.to() == null ? dates.getMax() : Math.min(dates.getMax(), f.to().toEpochDay() + 1));
        } finally {
            syncing = false;
        }
        updateDateLabels();
    }

    private static void check(CheckListView<String> list, Set<String> wanted) {
        for (String item : list.getItems()) {
            boolean on = wanted.contains(item);
            if (list.getCheckModel().isChecked(item) != on) {
                if (on) list.getCheckModel().check(item);
                else list.getCheckModel().clearCheck(item);
            }
        }
    }

    private void pushFacet(Facet facet, CheckListView<String> list) {
        if (syncing) return;
        model.applyFilter(model.getFilter().with(facet, Set.copyOf(list.getCheckModel().getCheckedItems())));
    }

    private void pushDates() {
        updateDateLabels();
        if (syncing) return;
        boolean fullLow = dates.getLowValue() <= dates.getMin() + 0.5;
        boolean fullHigh = dates.getHighValue() >= dates.getMax() - 0.5;
        LocalDate from = fullLow ? null : EpochDays.dateOf(dates.getLowValue());
        LocalDate to = fullHigh ? null : EpochDays.lastDateBefore(dates.getHighValue());
        model.applyFilter(model.getFilter().withRange(from, to));
    }

    private void updateDateLabels() {
        fromLabel.setText(DateText.month(EpochDays.dateOf(dates.getLowValue()), model.getLocale()));
        toLabel.setText(DateText.month(EpochDays.lastDateBefore(dates.getHighValue()), model.getLocale()));
    }

    @FXML
    void clear() {
        model.clearFilters();
    }

    /**
     * One option: a check box, the name (shortened with an ellipsis, whole in the tooltip) and its count. The cell
     * asks for no width of its own, so a long name never gives the list a horizontal scroll bar.
     */
    private final class FacetCell extends ListCell<String> {
        private final CheckListView<String> list;
        private final Facet facet;
        private final CheckBox box = new CheckBox();
        private final Label name = new Label();
        private final Label count = new Label();
        private final HBox row = new HBox(6, box, name, count);
        private final Tooltip tooltip = new Tooltip();
        private javafx.beans.property.BooleanProperty bound;

        FacetCell(CheckListView<String> list, Facet facet) {
            this.list = list;
            this.facet = facet;
            getStyleClass().add("facet-cell");
            name.setTextOverrun(OverrunStyle.ELLIPSIS);
            name.setMinWidth(0);
            name.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(name, Priority.ALWAYS);
            count.getStyleClass().add("facet-count");
            count.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setMinWidth(0);
            setPrefWidth(0);
            // A click anywhere on the row ticks the option, as on the box.
            row.setOnMouseClicked(e -> {
                if (e.getTarget() != box && bound != null) box.setSelected(!box.isSelected());
            });
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (bound != null) {
                box.selectedProperty().unbindBidirectional(bound);
                bound = null;
            }
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                setTooltip(null);
                return;
            }
            bound = list.getItemBooleanProperty(item);
            if (bound != null) box.selectedProperty().bindBidirectional(bound);
            String label = model.facetValue(facet, item);
            name.setText(label);
            int n = model.getCounts().count(facet, item);
            count.setText(Integer.toString(n));
            pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("empty-option"), n == 0);
            tooltip.setText(label + " (" + n + ")");
            setTooltip(tooltip);
            setText(null);
            setGraphic(row);
        }
    }
}
