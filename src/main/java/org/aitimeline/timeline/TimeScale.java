package org.aitimeline.timeline;

/**
 * The mapping between time (epoch days, fractional) and horizontal pixels of a plot area: day {@code startDay}
 * is at {@code x0} and day {@code endDay} at {@code x0 + width}. Immutable; zooming and panning return new scales.
 */
public record TimeScale(double startDay, double endDay, double x0, double width) {

    public TimeScale {
        if (!(endDay > startDay)) throw new IllegalArgumentException("endDay must be after startDay");
        if (!(width > 0)) throw new IllegalArgumentException("width must be positive");
    }

    public double pixelsPerDay() {
        return width / (endDay - startDay);
    }

    public double span() {
        return endDay - startDay;
    }

    public double toX(double day) {
        return x0 + (day - startDay) * width / (endDay - startDay);
    }

    public double toDay(double x) {
        return startDay + (x - x0) * (endDay - startDay) / width;
    }

    /** Zooms by {@code factor} (below 1 zooms in) keeping the day under {@code anchorX} under it. */
    public TimeScale zoomed(double factor, double anchorX) {
        double anchorDay = toDay(anchorX);
        double newSpan = span() * factor;
        double newStart = anchorDay - (anchorX - x0) / width * newSpan;
        return new TimeScale(newStart, newStart + newSpan, x0, width);
    }

    /** Moves the view so that content moves right by {@code dx} pixels. */
    public TimeScale panned(double dx) {
        double days = dx / pixelsPerDay();
        return new TimeScale(startDay - days, endDay - days, x0, width);
    }
}
