package org.aitimeline.ui;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.util.StringConverter;
import org.aitimeline.model.Category;
import org.aitimeline.model.Dataset;
import org.aitimeline.model.Event;
import org.aitimeline.model.EventFilter;
import org.aitimeline.model.FacetCounts;
import org.aitimeline.model.Organization;
import org.controlsfx.control.CheckListView;
import org.controlsfx.control.RangeSlider;

/** The filter pane: facet lists with live counts, the date range slider and "Clear filters". */
public class FilterPaneController {

    @FXML private CheckListView<String> organizations;
    @FXML private CheckListView<String> countries;
    @FXML private CheckListView<Category> categories;
    @FXML private RangeSlider dates;
    @FXML private Label fromLabel;
    @FXML private Label toLabel;
    @FXML private Button clearButton;

    private ExplorerModel model;
    private ResourceBundle messages;
    /** Set while the view is being brought in line with the model, so its listeners do not write back. */
    private boolean syncing;

    void init(ExplorerModel model, ResourceBundle messages) {
        this.model = model;
        this.messages = messages;
        organizations.setId("organizations");
        countries.setId("countries");
        categories.setId("categories");
        dates.setId("dates");
        clearButton.setId("clearFilters");
        organizations.setCellFactory(lv -> new CountedCell<>(organizations, id -> {
            Organization o = model.organizations().get(id);
            return o == null ? id : o.name();
        }, id -> model.getCounts().organization(id)));
        countries.setCellFactory(lv -> new CountedCell<>(countries,
                code -> ExplorerModel.countryName(code, model.getLocale()), code -> model.getCounts().country(code)));
        categories.setCellFactory(lv -> new CountedCell<>(categories,
                c -> ExplorerModel.categoryName(c, messages), c -> model.getCounts().category(c)));

        organizations.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> pushFacets());
        countries.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> pushFacets());
        categories.getCheckModel().getCheckedItems().addListener((ListChangeListener<Category>) c -> pushFacets());
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

        model.datasetProperty().addListener((o, a, d) -> showDataset(d));
        model.countsProperty().addListener(o -> {
            organizations.refresh();
            countries.refresh();
            categories.refresh();
        });
        model.filterProperty().addListener((o, a, f) -> showFilter(f));
        if (model.getDataset() != null) showDataset(model.getDataset());
        showFilter(model.getFilter());
    }

    private void showDataset(Dataset d) {
        syncing = true;
        try {
            organizations.getItems().setAll(d.organizations().stream()
                    .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).map(Organization::id).toList());
            Set<String> codes = new HashSet<>();
            for (Event e : d.events()) codes.addAll(e.countries());
            countries.getItems().setAll(codes.stream()
                    .sorted((a, b) -> ExplorerModel.countryName(a, model.getLocale())
                            .compareTo(ExplorerModel.countryName(b, model.getLocale()))).toList());
            categories.getItems().setAll(List.of(Category.values()));
            long min = d.events().stream().mapToLong(e -> e.date().startEpochDay()).min().orElse(0);
            long max = d.events().stream().mapToLong(e -> e.date().endEpochDay()).max().orElse(1);
            dates.setMin(min);
            dates.setMax(Math.max(min + 1, max));
            dates.setLowValue(min);
            dates.setHighValue(dates.getMax());
            dates.setMajorTickUnit(365.25);
            dates.setShowTickMarks(true);
            dates.setShowTickLabels(true);
        } finally {
            syncing = false;
        }
        updateDateLabels();
    }

    private void showFilter(EventFilter f) {
        syncing = true;
        try {
            check(organizations, f.organizations());
            check(countries, f.countries());
            check(categories, f.categories());
            dates.setLowValue(f.from() == null ? dates.getMin() : Math.max(dates.getMin(), f.from().toEpochDay()));
            dates.setHighValue(f.to() == null ? dates.getMax() : Math.min(dates.getMax(), f.to().toEpochDay() + 1));
        } finally {
            syncing = false;
        }
        updateDateLabels();
    }

    private static <T> void check(CheckListView<T> list, Set<T> wanted) {
        for (T item : list.getItems()) {
            boolean on = wanted.contains(item);
            if (list.getCheckModel().isChecked(item) != on) {
                if (on) list.getCheckModel().check(item);
                else list.getCheckModel().clearCheck(item);
            }
        }
    }

    private void pushFacets() {
        if (syncing) return;
        EventFilter f = model.getFilter()
                .withOrganizations(Set.copyOf(organizations.getCheckModel().getCheckedItems()))
                .withCountries(Set.copyOf(countries.getCheckModel().getCheckedItems()))
                .withCategories(Set.copyOf(categories.getCheckModel().getCheckedItems()));
        model.setFilter(f);
    }

    private void pushDates() {
        updateDateLabels();
        if (syncing) return;
        boolean fullLow = dates.getLowValue() <= dates.getMin() + 0.5;
        boolean fullHigh = dates.getHighValue() >= dates.getMax() - 0.5;
        LocalDate from = fullLow ? null : LocalDate.ofEpochDay((long) Math.floor(dates.getLowValue()));
        LocalDate to = fullHigh ? null : LocalDate.ofEpochDay((long) Math.ceil(dates.getHighValue()) - 1);
        model.setFilter(model.getFilter().withRange(from, to));
    }

    private void updateDateLabels() {
        fromLabel.setText(ExplorerModel.monthOf((long) dates.getLowValue(), model.getLocale()));
        toLabel.setText(ExplorerModel.monthOf((long) Math.ceil(dates.getHighValue()) - 1, model.getLocale()));
    }

    @FXML
    void clear() {
        model.clearFilters();
    }

    /** A check-box cell showing "name (count)". */
    private static final class CountedCell<T> extends javafx.scene.control.cell.CheckBoxListCell<T> {
        CountedCell(CheckListView<T> list, Function<T, String> name, Function<T, Integer> count) {
            super(list::getItemBooleanProperty, new StringConverter<>() {
                @Override
                public String toString(T item) {
                    return item == null ? "" : name.apply(item) + "  (" + count.apply(item) + ")";
                }

                @Override
                public T fromString(String s) {
                    return null;
                }
            });
        }
    }
}
