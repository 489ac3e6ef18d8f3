package org.aitimeline.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.aitimeline.model.Event;
import org.junit.jupiter.api.Test;

/** The one packing rule and the frames drawn from it, checked over random data (property style). */
class LanePackingTest {

    private static final TextWidth WIDTH = TextWidth.fixed(6.5);
    private static final TimelineGeometry GEO = TimelineGeometry.DEFAULT;

    private static LaneLayout layout(List<Event> events) {
        return LaneLayout.build(events, new LaneLayout.Options(LaneGrouping.ORGANIZATION));
    }

    private static LanePacking pack(LaneLayout layout, double start, double span, double width, int cap) {
        double ppd = (width - GEO.headerWidth()) / span;
        return LanePacking.pack(layout, ppd, start, start + span, cap, WIDTH,
                LanePacking.Labels.of(i -> layout.events().get(i).title().en()));
    }

    private static TimelineFrame frame(LanePacking packing, double start, double span, double width) {
        TimeScale s = new TimeScale(start, start + span, GEO.headerWidth(), width - GEO.headerWidth());
        return TimelineFrame.build(packing, s, GEO, 0, 100_000, 0, Locale.ENGLISH, WIDTH);
    }

    @Test
    void labelsInARowNeverOverlapAndEveryEventIsCountedOnce() {
        for (long seed = 1; seed <= 40; seed++) {
            List<Event> events = TimelineTestData.random(seed, 50 + (int) (seed * 37 % 900), 1 + (int) (seed % 7), 4);
            LaneLayout layout = layout(events);
            double start = LocalDate.of(2016, 1, 1).toEpochDay() + seed * 20;
            double span = 10 + seed * seed * 3;
            int cap = 1 + (int) (seed % 9);
            LanePacking p = pack(layout, start, span, 1400, cap);
            for (int li = 0; li < layout.lanes().size(); li++) {
                assertTrue(p.rows(li) <= cap, "seed " + seed + ": lane uses more rows than the cap");
                List<Marker> sorted = new ArrayList<>(List.of(p.markers(li)));
                sorted.sort(Comparator.comparingInt(Marker::row).thenComparingDouble(m -> m.ax));
                for (int i = 1; i < sorted.size(); i++) {
                    Marker a = sorted.get(i - 1);
                    Marker b = sorted.get(i);
                    if (a.row() == b.row()) {
                        assertTrue(b.ax >= a.aRight, "seed " + seed + ": overlap between " + a.label() + " and " + b.label());
                    }
                }
            }
            int expected = 0;
            for (Lane lane : layout.lanes()) {
                for (int k = 0; k < lane.size(); k++) {
                    if (lane.end()[k] > start && lane.start()[k] <= start + span) expected++;
                }
            }
            assertEquals(expected, p.countedEvents(), "seed " + seed);
        }
    }

    @Test
    void clustersAppearOnlyWhenALaneHasUsedAllItsRows() {
        for (long seed = 1; seed <= 30; seed++) {
            List<Event> events = TimelineTestData.random(seed, 200, 3, 2);
            LaneLayout layout = layout(events);
            int cap = 2 + (int) (seed % 6);
            LanePacking p = pack(layout, LocalDate.of(2016, 1, 1).toEpochDay(), 730, 1400, cap);
            for (int li = 0; li < layout.lanes().size(); li++) {
                boolean clustered = List.of(p.markers(li)).stream().anyMatch(Marker::isCluster);
                if (clustered) assertEquals(cap, p.rows(li), "seed " + seed + ": a cluster in a lane with rows to spare");
            }
        }
    }

    @Test
    void aLaneIsAsTallAsItsLabelsNeed() {
        List<Event> events = new ArrayList<>();
        events.add(TimelineTestData.event("alone", "2024-03-01", "quiet"));
        for (int i = 0; i < 5; i++) events.add(TimelineTestData.event("b" + i, "2024-06-0" + (i + 1), "busy"));
        LaneLayout layout = layout(LaneLayout.sortedByDate(events));
        LanePacking p = pack(layout, LocalDate.of(2024, 1, 1).toEpochDay(), 365, 1400, 8);
        int quiet = layout.lanes().get(0).key().equals("quiet") ? 0 : 1;
        assertEquals(1, p.rows(quiet));
        assertEquals(5, p.rows(1 - quiet), "five titles a day apart need five rows");
        assertFalse(p.hasClusters());
        LanePacking capped = pack(layout, LocalDate.of(2024, 1, 1).toEpochDay(), 365, 1400, 3);
        // The cap holds (how many of the three rows stay titles before the run merges depends on the plot's width).
        assertTrue(capped.rows(1 - quiet) <= 3 && capped.rows(1 - quiet) >= 1, "rows: " + capped.rows(1 - quiet));
        assertTrue(capped.hasClusters(), "with three rows, five overlapping titles need a cluster");
    }

    @Test
    void zoomingInSplitsClusters() {
        List<Event> events = TimelineTestData.random(7, 400, 2, 2);
        LaneLayout layout = layout(events);
        double start = LocalDate.of(2016, 1, 1).toEpochDay();
        LanePacking wide = pack(layout, start, 800, 1400, 3);
        LanePacking narrow = pack(layout, start + 300, 20, 1400, 3);
        assertTrue(wide.hasClusters(), "expected clusters when zoomed out");
        long singles = 0;
        long clusters = 0;
        for (int li = 0; li < layout.lanes().size(); li++) {
            for (Marker m : narrow.markers(li)) {
                if (m.isCluster()) clusters++;
                else singles++;
            }
        }
        assertTrue(singles > clusters, "zoomed in, single events outnumber clusters");
    }

