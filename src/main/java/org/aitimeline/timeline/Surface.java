package org.aitimeline.timeline;

import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * What the timeline is drawn on: rectangles, ovals, polygons, lines and text, with a clip and a translation. The
 * painter and the poster draw only through it, so the window's canvas, the PNG tiles, the SVG and the PDF show the
 * same drawing. Coordinates are logical pixels, y down. Text is placed from widths measured by {@link TextFit}
 * with the JavaFX font given, so every surface must draw text in that font (the vector ones embed or name it).
 */
public interface Surface {

    /** Where the x of a text is: its left end, centre or right end. */
    enum Align { LEFT, CENTER, RIGHT }

    /** Where the y of a text is: the top of its line box or the middle of it (JavaFX's {@code VPos}). */
    enum Baseline { TOP, CENTER }

    /** An outline: colour, width and dash pattern (empty for solid). */
    record Stroke(Color color, double width, double... dashes) {
        public Stroke {
            dashes = dashes == null ? new double[0] : dashes.clone();
        }

        public double[] dashes() {
            return dashes.clone();
        }

        public boolean dashed() {
            return dashes.length > 0;
        }
    }

    /** Saves the clip and translation; {@link #restore()} brings them back. */
    void save();

    void restore();

    void translate(double dx, double dy);

    /** Intersects the clip with a rectangle. */
    void clip(double x, double y, double w, double h);

    void fillRect(double x, double y, double w, double h, Color color);

    /** A rectangle with corners of radius {@code r}. */
    void fillRoundRect(double x, double y, double w, double h, double r, Color color);

    void strokeRoundRect(double x, double y, double w, double h, double r, Stroke stroke);

    void fillOval(double x, double y, double w, double h, Color color);

    void strokeOval(double x, double y, double w, double h, Stroke stroke);

    /** A closed polygon through the points {@code x0, y0, x1, y1, ...}. */
    void fillPolygon(double[] points, Color color);

    void strokePolygon(double[] points, Stroke stroke);

    void strokeLine(double x1, double y1, double x2, double y2, Stroke stroke);

    /** One line of text in {@code font}, placed by {@code align} and {@code baseline}. */
    void text(String text, double x, double y, Font font, Color color, Align align, Baseline baseline);

    /**
     * The baseline of a text line placed at {@code y}: as JavaFX's canvas places it (TOP: the ascent below; CENTER:
     * the middle of the line box), so the vector surfaces put text where the canvas does.
     */
    static double baselineY(double y, Font font, Baseline baseline) {
        double[] m = TextFit.lineMetrics(font);
        return baseline == Baseline.TOP ? y + m[0] : y + m[0] - m[1] / 2;
    }

    /** The left end of a text placed by {@code align} at {@code x}. */
    static double leftX(double x, String text, Font font, Align align) {
        return switch (align) {
            case LEFT -> x;
            case CENTER -> x - TextFit.width(text, font) / 2;
            case RIGHT -> x - TextFit.width(text, font);
        };
    }
}
