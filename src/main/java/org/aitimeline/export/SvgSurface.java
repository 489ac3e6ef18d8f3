package org.aitimeline.export;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.aitimeline.timeline.Surface;
import org.aitimeline.timeline.TextFit;

/**
 * A {@link Surface} that writes SVG 1.1 elements: rect, ellipse, polygon, line and text (no library). Text stays
 * text: each line is one {@code <text>} element in the export font, its {@code textLength} the width the layout
 * measured, so a viewer that substitutes another font still keeps titles inside the room they were packed in.
 * Translations are applied to the coordinates; clips become {@code clipPath}s around a group.
 */
final class SvgSurface implements Surface {

    private final StringBuilder out = new StringBuilder(1 << 16);
    private final StringBuilder defs = new StringBuilder();
    private final Deque<double[]> saved = new ArrayDeque<>();
    private double tx;
    private double ty;
    /** Groups opened since the last save (clips). */
    private int open;
    private int clips;

    @Override
    public void save() {
        saved.push(new double[] {tx, ty, open});
        open = 0;
    }

    @Override
    public void restore() {
        for (; open > 0; open--) out.append("</g>\n");
        double[] s = saved.pop();
        tx = s[0];
        ty = s[1];
        open = (int) s[2];
    }

    @Override
    public void translate(double dx, double dy) {
        tx += dx;
        ty += dy;
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        String id = "c" + (++clips);
        defs.append("<clipPath id=\"").append(id).append("\"><rect");
        box(defs, x, y, w, h);
        defs.append("/></clipPath>\n");
        out.append("<g clip-path=\"url(#").append(id).append(")\">\n");
        open++;
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Color color) {
        if (w <= 0 || h <= 0) return;
        rect(x, y, w, h, 0);
        fill(color);
        out.append("/>\n");
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double r, Color color) {
        rect(x, y, w, h, r);
        fill(color);
        out.append("/>\n");
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double r, Stroke stroke) {
        rect(x, y, w, h, r);
        stroke(stroke);
        out.append("/>\n");
    }

    /** Opens a rect element (corners of radius r when r > 0); the caller adds the paint and closes it. */
    private void rect(double x, double y, double w, double h, double r) {
        out.append("<rect");
        box(out, x, y, w, h);
        if (r > 0) attr(out, "rx", r);
    }

    @Override
    public void fillOval(double x, double y, double w, double h, Color color) {
        ellipse(x, y, w, h);
        fill(color);
        out.append("/>\n");
    }

    @Override
    public void strokeOval(double x, double y, double w, double h, Stroke stroke) {
        ellipse(x, y, w, h);
        stroke(stroke);
        out.append("/>\n");
    }

    @Override
    public void fillPolygon(double[] points, Color color) {
        polygon(points);
        fill(color);
        out.append("/>\n");
    }

    @Override
    public void strokePolygon(double[] points, Stroke stroke) {
        polygon(points);
        stroke(stroke);
        out.append("/>\n");
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2, Stroke stroke) {
        out.append("<line");
        attr(out, "x1", x1 + tx);
        attr(out, "y1", y1 + ty);
        attr(out, "x2", x2 + tx);
        attr(out, "y2", y2 + ty);
        stroke(stroke);
        out.append("/>\n");
    }

    @Override
    public void text(String text, double x, double y, Font font, Color color, Align align, Baseline baseline) {
        if (text.isEmpty()) return;
        out.append("<text");
        attr(out, "x", Surface.leftX(x, text, font, align) + tx);
        attr(out, "y", Surface.baselineY(y, font, baseline) + ty);
        attr(out, "font-size", font.getSize());
        String style = font.getStyle().toLowerCase(Locale.ROOT);
        if (style.contains("bold")) out.append(" font-weight=\"bold\"");
        if (style.contains("italic") || style.contains("oblique")) out.append(" font-style=\"italic\"");
        attr(out, "textLength", TextFit.width(text, font));
        out.append(" lengthAdjust=\"spacingAndGlyphs\"");
        fill(color);
        out.append('>');
        escape(out, text);
        out.append("</text>\n");
    }

