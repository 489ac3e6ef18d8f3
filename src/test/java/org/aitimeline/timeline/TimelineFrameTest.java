package org.aitimeline.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.aitimeline.model.Event;
import org.junit.jupiter.api.Test;

/** Label packing, clustering and hit testing, checked over random data (property style). */
class TimelineFrameTest {

    private static final TextWidth WIDTH = TextWidth.fixed(6.5);

    private static TimelineFrame frame(LaneLayout layout, double startDay, double span, double width, int rows) {
        TimelineGeometry geo = TimelineGeometry.DEFAULT.withRows(rows);
        TimeScale s = new TimeScale(startDay, startDay + span, geo.headerWidth(), width - geo.headerWidth());
        double height = geo.contentHeight(layout.lanes().size());
        return TimelineFrame.build(layout, s, geo, 0, height, Locale.ENGLISH, WIDTH,
                i -> layout.events().get(i).title().en());
    }

    @Test
    void packedLabelsNeverOverlapAndClustersConserveTheEventCount() {
        for (long seed = 1; seed <= 40; seed++) {
            List<Event> events = TimelineTestData.random(seed, 50 + (int) (seed * 37 % 900), 1 + (int) (seed % 7), 4);
            LaneLayout layout = LaneLayout.build(events, LaneGrouping.ORGANIZATION, LaneTitles.DEFAULT, Locale.ENGLISH);
            double start = java.time.LocalDate.of(2016, 1, 1).toEpochDay() + seed * 20;
            double span = 10 + seed * seed * 3;
            TimelineFrame f = frame(layout, start, span, 1400, 1 + (int) (seed % 4));

            // No two markers of one row overlap: each starts after the previous one's right edge.
            List<Marker> sorted = new ArrayList<>(f.markers());
            sorted.sort(Comparator.comparingInt(Marker::lane).thenComparingInt(Marker::row).thenComparingDouble(Marker::x));
            for (int i = 1; i < sorted.size(); i++) {
                Marker a = sorted.get(i - 1);
                Marker b = sorted.get(i);
                if (a.lane() == b.lane() && a.row() == b.row()) {
                    assertTrue(b.x() >= a.right(), "seed " + seed + ": overlap between " + a.label() + " and " + b.label());
                }
            }

            // Every visible (event, lane) pair is counted exactly once.
            int expected = 0;
            for (Lane lane : layout.lanes()) {
                for (int k = 0; k < lane.size(); k++) {
                    if (lane.end()[k] > start && lane.start()[k] <= start + span) expected++;
                }
            }
            assertEquals(expected, f.countedEvents(), "seed " + seed);
        }
    }

    @Test
    void zoomingInSplitsClusters() {
        List<Event> events = TimelineTestData.random(7, 400, 2, 2);
        LaneLayout layout = LaneLayout.build(events, LaneGrouping.ORGANIZATION, LaneTitles.DEFAULT, Locale.ENGLISH);
        double start = java.time.LocalDate.of(2016, 1, 1).toEpochDay();
        long wide = frame(layout, start, 800, 1400, 3).markers().stream().filter(Marker::isCluster).count();
        TimelineFrame narrow = frame(layout, start + 300, 20, 1400, 3);
        long narrowClusters = narrow.markers().stream().filter(Marker::isCluster).count();
        assertTrue(wide > 0, "expected clusters when zoomed out");
        assertTrue(narrow.markers().stream().filter(m -> !m.isCluster()).count() > narrowClusters,
                "zoomed in, single events outnumber clusters");
    }

    @Test
    void hitTestingReturnsTheMarkerUnderThePoint() {
        List<Event> events = List.of(TimelineTestData.event("a", "2024-03-01", "x"),
                TimelineTestData.event("b", "2024-06-01", "x"), TimelineTestData.event("c", "2024-03-05", "y"));
        LaneLayout layout = LaneLayout.build(events, LaneGrouping.ORGANIZATION, LaneTitles.DEFAULT, Locale.ENGLISH);
        double start = java.time.LocalDate.of(2024, 1, 1).toEpochDay();
        TimelineFrame f = frame(layout, start, 365, 1400, 2);
        for (Marker m : f.markers()) {
            double cy = f.geometry().rowCenter(m.lane(), m.row());
            assertSame(m, f.hit(m.x(), cy), "on the dot");
            assertSame(m, f.hit(m.x() + TimelineFrame.DOT_SPACE + 5, cy), "on the label");
        }
        Marker b = f.markers().stream().filter(m -> layout.events().get(m.event()).id().equals("b")).findFirst().orElseThrow();
        double cy = f.geometry().rowCenter(b.lane(), b.row());
        assertNull(f.hit(b.x() - 30, cy), "left of the dot is empty");
        assertNull(f.hit(b.x(), cy + f.geometry().rowHeight()), "the next row is empty");
        assertNull(f.hit(10, cy), "the header column is not a marker");
        assertNotNull(f.hit(b.right() - 1, cy));
    }

    @Test
    void anEventWithTwoOrganizationsAppearsInBothLanes() {
        List<Event> events = List.of(TimelineTestData.event("a", "2024-03-01", "x", "y"));
        LaneLayout layout = LaneLayout.build(events, LaneGrouping.ORGANIZATION, LaneTitles.DEFAULT, Locale.ENGLISH);
        assertEquals(List.of("x", "y"), layout.lanes().stream().map(Lane::key).toList());
        TimelineFrame f = frame(layout, java.time.LocalDate.of(2024, 1, 1).toEpochDay(), 365, 1400, 2);
        assertEquals(2, f.markers().size());
    }

    @Test
    void lanesAreOrderedByTheirFirstEventAndOnlyLanesInViewAreLaidOut() {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 30; i++) events.add(TimelineTestData.event("e" + i, String.format("2020-01-%02d", i + 1), "o" + i));
        LaneLayout layout = LaneLayout.build(events, LaneGrouping.ORGANIZATION, LaneTitles.DEFAULT, Locale.ENGLISH);
        assertEquals("o0", layout.lanes().get(0).key());
        assertEquals("o29", layout.lanes().get(29).key());
        TimelineGeometry geo = TimelineGeometry.DEFAULT.withRows(2);
        TimeScale s = new TimeScale(java.time.LocalDate.of(2020, 1, 1).toEpochDay(), java.time.LocalDate.of(2020, 2, 1).toEpochDay(), 168, 1000);
        TimelineFrame f = TimelineFrame.build(layout, s, geo, 0, geo.axisHeight() + 3 * geo.laneHeight(), Locale.ENGLISH, WIDTH,
                i -> "t");
        assertEquals(0, f.firstLane());
        assertTrue(f.lastLane() <= 3, "lanes below the view are skipped: " + f.lastLane());
    }
}
