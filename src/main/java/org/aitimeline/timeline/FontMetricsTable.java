package org.aitimeline.timeline;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Label widths from a per-character advance table measured once per font, so that packing thousands of labels
 * per frame costs an array lookup per character instead of a text layout.
 */
public final class FontMetricsTable implements TextWidth {

    private static final int TABLE = 0x250;
    private final double[] advance = new double[TABLE];
    private final double fallback;
    private final Font font;

    public FontMetricsTable(Font font) {
        this.font = font;
        Text probe = new Text();
        probe.setFont(font);
        double sum = 0;
        int n = 0;
        for (char c = 32; c < TABLE; c++) {
            probe.setText(String.valueOf(c));
            advance[c] = probe.getLayoutBounds().getWidth();
            if (c >= 'a' && c <= 'z') {
                sum += advance[c];
                n++;
            }
        }
        fallback = n == 0 ? font.getSize() * 0.6 : sum / n * 1.2;
    }

    public Font font() {
        return font;
    }

    @Override
    public double of(String text) {
        double w = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            w += c < TABLE && c >= 32 ? advance[c] : fallback;
        }
        return Math.ceil(w);
    }
}
