package org.aitimeline.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.aitimeline.timeline.Surface;
import org.aitimeline.timeline.TextFit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * A {@link Surface} on one PDF page through PDFBox: logical pixels scaled to points with y pointing down, text in
 * the export fonts embedded as subsets (so it stays selectable and searchable), stretched to the width the layout
 * measured should PDFBox's advances differ from JavaFX's. PDFBox's errors are I/O errors, carried unchecked
 * through the painter and unwrapped by {@link #rethrow}.
 */
final class PdfSurface implements Surface, Closeable {

    // PDFBox's IOUtils logs a SEVERE stack trace when it first loads if java.base does not open java.nio to it (it
    // cannot unmap buffers early, and falls back to the garbage collector): harmless, and the command line prints one
    // line, never a trace. The logger is held so its level is not lost with it.
    private static final java.util.logging.Logger UNMAP_LOG = java.util.logging.Logger.getLogger("org.apache.pdfbox.io.IOUtils");

    static {
        UNMAP_LOG.setLevel(java.util.logging.Level.OFF);
    }

    /** Fonts and transparency states of one document, shared by its pages. */
    static final class Resources {
        private final PDDocument doc;
        private final Map<String, PDType0Font> fonts = new HashMap<>();
        private final Map<Double, PDExtendedGraphicsState> alphas = new HashMap<>();
        /** Per font: characters it has no glyph for (drawn as '?'). */
        private final Map<String, Map<Integer, Boolean>> glyphs = new HashMap<>();

        Resources(PDDocument doc) {
            this.doc = doc;
        }

        PDType0Font font(Font font) throws IOException {
            String key = font.getStyle();
            PDType0Font f = fonts.get(key);
            if (f == null) {
                try (InputStream in = ExportFonts.open(font)) {
                    f = PDType0Font.load(doc, in, true);
                }
                fonts.put(key, f);
            }
            return f;
        }

        PDExtendedGraphicsState alpha(double a) {
            return alphas.computeIfAbsent(a, k -> {
                PDExtendedGraphicsState s = new PDExtendedGraphicsState();
                s.setNonStrokingAlphaConstant((float) (double) k);
                s.setStrokingAlphaConstant((float) (double) k);
                return s;
            });
        }

        /** {@code text} with every character the font cannot show replaced by '?'. */
        String showable(String text, Font font, PDType0Font pdf) {
            Map<Integer, Boolean> known = glyphs.computeIfAbsent(font.getStyle(), k -> new HashMap<>());
            StringBuilder sb = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                boolean ok = known.computeIfAbsent(cp, c -> {
                    if (Character.isISOControl(c)) return false;
                    try {
                        pdf.encode(new String(Character.toChars(c)));
                        return true;
                    } catch (IllegalArgumentException | IOException e) {
                        return false;
                    }
                });
                if (ok) sb.appendCodePoint(cp);
                else sb.append('?');
            });
            return sb.toString();
        }
    }

    private final Resources res;
    private final PDPageContentStream cs;

    /**
     * @param scale points per logical pixel
     * @param pageHeight the page's height in points (the drawing's y = 0 is the page's top)
     */
    PdfSurface(Resources res, PDPage page, double scale, double pageHeight) throws IOException {
        this.res = res;
        this.cs = new PDPageContentStream(res.doc, page);
        cs.transform(new Matrix((float) scale, 0, 0, (float) -scale, 0, (float) pageHeight));
    }

    @Override
    public void close() throws IOException {
        cs.close();
    }

    /** Runs painting on this surface, turning the I/O errors it carried back into {@link IOException}s. */
    static void rethrow(Runnable painting) throws IOException {
        try {
            painting.run();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private interface Op {
        void run() throws IOException;
    }

    private static void io(Op op) {
        try {
            op.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void save() {
        io(cs::saveGraphicsState);
    }

    @Override
    public void restore() {
        io(cs::restoreGraphicsState);
    }

    @Override
    public void translate(double dx, double dy) {
        io(() -> cs.transform(Matrix.getTranslateInstance((float) dx, (float) dy)));
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        io(() -> {
            cs.addRect((float) x, (float) y, (float) Math.max(0, w), (float) Math.max(0, h));
            cs.clip();
        });
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Color color) {
        if (w <= 0 || h <= 0) return;
        fill(color, () -> cs.addRect((float) x, (float) y, (float) w, (float) h));
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double r, Color color) {
        fill(color, () -> roundRect(x, y, w, h, r));
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double r, Stroke stroke) {
        stroke(stroke, () -> roundRect(x, y, w, h, r));
    }

    @Override
    public void fillOval(double x, double y, double w, double h, Color color) {
        fill(color, () -> oval(x, y, w, h));
    }

    @Override
    public void strokeOval(double x, double y, double w, double h, Stroke stroke) {
        stroke(stroke, () -> oval(x, y, w, h));
    }

    @Override
    public void fillPolygon(double[] points, Color color) {
        fill(color, () -> polygon(points));
    }

    @Override
    public void strokePolygon(double[] points, Stroke stroke) {
        stroke(stroke, () -> polygon(points));
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2, Stroke stroke) {
        stroke(stroke, () -> {
            cs.moveTo((float) x1, (float) y1);
            cs.lineTo((float) x2, (float) y2);
        });
    }

    @Override
    public void text(String text, double x, double y, Font font, Color color, Align align, Baseline baseline) {
        if (text.isEmpty()) return;
        io(() -> {
            PDType0Font pdf = res.font(font);
            String shown = res.showable(text, font, pdf);
            double measured = TextFit.width(text, font);
            double natural = pdf.getStringWidth(shown) / 1000 * font.getSize();
            cs.saveGraphicsState();
            color(color, false);
            cs.beginText();
            cs.setFont(pdf, (float) font.getSize());
            // Text upright again inside the page's y-down transform.
            cs.setTextMatrix(new Matrix(1, 0, 0, -1, (float) Surface.leftX(x, text, font, align),
                    (float) Surface.baselineY(y, font, baseline)));
            if (natural > 0 && Math.abs(natural - measured) > 0.25) cs.setHorizontalScaling((float) (100 * measured / natural));
            cs.showText(shown);
            cs.endText();
            cs.restoreGraphicsState();
        });
    }

    private void fill(Color color, Op path) {
        io(() -> {
            boolean translucent = color.getOpacity() < 1;
            if (translucent) {
                cs.saveGraphicsState();
                cs.setGraphicsStateParameters(res.alpha(Math.round(color.getOpacity() * 1000) / 1000.0));
            }
            color(color, false);
            path.run();
            cs.fill();
            if (translucent) cs.restoreGraphicsState();
        });
    }

    private void stroke(Stroke stroke, Op path) {
        io(() -> {
            cs.saveGraphicsState();
            if (stroke.color().getOpacity() < 1) {
                cs.setGraphicsStateParameters(res.alpha(Math.round(stroke.color().getOpacity() * 1000) / 1000.0));
            }
            color(stroke.color(), true);
            cs.setLineWidth((float) stroke.width());
            double[] d = stroke.dashes();
            float[] dashes = new float[d.length];
            for (int i = 0; i < d.length; i++) dashes[i] = (float) d[i];
            cs.setLineDashPattern(dashes, 0);
            path.run();
            cs.stroke();
            cs.restoreGraphicsState();
        });
    }

    private void color(Color c, boolean stroking) throws IOException {
        float r = (float) c.getRed();
        float g = (float) c.getGreen();
        float b = (float) c.getBlue();
        if (stroking) cs.setStrokingColor(r, g, b);
        else cs.setNonStrokingColor(r, g, b);
    }

    private void polygon(double[] p) throws IOException {
        cs.moveTo((float) p[0], (float) p[1]);
        for (int i = 2; i + 1 < p.length; i += 2) cs.lineTo((float) p[i], (float) p[i + 1]);
        cs.closePath();
    }

    /** Bézier constant for a quarter circle. */
    private static final double K = 0.5522847498;

    private void oval(double x, double y, double w, double h) throws IOException {
        double rx = w / 2;
        double ry = h / 2;
        double cx = x + rx;
        double cy = y + ry;
        cs.moveTo((float) (cx + rx), (float) cy);
        cs.curveTo((float) (cx + rx), (float) (cy + K * ry), (float) (cx + K * rx), (float) (cy + ry), (float) cx, (float) (cy + ry));
        cs.curveTo((float) (cx - K * rx), (float) (cy + ry), (float) (cx - rx), (float) (cy + K * ry), (float) (cx - rx), (float) cy);
        cs.curveTo((float) (cx - rx), (float) (cy - K * ry), (float) (cx - K * rx), (float) (cy - ry), (float) cx, (float) (cy - ry));
        cs.curveTo((float) (cx + K * rx), (float) (cy - ry), (float) (cx + rx), (float) (cy - K * ry), (float) (cx + rx), (float) cy);
        cs.closePath();
    }

    private void roundRect(double x, double y, double w, double h, double r) throws IOException {
        r = Math.max(0, Math.min(r, Math.min(w, h) / 2));
        if (r == 0) {
            cs.addRect((float) x, (float) y, (float) w, (float) h);
            return;
        }
        double k = K * r;
        cs.moveTo((float) (x + r), (float) y);
        cs.lineTo((float) (x + w - r), (float) y);
        cs.curveTo((float) (x + w - r + k), (float) y, (float) (x + w), (float) (y + r - k), (float) (x + w), (float) (y + r));
        cs.lineTo((float) (x + w), (float) (y + h - r));
        cs.curveTo((float) (x + w), (float) (y + h - r + k), (float) (x + w - r + k), (float) (y + h), (float) (x + w - r), (float) (y + h));
        cs.lineTo((float) (x + r), (float) (y + h));
        cs.curveTo((float) (x + r - k), (float) (y + h), (float) x, (float) (y + h - r + k), (float) x, (float) (y + h - r));
        cs.lineTo((float) x, (float) (y + r));
        cs.curveTo((float) x, (float) (y + r - k), (float) (x + r - k), (float) y, (float) (x + r), (float) y);
        cs.closePath();
    }
}
