package org.aitimeline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ChunkedListTest {

    @Test
    void randomInsertsRemovalsAndReplacementsMatchAnArrayListAndLeaveEveryEarlierVersionIntact() {
        for (long seed = 1; seed <= 20; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            List<Integer> expected = new ArrayList<>();
            int start = random.nextInt(500);
            for (int i = 0; i < start; i++) expected.add(i);
            ChunkedList<Integer> list = ChunkedList.copyOf(expected);
            List<List<Integer>> snapshots = new ArrayList<>();
            List<ChunkedList<Integer>> versions = new ArrayList<>();
            for (int step = 0; step < 1_500; step++) {
                int op = random.nextInt(3);
                if (op == 0 || expected.isEmpty()) {
                    int at = random.nextInt(expected.size() + 1);
                    expected.add(at, -step);
                    list = list.inserted(at, -step);
                } else if (op == 1) {
                    int at = random.nextInt(expected.size());
                    expected.remove(at);
                    list = list.removed(at);
                } else {
                    int at = random.nextInt(expected.size());
                    expected.set(at, step);
                    list = list.with(at, step);
                }
                if (step % 100 == 0) {
                    snapshots.add(List.copyOf(expected));
                    versions.add(list);
                }
            }
            assertEquals(expected, list, "seed " + seed);
            assertEquals(expected.size(), list.size());
            for (int i = 0; i < expected.size(); i++) assertEquals(expected.get(i), list.get(i));
            assertEquals(expected, list.stream().toList());
            for (int v = 0; v < versions.size(); v++) assertEquals(snapshots.get(v), versions.get(v), "version " + v);
        }
    }

    @Test
    void isImmutableAndChecksIndexes() {
        ChunkedList<String> list = ChunkedList.copyOf(List.of("a", "b"));
        assertThrows(UnsupportedOperationException.class, () -> list.add("c"));
        assertThrows(UnsupportedOperationException.class, () -> list.set(0, "c"));
        assertThrows(IndexOutOfBoundsException.class, () -> list.get(2));
        assertThrows(IndexOutOfBoundsException.class, () -> list.inserted(3, "c"));
        assertThrows(IndexOutOfBoundsException.class, () -> list.removed(-1));
        assertEquals(List.of("a", "b", "c"), list.inserted(2, "c"));
        assertEquals(List.of(), list.removed(0).removed(0));
        assertEquals(List.of("x"), list.removed(0).removed(0).inserted(0, "x"));
    }
}
