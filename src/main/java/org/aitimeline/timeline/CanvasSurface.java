package org.aitimeline.timeline;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** A {@link Surface} on a JavaFX canvas: the window and the PNG tiles. */
public final class CanvasSurface implements Surface {

    private final GraphicsContext g;

    public CanvasSurface(GraphicsContext g) {
        this.g = g;
    }

    @Override
    public void save() {
        g.save();
    }

    @Override
    public void restore() {
        g.restore();
    }

    @Override
    public void translate(double dx, double dy) {
        g.translate(dx, dy);
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        g.beginPath();
        g.rect(x, y, Math.max(0, w), Math.max(0, h));
        g.clip();
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Color color) {
        g.setFill(color);
        g.fillRect(x, y, w, h);
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double r, Color color) {
        g.setFill(color);
        g.fillRoundRect(x, y, w, h, 2 * r, 2 * r);
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double r, Stroke stroke) {
        apply(stroke);
        g.strokeRoundRect(x, y, w, h, 2 * r, 2 * r);
        g.setLineDashes();
    }

    @Override
    public void fillOval(double x, double y, double w, double h, Color color) {
        g.setFill(color);
        g.fillOval(x, y, w, h);
    }

    @Override
    public void strokeOval(double x, double y, double w, double h, Stroke stroke) {
        apply(stroke);
        // As an arc path, like the painter's glyphs always were (strokeOval starts its dashes elsewhere).
        g.beginPath();
        g.arc(x + w / 2, y + h / 2, w / 2, h / 2, 0, 360);
        g.closePath();
        g.stroke();
        g.setLineDashes();
    }

    @Override
    public void fillPolygon(double[] points, Color color) {
        trace(points);
        g.setFill(color);
        g.fill();
    }

    @Override
    public void strokePolygon(double[] points, Stroke stroke) {
        trace(points);
        apply(stroke);
        g.stroke();
        g.setLineDashes();
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2, Stroke stroke) {
        apply(stroke);
        g.strokeLine(x1, y1, x2, y2);
        g.setLineDashes();
    }

    @Override
    public void text(String text, double x, double y, Font font, Color color, Align align, Baseline baseline) {
        g.setFont(font);
        g.setFill(color);
        g.setTextAlign(switch (align) {
            case LEFT -> TextAlignment.LEFT;
            case CENTER -> TextAlignment.CENTER;
            case RIGHT -> TextAlignment.RIGHT;
        });
        g.setTextBaseline(baseline == Baseline.TOP ? VPos.TOP : VPos.CENTER);
        g.fillText(text, x, y);
    }

    private void apply(Stroke stroke) {
        g.setStroke(stroke.color());
        g.setLineWidth(stroke.width());
        g.setLineDashes(stroke.dashes());
    }

    private void trace(double[] p) {
        g.beginPath();
        g.moveTo(p[0], p[1]);
        for (int i = 2; i + 1 < p.length; i += 2) g.lineTo(p[i], p[i + 1]);
        g.closePath();
    }

}
