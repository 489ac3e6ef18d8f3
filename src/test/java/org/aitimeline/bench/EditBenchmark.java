package org.aitimeline.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.aitimeline.data.DatasetWriter;
import org.aitimeline.data.EventCheck;
import org.aitimeline.data.Problem;
import org.aitimeline.export.CsvExport;
import org.aitimeline.model.Access;
import org.aitimeline.model.Category;
import org.aitimeline.model.Dataset;
import org.aitimeline.model.Edit;
import org.aitimeline.model.EditHistory;
import org.aitimeline.model.Event;
import org.aitimeline.model.EventFilter;
import org.aitimeline.model.FacetCounts;
import org.aitimeline.model.LocalizedText;
import org.aitimeline.model.PartialDate;
import org.aitimeline.model.SearchText;

/**
 * Authoring at 100,000 events (see BenchmarkMain): an edit committed as a form would commit it (checked by the
 * loader's rules, applied to the history) and the view's filtered list and facet counts brought up to date by the
 * edit's removed and added events; an undo and the same update; a save; a CSV export. The full recount of every
 * event (what a view that refilters on each edit would pay) is printed too.
 */
final class EditBenchmark {

    private EditBenchmark() {
    }

    static void run() throws Exception {
        int n = 100_000;
        Dataset generated = SyntheticEvents.generate(n, 20, 10, 5);
        List<Event> sorted = new ArrayList<>(generated.events());
        sorted.sort(Edit.ORDER); // the loader's order, as a loaded file has it
        Dataset start = new Dataset(generated.title(), generated.origin(), generated.sources(), generated.organizations(), sorted);
        EditHistory history = new EditHistory(start);
        SplittableRandom random = new SplittableRandom(11);
        View view = new View(start);

        EventCheck[] check = {new EventCheck(start)};
        Stats edit = Stats.measure(20, 200, () -> {
            Dataset d = history.current();
            check[0] = check[0].in(d);
            Event old = d.events().get(random.nextInt(d.events().size()));
            Event updated = new Event(old.id(), old.kind(), PartialDate.ofMonth(2016 + random.nextInt(10), 1 + random.nextInt(12)),
                    old.dateNote(), new LocalizedText(old.title().en() + " (edited)", old.title().it()), old.summary(),
                    old.category(), old.organizations(), old.countries(), old.models(), old.aliases(), old.passages(),
                    // Synthetic events are version 1 records; an edited release must say how open it is.
                    old.category() == Category.RELEASE ? Access.ANNOUNCED : old.access(), old.licence(), old.evidence(),
                    old.corrections());
            List<Problem> problems = check[0].check(updated, old);
            if (!problems.isEmpty()) throw new IllegalStateException(problems.toString());
            Edit e = Edit.replaceEvent(old, updated);
            history.apply(e);
            view.update(e.removed(), e.added());
        });
        System.out.println(edit.line("edit", "n=" + n) + " shown=" + view.filtered.size());

        Stats undo = Stats.measure(20, 200, () -> {
            Edit e = history.nextUndo().orElseThrow();
            history.undo();
            view.update(e.added(), e.removed());
        });
        System.out.println(undo.line("undo", "n=" + n));
        View recounted = new View(history.current());
        if (!recounted.filtered.equals(view.filtered) || !recounted.counts.equals(view.counts)) {
            throw new IllegalStateException("the view kept up to date differs from a full recount");
        }

        Stats recount = Stats.measure(5, 50, () -> new View(history.current()));
        System.out.println(recount.line("recount", "n=" + n));

        // What one step of history keeps: the heap after 1,000 more edits, per edit.
        EditHistory fresh = new EditHistory(start);
        long before = usedBytes();
        for (int i = 0; i < 1_000; i++) {
            Event old = fresh.current().events().get(random.nextInt(n));
            fresh.apply(Edit.replaceEvent(old, new Event(old.id(), old.kind(), PartialDate.ofYear(2016 + random.nextInt(10)),
                    old.dateNote(), old.title(), old.summary(), old.category(), old.organizations(), old.countries(),
                    old.models(), old.aliases(), old.passages(), old.access(), old.licence(), old.evidence(), old.corrections())));
        }
        long after = usedBytes();
        System.out.printf(Locale.ROOT, "bench history n=%d edits=1000 retained_kb_per_edit=%.1f steps=%d%n", n,
                (after - before) / 1024.0 / 1_000, fresh.undoCount());

        Path dir = Files.createTempDirectory("bench-save");
        Path json = dir.resolve("data.json");
        Dataset current = history.current();
        DatasetWriter writer = new DatasetWriter();
        Stats save = Stats.measure(1, 5, () -> writer.save(current, json));
        System.out.println(save.line("save", "n=" + n) + " bytes=" + Files.size(json));

        Path csv = dir.resolve("events.csv");
        Stats table = Stats.measure(2, 5, () -> CsvExport.write(current, current.events(), Locale.ENGLISH, csv));
        System.out.println(table.line("csv", "n=" + n) + " bytes=" + Files.size(csv));
        for (Path p : List.of(json, DatasetWriter.backupFile(json), csv)) Files.deleteIfExists(p);
        Files.deleteIfExists(dir);
    }

    /** The window's filtered events and facet counts, as ExplorerModel holds them, under one filter. */
    private static final class View {
        final EventFilter filter = EventFilter.NONE.with(org.aitimeline.model.Facet.COUNTRY, java.util.Set.of("CN", "US"));
        final SearchText search;
        final List<Event> filtered = new ArrayList<>();
        FacetCounts counts;

        /** A full recount: one pass over every event (no text query: no search texts, as in ExplorerModel). */
        View(Dataset d) {
            search = SearchText.NONE;
            counts = FacetCounts.compute(d.events(), filter, search, filtered::add);
        }

        /** After an edit: the one event out, the one event in, each placed by binary search. */
        void update(Event removed, Event added) {
            var predicate = filter.predicate(search);
            if (removed != null && predicate.test(removed)) filtered.remove(Collections.binarySearch(filtered, removed, Edit.ORDER));
            if (added != null && predicate.test(added)) {
                int at = Collections.binarySearch(filtered, added, Edit.ORDER);
                filtered.add(at < 0 ? -at - 1 : at, added);
            }
            counts = counts.updated(removed, added, filter, search);
        }
    }

    private static long usedBytes() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }
}