    /** The whole document: {@code width} × {@code height} logical pixels, with a title, description and metadata. */
    String document(double width, double height, String title, String description, String software, String date) {
        StringBuilder doc = new StringBuilder(out.length() + defs.length() + 1024);
        doc.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        doc.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"");
        attr(doc, "width", width);
        attr(doc, "height", height);
        doc.append(" viewBox=\"0 0 ").append(num(width)).append(' ').append(num(height)).append('"');
        doc.append(" font-family=\"'").append(ExportFonts.FAMILY).append("', 'Bitstream Vera Sans', sans-serif\">\n");
        doc.append("<title>");
        escape(doc, title);
        doc.append("</title>\n<desc>");
        escape(doc, description);
        doc.append("</desc>\n<metadata>\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"")
                .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><rdf:Description>");
        element(doc, "dc:title", title);
        element(doc, "dc:description", description);
        element(doc, "dc:creator", software);
        element(doc, "dc:date", date);
        doc.append("</rdf:Description></rdf:RDF>\n</metadata>\n");
        if (defs.length() > 0) doc.append("<defs>\n").append(defs).append("</defs>\n");
        doc.append(out);
        doc.append("</svg>\n");
        return doc.toString();
    }

    private static void element(StringBuilder sb, String name, String value) {
        sb.append('<').append(name).append('>');
        escape(sb, value);
        sb.append("</").append(name).append('>');
    }

    private void ellipse(double x, double y, double w, double h) {
        out.append("<ellipse");
        attr(out, "cx", x + w / 2 + tx);
        attr(out, "cy", y + h / 2 + ty);
        attr(out, "rx", w / 2);
        attr(out, "ry", h / 2);
    }

    private void polygon(double[] p) {
        out.append("<polygon points=\"");
        for (int i = 0; i + 1 < p.length; i += 2) {
            if (i > 0) out.append(' ');
            out.append(num(p[i] + tx)).append(',').append(num(p[i + 1] + ty));
        }
        out.append('"');
    }

    private void box(StringBuilder sb, double x, double y, double w, double h) {
        attr(sb, "x", x + tx);
        attr(sb, "y", y + ty);
        attr(sb, "width", Math.max(0, w));
        attr(sb, "height", Math.max(0, h));
    }

    private void fill(Color c) {
        out.append(" fill=\"").append(hex(c)).append('"');
        if (c.getOpacity() < 1) attr(out, "fill-opacity", c.getOpacity());
    }

    private void stroke(Stroke s) {
        out.append(" fill=\"none\" stroke=\"").append(hex(s.color())).append('"');
        if (s.color().getOpacity() < 1) attr(out, "stroke-opacity", s.color().getOpacity());
        attr(out, "stroke-width", s.width());
        if (s.dashed()) {
            out.append(" stroke-dasharray=\"");
            double[] d = s.dashes();
            for (int i = 0; i < d.length; i++) out.append(i == 0 ? "" : " ").append(num(d[i]));
            out.append('"');
        }
    }

    private static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    private static void attr(StringBuilder sb, String name, double value) {
        sb.append(' ').append(name).append("=\"").append(num(value)).append('"');
    }

    /** Two decimals at most, no exponent, no locale. */
    static String num(double v) {
        long r = Math.round(v * 100);
        if (r % 100 == 0) return Long.toString(r / 100);
        return java.math.BigDecimal.valueOf(r, 2).stripTrailingZeros().toPlainString();
    }

    /**
     * Escapes XML's five special characters and drops what XML 1.0 cannot hold at all (control characters, lone
     * surrogates), so any dataset text gives a well-formed document.
     */
    static void escape(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        sb.append(c).append(s.charAt(++i));
                    } else if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c <= 0xFFFD)) {
                        sb.append(c);
                    }
                }
            }
        }
    }
}
