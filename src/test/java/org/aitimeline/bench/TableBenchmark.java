package org.aitimeline.bench;

import java.util.Comparator;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import org.aitimeline.model.Dataset;
import org.aitimeline.ui.EventTable;
import org.aitimeline.ui.ExplorerModel;

/**
 * The Table view's sort: the rows' words and date keys made once per filter change ({@code table-rows}), then a click
 * on the Date column's header re-sorting every row the way the table does, through a {@link SortedList}
 * ({@code table-sort}, target under 200 ms for 100k events).
 */
final class TableBenchmark {

    private TableBenchmark() {
    }

    static void run() throws Exception {
        int n = 100_000;
        Dataset d = SyntheticEvents.generate(n, 20, 10, 3);
        ExplorerModel model = new ExplorerModel();
        model.setDataset(d);
        List<EventTable.Row>[] built = new List[1];
        Stats rows = Stats.measure(2, 10, () -> built[0] = EventTable.rowsOf(model.getFilteredEvents(), model, model.labels()));
        ObservableList<EventTable.Row> items = FXCollections.observableArrayList(built[0]);
        FXCollections.shuffle(items, new java.util.Random(7));
        SortedList<EventTable.Row> sorted = new SortedList<>(items);
        Comparator<EventTable.Row>[] orders = new Comparator[] {EventTable.BY_DATE, EventTable.BY_DATE.reversed()};
        int[] i = {0};
        Stats sort = Stats.measure(5, 20, () -> sorted.setComparator(orders[i[0]++ % 2]));
        System.out.println(String.format(java.util.Locale.ROOT, "bench table-rows n=%d ms=%.1f", n, rows.median()));
        System.out.println(String.format(java.util.Locale.ROOT, "bench table-sort n=%d ms=%.1f p95_ms=%.1f", n, sort.median(), sort.p95()));
    }
}
