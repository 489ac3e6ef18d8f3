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
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
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
 *
 * <p>A tool bar above the rows says how many there are and has <i>Export CSV…</i> (also in the rows' context menu):
 * it writes exactly the rows shown, in the table's current sort order (the timeline's order when no column is
 * sorted), through the one CSV writer.
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

    /** Writes the rows shown (their events, in the table's order) as CSV; {@code done} receives what to say after. */
    @FunctionalInterface
    interface CsvExporter {
        void export(List<Event> rows, java.util.function.Consumer<String> done);
    }

    private final TableView<Row> table = new TableView<>();
    private final Label rowCount = new Label();
    private final Label exportStatus = new Label();
    private final Button exportCsv = new Button();
    private final MenuItem exportCsvItem = new MenuItem();
    private final BorderPane pane = new BorderPane(table);
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final SortedList<Row> sorted = new SortedList<>(rows);
    private boolean syncing;

    EventTable() {
        table.setId("eventTable");
        rowCount.setId("tableRowCount");
        exportStatus.setId("tableExportStatus");
        exportStatus.setMinWidth(0);
        exportCsv.setId("tableExportCsv");
        exportCsvItem.setId("tableExportCsvItem");
        table.setContextMenu(new ContextMenu(exportCsvItem));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, rowCount, gap, exportStatus, exportCsv);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(3, 6, 3, 6));
        bar.getStyleClass().add("table-bar");
        pane.setTop(bar);
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

    /** The tool bar over the table. */
    Node node() {
        return pane;
    }

    /** The events of the rows shown, in the table's current order. */
    List<Event> shownEvents() {
        return sorted.stream().map(Row::event).toList();
    }

    /**
     * Columns in the model's language, rows from its filtered events; the selection both ways; Export CSV… hands the
     * rows shown to {@code csv}.
     */
    Subscription bind(ExplorerModel model, Labels labels, CsvExporter csv) {
        exportCsv.setText(labels.get("table.exportCsv"));
        exportCsvItem.setText(labels.get("table.exportCsv"));
        exportCsv.setOnAction(a -> csv.export(shownEvents(), exportStatus::setText));
        exportCsvItem.setOnAction(a -> csv.export(shownEvents(), exportStatus::setText));
        exportCsv.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(sorted));
        exportCsvItem.disableProperty().bind(exportCsv.disableProperty());
        rowCount.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> labels.format("table.rows", sorted.size()), sorted));
        table.getColumns().setAll(List.of(
                column(labels.get("table.date"), "date", Row::date, BY_DATE, 110),
                column(labels.get("table.title"), "title", Row::title, null, 300),
                column(labels.get("facet.organization"), "organizations", Row::organizations, null, 140),
                column(labels.get("facet.country"), "countries", Row::countries, null, 110),
                column(labels.get("group.category"), "category", Row::category, null, 100),
                column(labels.get("group.access"), "openness", Row::openness, null, 100),
                column(labels.get("table.layer"), "layer", Row::layer, null, 120),
                column(labels.get("table.corrections"), "corrections", Row::corrections, null, 110)));
        table.setPlaceholder(new Label(labels.get("timeline.empty")));
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
