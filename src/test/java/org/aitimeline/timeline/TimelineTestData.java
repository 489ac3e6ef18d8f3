package org.aitimeline.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.aitimeline.model.Category;
import org.aitimeline.model.Event;
import org.aitimeline.model.LocalizedText;
import org.aitimeline.model.PartialDate;

/** Small hand-made event lists for timeline tests. */
final class TimelineTestData {

    private TimelineTestData() {
    }

    static Event event(String id, String date, String... orgs) {
        return new Event(id, PartialDate.parse(date), "", new LocalizedText("Title " + id, "Titolo " + id),
                new LocalizedText("s", "s"), Category.RELEASE, List.of(orgs), List.of("US"), List.of(), List.of(), List.of());
    }

    /** {@code n} random events over {@code years} years in {@code lanes} organizations, sorted by date. */
    static List<Event> random(long seed, int n, int lanes, int years) {
        Random r = new Random(seed);
        List<Event> list = new ArrayList<>();
        String[] precisions = {"%04d-%02d-%02d", "%04d-%02d-%02d", "%04d-%02d-%02d", "%04d-%02d", "%04d"};
        for (int i = 0; i < n; i++) {
            int y = 2016 + r.nextInt(years);
            int m = 1 + r.nextInt(12);
            int d = 1 + r.nextInt(28);
            String fmt = precisions[r.nextInt(precisions.length)];
            String date = fmt.split("-").length == 3 ? String.format(fmt, y, m, d)
                    : fmt.split("-").length == 2 ? String.format(fmt, y, m) : String.format(fmt, y);
            String org = "o" + r.nextInt(lanes);
            Event e = r.nextInt(8) == 0 ? event("e" + i, date, org, "o" + r.nextInt(lanes)) : event("e" + i, date, org);
            list.add(e);
        }
        list.sort((a, b) -> a.date().compareTo(b.date()));
        return list;
    }
}
