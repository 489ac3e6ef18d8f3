package org.aitimeline.timeline;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Label widths from a per-character advance table filled as characters are first met, so that packing
 * thousands of labels per frame costs an array lookup per character instead of a text layout. Not thread-safe:
 * use one per thread (the window and each export have their own).
 */
public final class FontMetricsTable implements TextWidth {

    private static final int TABLE = 0x250;
    private final double[] advance = new double[TABLE];
    private final double fallback;
    private final Font font;

    private final Text probe = new Text();

    public FontMetricsTable(Font font) {
        this.font = font;
        probe.setFont(font);
        // Filled lazily: a frame uses a few dozen distinct characters, measuring all would cost a start-up.
        java.util.Arrays.fill(advance, Double.NaN);
        probe.setText("abcdefghijklmnopqrstuvwxyz");
        fallback = probe.getLayoutBounds().getWidth() / 26 * 1.2;
    }

    public Font font() {
        return font;
    }

    @Override
    public double of(String text) {
        double w = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < TABLE && c >= 32) {
                double a = advance[c];
                if (Double.isNaN(a)) {
                    probe.setText(String.valueOf(c));
                    a = probe.getLayoutBounds().getWidth();
                    advance[c] = a;
                }
                w += a;
            } else {
                w += fallback;
            }
        }
        return Math.ceil(w);
    }
}
