package org.aitimeline.bench;

import java.util.Set;
import org.aitimeline.model.Category;
import org.aitimeline.model.Dataset;
import org.aitimeline.model.EventFilter;
import org.aitimeline.model.Facet;
import org.aitimeline.ui.ExplorerModel;

/** A filter change in the window's model: the filtered list and every facet count recomputed (see BenchmarkMain). */
final class FilterBenchmark {

    private FilterBenchmark() {
    }

    static void run() throws Exception {
        for (int n : new int[] {10_000, 100_000}) {
            Dataset d = SyntheticEvents.generate(n, 20, 10, 3);
            ExplorerModel model = new ExplorerModel();
            model.setDataset(d);
            EventFilter[] filters = {
                EventFilter.NONE.with(Facet.ORGANIZATION, Set.of("org03", "org07")),
                EventFilter.NONE.with(Facet.COUNTRY, Set.of("CN")).with(Facet.CATEGORY, Set.of(Category.RELEASE.id())),
                EventFilter.NONE.withText("event 12"),
                EventFilter.NONE.withRange(java.time.LocalDate.of(2018, 1, 1), java.time.LocalDate.of(2019, 6, 30)),
                EventFilter.NONE};
            int[] i = {0};
            Stats s = Stats.measure(10, 50, () -> model.applyFilter(filters[i[0]++ % filters.length]));
            System.out.println(s.line("filter", "n=" + n));
        }
    }
}
