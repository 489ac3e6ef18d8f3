package org.aitimeline.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.AccessibleRole;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.Subscription;
import org.aitimeline.model.Correction;
import org.aitimeline.model.Event;
import org.aitimeline.model.Facet;
import org.aitimeline.text.DateText;
import org.aitimeline.text.Labels;

/**
 * The Table view: the filtered events as rows (date at its precision, title, organizations, countries, category,
 * openness, layer, corrections), sortable by any column, its selection the model's. It is also the accessible way
 * into the data: the canvas timeline says nothing to a screen reader, and on Linux JavaFX has none at all. Each row's
 * words and its date key are made once per filter change, so a sort compares longs and strings, never parses.
 */
public final class EventTable {

    /** The Date column's order: by the precomputed key (the first day, the wider date first). */
    public static final Comparator<Row> BY_DATE = Comparator.comparingLong(Row::dateKey);

    /** One event's words in the current language, made once; {@code dateKey} sorts by real date, then by precision. */
    public record Row(Event event, long dateKey, String date, String title, String organizations, String countries,
               String category, String openness, String layer, String corrections) {

        /** The row as tab-separated text, in column order. */
        public String tsv() {
            return String.join("\t", date, title, organizations, countries, category, openness, layer, corrections);
        }
    }

    private final TableView<Row> table = new TableView<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final SortedList<Row> sorted = new SortedList<>(rows);
    private boolean syncing;

    EventTable() {
        table.setId("eventTable");
        table.setAccessibleRole(AccessibleRole.TABLE_VIEW);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.C) {
                copySelection();
                e.consume();
            }
        });
    }

    TableView<Row> node() {
        return table;
    }

    /** Columns in the model's language, rows from its filtered events; the selection both ways. */
    Subscription bind(ExplorerModel model, Labels labels) {
        table.getColumns().setAll(List.of(
                column(labels.get("table.date"), "date", Row::date, BY_DATE, 110),
                column(labels.get("table.title"), "title", Row::title, null, 300),
                column(labels.get("facet.organization"), "organizations", Row::organizations, null, 140),
                column(labels.get("facet.country"), "countries", Row::countries, null, 110),
                column(labels.get("group.category"), "category", Row::category, null, 100),
                column(labels.get("group.access"), "openness", Row::openness, null, 100),
                column(labels.get("table.layer"), "layer", Row::layer, null, 120),
                column(labels.get("table.corrections"), "corrections", Row::corrections, null, 110)));
        table.setPlaceholder(new javafx.scene.control.Label(labels.get("timeline.empty")));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> {
            if (!syncing && row != null) model.select(row.event());
        });
        show(model, labels);
        return Subscription.combine(
                model.getFilteredEvents().subscribe(() -> show(model, labels)),
                model.selectedEventProperty().subscribe(this::showSelected));
    }

    /**
     * A column whose cells show {@code words} of the row and which sorts by {@code byKey} (the date's key), or by the
     * words themselves.
     */
    private static TableColumn<Row, Row> column(String title, String id, Function<Row, String> words,
                                                Comparator<Row> byKey, double width) {
        TableColumn<Row, Row> c = new TableColumn<>(title);
        c.setId("column-" + id);
        c.setPrefWidth(width);
        c.setMinWidth(60);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Row row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : words.apply(row));
            }
        });
        c.setComparator(byKey != null ? byKey : Comparator.comparing(words, String.CASE_INSENSITIVE_ORDER));
        return c;
    }

    private void show(ExplorerModel model, Labels labels) {
        rows.setAll(rowsOf(model.getFilteredEvents(), model, labels));
        showSelected(model.getSelectedEvent());
    }

    /** The rows of {@code events}: every word made here, once. */
    public static List<Row> rowsOf(List<Event> events, ExplorerModel model, Labels labels) {
        Locale locale = model.getLocale();
        List<Row> out = new ArrayList<>(events.size());
        for (Event e : events) {
            out.add(new Row(e, dateKey(e), DateText.format(e.date(), locale), e.title().in(locale),
                    names(model, Facet.ORGANIZATION, e), names(model, Facet.COUNTRY, e), names(model, Facet.CATEGORY, e),
                    names(model, Facet.ACCESS, e), model.layerName(e), corrections(e, labels)));
        }
        return out;
    }

    /** Sorts by the first day, then the wider date first (a year before its own months and days). */
    static long dateKey(Event e) {
        return e.date().startEpochDay() * 4 + e.date().precision().ordinal();
    }

    private static String names(ExplorerModel model, Facet facet, Event e) {
        return facet.keysOf(e).stream().map(k -> model.facetValue(facet, k)).collect(Collectors.joining(", "));
    }

    /** "2: Incorrect, Imprecise", or nothing. */
    private static String corrections(Event e, Labels labels) {
        if (e.corrections().isEmpty()) return "";
        return e.corrections().size() + ": " + e.corrections().stream().map(Correction::verdict).distinct()
                .map(labels::verdict).collect(Collectors.joining(", "));
    }

    private void showSelected(Event selected) {
        syncing = true;
        try {
            Row row = selected == null ? null : sorted.stream().filter(r -> r.event() == selected).findFirst().orElse(null);
            if (row == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != row) {
                table.getSelectionModel().clearAndSelect(sorted.indexOf(row));
                table.scrollTo(row);
            }
        } finally {
            syncing = false;
        }
    }

    /** Ctrl+C: the selected rows as tab-separated lines, in the table's order. */
    private void copySelection() {
        String text = table.getSelectionModel().getSelectedItems().stream().map(Row::tsv).collect(Collectors.joining("\n"));
        if (text.isEmpty()) return;
        ClipboardContent content = new ClipboardContent();
        content.putString(text + "\n");
        Clipboard.getSystemClipboard().setContent(content);
    }
}
