package org.aitimeline.timeline;

/** Measures the width of a label in pixels; the skin measures with the real font, tests with a fixed advance. */
@FunctionalInterface
public interface TextWidth {

    double of(String text);

    /** Every character as wide as {@code advance} (for tests and estimates). */
    static TextWidth fixed(double advance) {
        return text -> text.length() * advance;
    }
}
