package org.aitimeline.timeline;

import java.util.function.DoubleUnaryOperator;

/**
 * A drag across the time axis or the overview band that picks a span of time to zoom to: from where the button went
 * down ({@code pressX}) to where the pointer is ({@code x}), either way round, kept inside the band's plot
 * ({@code minX} to {@code maxX}). A movement under {@link #CLICK_PX} is a click, not a span: a hand that shakes
 * while clicking must not zoom to a few hours.
 */
public record SpanDrag(double pressX, double x, double minX, double maxX) {

    /** Below this many pixels of horizontal movement the gesture is a click. */
    public static final double CLICK_PX = 4;

    public SpanDrag {
        if (!(maxX > minX)) throw new IllegalArgumentException("maxX must be after minX: " + minX + " – " + maxX);
    }

    /** The same drag with the pointer now at {@code to}. */
    public SpanDrag to(double to) {
        return new SpanDrag(pressX, to, minX, maxX);
    }

    /** Whether the pointer moved too little to mean a span. */
    public boolean isClick() {
        return Math.abs(x - pressX) < CLICK_PX;
    }

    /** The left end of the selection, inside the plot. */
    public double left() {
        return clamp(Math.min(pressX, x));
    }

    /** The right end of the selection, inside the plot. */
    public double right() {
        return clamp(Math.max(pressX, x));
    }

    /** The selected span as {first day, last day} through {@code dayAt}, the band's own x → day mapping. */
    public double[] days(DoubleUnaryOperator dayAt) {
        return new double[] {dayAt.applyAsDouble(left()), dayAt.applyAsDouble(right())};
    }

    private double clamp(double v) {
        return Math.max(minX, Math.min(maxX, v));
    }
}
