package org.aitimeline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** An edit's recount without a pass: the same counts as counting the edited events from scratch. */
class FacetCountsUpdateTest {

    static final String[] ORGS = {"meta", "alibaba", "deepseek", "mistral"};
    static final String[] COUNTRIES = {"US", "CN", "FR"};

    static Event random(SplittableRandom r, String id) {
        Category c = Category.values()[r.nextInt(Category.values().length)];
        Access a = c == Category.RELEASE ? Access.values()[r.nextInt(Access.values().length)] : null;
        String title = r.nextBoolean() ? "Qwen release " + id : "Llama news " + id;
        return new Event(id, r.nextInt(6) == 0 ? EventKind.COMMENTARY : EventKind.EVENT, PartialDate.ofYear(2020 + r.nextInt(6)),
                "", new LocalizedText(title, title), new LocalizedText("", ""), c,
                List.of(ORGS[r.nextInt(ORGS.length)]), List.of(COUNTRIES[r.nextInt(COUNTRIES.length)]), List.of(), List.of(),
                List.of(), a, "", List.of(), List.of());
    }

    @Test
    void replacingAddingOrRemovingOneEventGivesTheCountsOfAFullPass() {
        EventFilter[] filters = {
            EventFilter.NONE,
            EventFilter.NONE.withCommentary(true),
            EventFilter.NONE.with(Facet.ORGANIZATION, Set.of("meta", "alibaba")),
            EventFilter.NONE.with(Facet.COUNTRY, Set.of("CN")).with(Facet.CATEGORY, Set.of("release")),
            EventFilter.NONE.withText("qwen"),
            EventFilter.NONE.with(Facet.ACCESS, Set.of("open-weights")).withRange(java.time.LocalDate.of(2022, 1, 1), null)};
        SplittableRandom r = new SplittableRandom(3);
        for (EventFilter filter : filters) {
            List<Event> events = new ArrayList<>();
            for (int i = 0; i < 200; i++) events.add(random(r, "e" + i));
            // The search texts are those of the events before any edit; edited events get theirs on demand.
            SearchText search = SearchText.of(events, Map.of());
            FacetCounts counts = FacetCounts.compute(events, filter, search, e -> { });
            for (int step = 0; step < 300; step++) {
                int op = r.nextInt(3);
                Event removed = null;
                Event added = null;
                if (op != 1) {
                    removed = events.remove(r.nextInt(events.size()));
                }
                if (op != 0) {
                    added = random(r, "n" + step);
                    events.add(r.nextInt(events.size() + 1), added);
                }
                counts = counts.updated(removed, added, filter, search);
                FacetCounts full = FacetCounts.compute(events, filter, search, e -> { });
                assertEquals(full, counts, filter + " step " + step);
                if (!filter.text().isEmpty()) {
                    long expected = events.stream().filter(e -> !e.isCommentary() && e.title().en().startsWith("Qwen")).count();
                    assertEquals(expected, counts.matching(), "edited events are found by text too");
                }
            }
        }
    }
}
