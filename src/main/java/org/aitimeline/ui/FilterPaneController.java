package org.aitimeline.ui;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import javafx.util.Subscription;
import org.aitimeline.model.Dataset;
import org.aitimeline.model.EventFilter;
import org.aitimeline.model.Facet;
import org.aitimeline.text.DateText;
import org.aitimeline.text.Labels;
import org.aitimeline.timeline.EpochDays;
import org.controlsfx.control.CheckListView;
import org.controlsfx.control.RangeSlider;

/**
 * The filter pane: one collapsible section per facet (a check list with live counts, as tall as its options up to
 * {@link #MAX_ROWS} rows, then scrolling), the dates section and "Clear filters", in a column that scrolls when the
 * open sections need more height than the window has. Every option is reachable from the keyboard: Tab to a list,
 * the arrow keys to an option, Space to tick it.
 */
public class FilterPaneController {

    /** Rows an open facet shows before its list scrolls: a facet never takes the whole pane on a laptop screen. */
    static final int MAX_ROWS = 8;
    /** Height of one option's row (check box and name); fixed, so a list's natural height is known before layout. */
    static final double ROW_HEIGHT = 26;

    @FXML private CheckListView<String> organizations;
    @FXML private CheckListView<String> countries;
    @FXML private CheckListView<String> categories;
    @FXML private CheckListView<String> access;
    @FXML private CheckListView<String> corrections;
    @FXML private RangeSlider dates;
    @FXML private Label fromLabel;
    @FXML private Label toLabel;
    @FXML private Button clearButton;
    @FXML private VBox dateBox;
    @FXML private VBox sections;
    @FXML private ScrollPane scroll;

    /** The dates section's height before its first layout (slider, its year labels and the two dates). */
    private static final double DATES_HEIGHT = 64;

    private ExplorerModel model;
    /** The sections' contents: those the first frame shows made before it, the others just after. */
    private final FirstFrameContents firstFrame = new FirstFrameContents();
    private final Map<Facet, CheckListView<String>> lists = new EnumMap<>(Facet.class);
    private final Map<Facet, CollapsibleSection> facetSections = new EnumMap<>(Facet.class);
    private CollapsibleSection dateSection;
    /** Set while the view is being brought in line with the model, so its listeners do not write back. */
    private boolean syncing;

    /** Wires the pane to the model; the returned subscription unwires it. */
    Subscription init(ExplorerModel model, UserPreferences prefs) {
        this.model = model;
        Labels labels = model.labels();
        lists.put(Facet.ORGANIZATION, organizations);
        lists.put(Facet.COUNTRY, countries);
        lists.put(Facet.CATEGORY, categories);
        lists.put(Facet.ACCESS, access);
        lists.put(Facet.CORRECTION, corrections);
        clearButton.setId("clearFilters");
        lists.forEach((facet, list) -> {
            list.setCellFactory(lv -> new FacetCell(list, facet, model));
            list.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> pushFacet(facet, list));
            list.setFixedCellSize(ROW_HEIGHT);
            list.getItems().addListener((ListChangeListener<String>) c -> fitRows(list));
            fitRows(list);
            list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.SPACE && toggleFocused(list)) e.consume();
            });
            Region placeholder = firstFrame.placeholder(list, 0);
            CollapsibleSection section = new CollapsibleSection(list.getId(), labels.get("facet." + facet.id()), placeholder, prefs, true);
            firstFrame.add(section.node(), list, placeholder);
            facetSections.put(facet, section);
            sections.getChildren().add(section.node());
        });
        Region datePlaceholder = firstFrame.placeholder(dateBox, DATES_HEIGHT);
        dateSection = new CollapsibleSection("dates", labels.get("filter.dates"), datePlaceholder, prefs, true);
        firstFrame.add(dateSection.node(), dateBox, datePlaceholder);
        sections.getChildren().add(dateSection.node());
        // A ScrollPane does not follow the keyboard: bring what gets the focus into view.
        sections.getChildren().forEach(n -> n.focusWithinProperty().subscribe(in -> {
            if (in && n.getScene() != null) reveal(n.getScene().getFocusOwner());
        }));
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
                firstFrame.placeWhenShown(sections, sections.getSpacing()),
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
        facetSections.get(Facet.COUNTRY).setTitle(model.labels().facet(Facet.COUNTRY, f));
        syncing = true;
        try {
            lists.forEach((facet, list) -> check(list, f.selected(facet)));
            dates.setLowValue(f.from() == null ? dates.getMin() : Math.max(dates.getMin(), f.from().toEpochDay()));
            dates.setHighValue(f.to() == null ? dates.getMax() : Math.min(dates.getMax(), f.to().toEpochDay() + 1));
        } finally {
            syncing = false;
        }
        updateDateLabels();
        lists.forEach((facet, list) -> facetSections.get(facet).setChosen(list.getItems().stream()
                .filter(f.selected(facet)::contains).map(k -> model.facetValue(facet, k)).toList()));
        dateSection.setChosen(f.from() == null && f.to() == null ? List.of()
                : List.of(fromLabel.getText() + " – " + toLabel.getText()));
    }

    /** A list as tall as its options, up to {@link #MAX_ROWS} rows; beyond that it scrolls. */
    private static void fitRows(CheckListView<String> list) {
        int rows = Math.max(1, Math.min(MAX_ROWS, list.getItems().size()));
        double height = rows * ROW_HEIGHT + 4; // the list's border
        list.setPrefHeight(height);
        list.setMinHeight(height);
        list.setMaxHeight(height);
    }

    /** Space ticks or unticks the option that has the keyboard focus. */
    private static boolean toggleFocused(CheckListView<String> list) {
        String item = list.getFocusModel().getFocusedItem();
        if (item == null) return false;
        if (list.getCheckModel().isChecked(item)) list.getCheckModel().clearCheck(item);
        else list.getCheckModel().check(item);
        return true;
    }

    /** Scrolls the pane so that {@code node} (inside it) is in view. */
    private void reveal(Node node) {
        if (node == null) return;
        Node content = scroll.getContent();
        Bounds b = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        double total = content.getLayoutBounds().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (b == null || total <= viewport) return;
        double top = scroll.getVvalue() * (total - viewport);
        double wanted = b.getMinY() < top ? b.getMinY() : b.getMaxY() > top + viewport ? b.getMaxY() - viewport : top;
        scroll.setVvalue(Math.max(0, Math.min(1, wanted / (total - viewport))));
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
}
