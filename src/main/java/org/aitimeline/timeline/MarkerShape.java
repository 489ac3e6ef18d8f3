package org.aitimeline.timeline;

/**
 * The glyph of a lane's day-precision events. With more lanes than colours, the shape is the second cue that keeps
 * two lanes of the same colour apart, in the view and in the legend.
 */
public enum MarkerShape {
    CIRCLE, SQUARE, DIAMOND, TRIANGLE
}