    @Test
    void hitTestingReturnsTheMarkerUnderThePoint() {
        List<Event> events = List.of(TimelineTestData.event("a", "2024-03-01", "x"),
                TimelineTestData.event("c", "2024-03-05", "y"), TimelineTestData.event("b", "2024-06-01", "x"));
        LaneLayout layout = layout(events);
        double start = LocalDate.of(2024, 1, 1).toEpochDay();
        TimelineFrame f = frame(pack(layout, start, 365, 1400, 8), start, 365, 1400);
        for (TimelineFrame.Shown s : f.shown()) {
            double cy = f.rowCenter(s.marker().lane(), s.marker().row());
            assertSame(s, f.hit(s.x(), cy), "on the glyph");
            assertSame(s, f.hit(s.labelX() + 5, cy), "on the label");
        }
        TimelineFrame.Shown b = f.shown().stream().filter(s -> layout.events().get(s.marker().event()).id().equals("b"))
                .findFirst().orElseThrow();
        double cy = f.rowCenter(b.marker().lane(), b.marker().row());
        assertNull(f.hit(b.x() - 30, cy), "left of the glyph is empty");
        assertNull(f.hit(b.x(), cy + GEO.rowHeight()), "below the lane's only row is empty");
        assertNull(f.hit(10, cy), "the header column is not a marker");
        assertNotNull(f.hit(b.right() - 1, cy));
    }

    @Test
    void aTitleAtTheRightEdgeMovesLeftOfItsMarkerOrIsShortenedNeverCut() {
        List<Event> events = List.of(TimelineTestData.event("near-the-end", "2024-12-20", "x"),
                TimelineTestData.event("crowded-1", "2024-12-10", "y"), TimelineTestData.event("crowded-2", "2024-12-22", "y"));
        LaneLayout layout = layout(events);
        double start = LocalDate.of(2024, 1, 1).toEpochDay();
        TimelineFrame f = frame(pack(layout, start, 365, 1000, 8), start, 365, 1000);
        double plotRight = 1000;
        for (TimelineFrame.Shown s : f.shown()) {
            assertTrue(s.labelX() + s.textWidth() <= plotRight + 0.01, s.text() + " runs past the edge");
            if (!s.full()) assertTrue(s.text().isEmpty() || s.text().endsWith("…"), "a shortened title shows an ellipsis");
        }
        TimelineFrame.Shown end = f.shown().stream().filter(s -> s.marker().label().equals("Title near-the-end"))
                .findFirst().orElseThrow();
        assertTrue(end.full() && end.labelX() < end.x(), "with room on the left, the whole title is drawn there");
    }

    @Test
    void anEventWithTwoOrganizationsAppearsInBothLanes() {
        List<Event> events = List.of(TimelineTestData.event("a", "2024-03-01", "x", "y"));
        LaneLayout layout = layout(events);
        assertEquals(List.of("x", "y"), layout.lanes().stream().map(Lane::key).toList());
        double start = LocalDate.of(2024, 1, 1).toEpochDay();
        assertEquals(2, frame(pack(layout, start, 365, 1400, 8), start, 365, 1400).shown().size());
    }

    @Test
    void lanesBelowTheViewAreNotShown() {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 30; i++) events.add(TimelineTestData.event("e" + i, String.format("2020-01-%02d", i + 1), "o" + i));
        LaneLayout layout = layout(events);
        double start = LocalDate.of(2020, 1, 1).toEpochDay();
        LanePacking p = pack(layout, start, 31, 1168, 8);
        TimeScale s = new TimeScale(start, start + 31, GEO.headerWidth(), 1000);
        TimelineFrame f = TimelineFrame.build(p, s, GEO, 0, GEO.axisHeight() + 3 * GEO.laneHeight(1), 0, Locale.ENGLISH, WIDTH);
        assertEquals(0, f.firstLane());
        assertEquals(2, f.lastLane(), "three one-row lanes fit");
        TimelineFrame scrolled = TimelineFrame.build(p, s, GEO, 0, GEO.axisHeight() + 3 * GEO.laneHeight(1),
                2 * GEO.laneHeight(1), Locale.ENGLISH, WIDTH);
        assertEquals(2, scrolled.firstLane(), "scrolled by two lanes");
    }

    @Test
    void aPackingIsReusedWhilePanningInsideItsDaysAtTheSameZoom() {
        LaneLayout layout = layout(TimelineTestData.random(3, 300, 3, 4));
        double start = LocalDate.of(2017, 1, 1).toEpochDay();
        double ppd = 1232.0 / 100;
        LanePacking p = LanePacking.pack(layout, ppd, start - 300, start + 400, 8, WIDTH, LanePacking.Labels.of(i -> "t"));
        assertTrue(p.covers(ppd, start, start + 100));
        assertFalse(p.covers(ppd * 1.1, start, start + 90), "another zoom");
        assertFalse(p.covers(ppd, start + 350, start + 450), "beyond the packed days");
    }

    @Test
    void theLatestEndOfARangeIsFoundThroughBlocksAsByAScan() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        for (long seed = 1; seed <= 10; seed++) {
            for (Lane lane : layout(TimelineTestData.random(seed, 2_000, 3, 2)).lanes()) {
                for (int q = 0; q < 500; q++) {
                    int from = random.nextInt(lane.size());
                    int to = from + random.nextInt(Math.min(lane.size() - from, q % 2 == 0 ? 10 : 400) + 1);
                    double expected = Double.NEGATIVE_INFINITY;
                    for (int i = from; i < to; i++) expected = Math.max(expected, lane.end()[i]);
                    assertEquals(expected, lane.maxEnd(from, to), "seed " + seed + " [" + from + ", " + to + ")");
                }
            }
        }
    }
}
