package org.aitimeline.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.aitimeline.model.Category;
import org.aitimeline.model.Event;
import org.aitimeline.model.LocalizedText;
import org.aitimeline.model.PartialDate;
import org.junit.jupiter.api.Test;

/** Many small lanes fold into one "Other" lane; the largest stay; opened, the folded lanes follow it. */
class LaneFoldingTest {

    static final LaneLayout.Folding FOLD_3 = new LaneLayout.Folding(3, false, n -> "Other organizations (" + n + ")");

    /** Organization {@code o<k>} has {@code sizes[k]} events, one a day, spread over the organizations. */
    static List<Event> events(int... sizes) {
        List<Event> list = new ArrayList<>();
        int day = 0;
        for (int k = 0; k < sizes.length; k++) {
            for (int i = 0; i < sizes[k]; i++) {
                LocalizedText t = LocalizedText.of("e" + k + "-" + i);
                list.add(new Event("e" + k + "-" + i, PartialDate.parse(java.time.LocalDate.of(2020, 1, 1).plusDays(day++).toString()),
                        "", t, t, Category.RELEASE, List.of("o" + k), List.of(), List.of(), List.of(), List.of()));
            }
        }
        list.sort((a, b) -> a.date().compareTo(b.date()));
        return list;
    }

    static LaneLayout layout(List<Event> events, LaneLayout.Folding folding) {
        return LaneLayout.build(events, new LaneLayout.Options(LaneGrouping.ORGANIZATION), folding, null);
    }

    @Test
    void theLargestLanesStayAndTheRestGatherInOneLaneLast() {
        List<Event> events = events(1, 9, 2, 8, 1, 7, 1);
        LaneLayout folded = layout(events, FOLD_3);
        List<String> keys = folded.lanes().stream().map(Lane::key).toList();
        assertEquals(List.of("o1", "o3", "o5", LaneLayout.OTHER_LANES), keys, "the three largest in first-event order, then the fold");
        Lane other = folded.lanes().get(3);
        assertEquals("▸ Other organizations (4)", other.title());
        assertEquals(1 + 2 + 1 + 1, other.size(), "every event of the folded lanes, once");
        Set<Integer> seen = new HashSet<>();
        for (Lane l : folded.lanes()) for (int e : l.events()) assertTrue(seen.add(e), "event " + e + " counted once");
        assertEquals(events.size(), seen.size());
        assertEquals(4, folded.foldedLanes());
    }

    @Test
    void openedTheFoldedLanesFollowTheEmptyOtherLane() {
        LaneLayout open = layout(events(1, 9, 2, 8, 1, 7, 1), new LaneLayout.Folding(3, true, FOLD_3.title()));
        List<String> keys = open.lanes().stream().map(Lane::key).toList();
        assertEquals(List.of("o1", "o3", "o5", LaneLayout.OTHER_LANES, "o0", "o2", "o4", "o6"), keys);
        assertEquals(0, open.lanes().get(3).size());
        assertTrue(open.lanes().get(3).title().startsWith("▾ "));
    }

    @Test
    void upToTwiceTheLimitNothingFolds() {
        LaneLayout few = layout(events(1, 2, 3, 4, 5, 6), FOLD_3);
        assertEquals(6, few.lanes().size());
        assertFalse(few.lanes().stream().anyMatch(l -> l.key().equals(LaneLayout.OTHER_LANES)));
        assertEquals(0, few.foldedLanes());
    }

    @Test
    void mutedEventsAreMarkedForThePainter() {
        List<Event> events = events(2, 2);
        LaneLayout l = LaneLayout.build(events, new LaneLayout.Options(LaneGrouping.ORGANIZATION), LaneLayout.Folding.NONE,
                e -> e.organizations().contains("o1"));
        for (int i = 0; i < events.size(); i++) {
            assertEquals(events.get(i).organizations().contains("o1"), l.isMuted(i), events.get(i).id());
        }
    }
}
