package org.aitimeline.model;

import java.util.Objects;

/**
 * A quotation an event is based on, as a W3C TextQuoteSelector ({@code exact} with optional
 * {@code prefix}/{@code suffix}), resolved at load time to the range {@code [start, end)} of its source's text.
 */
public record Passage(String source, String exact, String prefix, String suffix, int start, int end) {

    public Passage {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(exact, "exact");
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
        if (start < 0 || end < start) throw new IllegalArgumentException("bad range " + start + ".." + end);
    }
}
