package org.aitimeline.model;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An immutable list kept in chunks of about {@value #CHUNK} elements, whose changed copies share every chunk
 * they do not touch: replacing, inserting or removing one element of 100,000 copies one chunk and the small
 * chunk index (about 1,600 references), not 100,000. It is what lets every edit keep the dataset before it for
 * undo without holding a full copy of the events per step.
 */
public final class ChunkedList<E> extends AbstractList<E> implements RandomAccess {

    static final int CHUNK = 64;
    private static final ChunkedList<?> EMPTY = new ChunkedList<>(new Object[0][], new int[] {0});

    private final Object[][] chunks;
    /** {@code starts[k]} is the index of chunk k's first element; {@code starts[chunks.length]} is the size. */
    private final int[] starts;

    private ChunkedList(Object[][] chunks, int[] starts) {
        this.chunks = chunks;
        this.starts = starts;
    }

    /** The list itself if it is already chunked, else a chunked copy (null elements are refused). */
    @SuppressWarnings("unchecked")
    public static <E> ChunkedList<E> copyOf(List<? extends E> list) {
        if (list instanceof ChunkedList<?> c) return (ChunkedList<E>) c;
        int n = list.size();
        if (n == 0) return (ChunkedList<E>) EMPTY;
        Object[] all = list.toArray();
        for (Object o : all) Objects.requireNonNull(o, "element");
        int count = (n + CHUNK - 1) / CHUNK;
        Object[][] chunks = new Object[count][];
        int[] starts = new int[count + 1];
        for (int k = 0; k < count; k++) {
            starts[k] = k * CHUNK;
            chunks[k] = Arrays.copyOfRange(all, k * CHUNK, Math.min(n, (k + 1) * CHUNK));
        }
        starts[count] = n;
        return new ChunkedList<>(chunks, starts);
    }

    @Override
    public int size() {
        return starts[chunks.length];
    }

    /** The chunk holding index {@code i} (for {@code i == size()}, the last chunk). */
    private int chunkOf(int i) {
        int k = Arrays.binarySearch(starts, 0, chunks.length, i);
        return k >= 0 ? k : -k - 2;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int i) {
        Objects.checkIndex(i, size());
        int k = chunkOf(i);
        return (E) chunks[k][i - starts[k]];
    }

    /** A copy with element {@code i} replaced. */
    public ChunkedList<E> with(int i, E element) {
        Objects.checkIndex(i, size());
        Objects.requireNonNull(element, "element");
        int k = chunkOf(i);
        Object[] chunk = chunks[k].clone();
        chunk[i - starts[k]] = element;
        Object[][] copy = chunks.clone();
        copy[k] = chunk;
        return new ChunkedList<>(copy, starts); // sizes unchanged: the index is shared too
    }

    /** A copy with {@code element} inserted at {@code i} ({@code 0 <= i <= size()}). */
    public ChunkedList<E> inserted(int i, E element) {
        Objects.checkIndex(i, size() + 1);
        Objects.requireNonNull(element, "element");
        if (chunks.length == 0) return new ChunkedList<>(new Object[][] {{element}}, new int[] {0, 1});
        int k = chunkOf(i);
        Object[] old = chunks[k];
        int at = i - starts[k];
        Object[] grown = new Object[old.length + 1];
        System.arraycopy(old, 0, grown, 0, at);
        grown[at] = element;
        System.arraycopy(old, at, grown, at + 1, old.length - at);
        if (grown.length <= 2 * CHUNK) return replaceChunk(k, grown);
        // A chunk that has doubled splits in two, so no chunk grows without bound under many inserts.
        Object[][] copy = new Object[chunks.length + 1][];
        System.arraycopy(chunks, 0, copy, 0, k);
        copy[k] = Arrays.copyOfRange(grown, 0, CHUNK);
        copy[k + 1] = Arrays.copyOfRange(grown, CHUNK, grown.length);
        System.arraycopy(chunks, k + 1, copy, k + 2, chunks.length - k - 1);
        return new ChunkedList<>(copy, startsOf(copy));
    }

    /** A copy without element {@code i}. */
    public ChunkedList<E> removed(int i) {
        Objects.checkIndex(i, size());
        int k = chunkOf(i);
        Object[] old = chunks[k];
        if (old.length == 1) {
            Object[][] copy = new Object[chunks.length - 1][];
            System.arraycopy(chunks, 0, copy, 0, k);
            System.arraycopy(chunks, k + 1, copy, k, chunks.length - k - 1);
            return new ChunkedList<>(copy, startsOf(copy));
        }
        int at = i - starts[k];
        Object[] shrunk = new Object[old.length - 1];
        System.arraycopy(old, 0, shrunk, 0, at);
        System.arraycopy(old, at + 1, shrunk, at, old.length - at - 1);
        return replaceChunk(k, shrunk);
    }

    private ChunkedList<E> replaceChunk(int k, Object[] chunk) {
        Object[][] copy = chunks.clone();
        copy[k] = chunk;
        return new ChunkedList<>(copy, startsOf(copy));
    }

    private static int[] startsOf(Object[][] chunks) {
        int[] starts = new int[chunks.length + 1];
        for (int k = 0; k < chunks.length; k++) starts[k + 1] = starts[k] + chunks[k].length;
        return starts;
    }

    /** Streams walk chunk by chunk too (the default would search the index for every element). */
    @Override
    public java.util.Spliterator<E> spliterator() {
        return java.util.Spliterators.spliterator(iterator(), size(), java.util.Spliterator.ORDERED
                | java.util.Spliterator.IMMUTABLE | java.util.Spliterator.NONNULL);
    }

    /** Walks chunk by chunk, without a search per element. */
    @Override
    public Iterator<E> iterator() {
        return new Iterator<>() {
            int k;
            int at;

            @Override
            public boolean hasNext() {
                return k < chunks.length;
            }

            @Override
            @SuppressWarnings("unchecked")
            public E next() {
                if (k >= chunks.length) throw new NoSuchElementException();
                E e = (E) chunks[k][at];
                if (++at == chunks[k].length) {
                    k++;
                    at = 0;
                }
                return e;
            }
        };
    }
}
