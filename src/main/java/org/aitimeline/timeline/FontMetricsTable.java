package org.aitimeline.timeline;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Label widths from a per-character advance table filled as characters are first met, so that packing
 * thousands of labels per frame costs an array lookup per character instead of a text layout. Not thread-safe:
 * use one per thread (the window and each export have their own).
 */
public final class FontMetricsTable implements TextWidth {

    // Latin, Greek, Cyrillic and general punctuation (’ “ ” – …) in an array; anything else in a map.
    private static final int TABLE = 0x2070;
    private final double[] advance = new double[TABLE];
    private final java.util.Map<Character, Double> others = new java.util.HashMap<>();
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
            if (c < 32 || Character.isSurrogate(c)) {
                w += fallback;
            } else if (c < TABLE) {
                double a = advance[c];
                if (Double.isNaN(a)) {
                    a = measure(c);
                    advance[c] = a;
                }
                w += a;
            } else {
                w += others.computeIfAbsent(c, this::measure);
            }
        }
        return Math.ceil(w);
    }

    private double measure(char c) {
        probe.setText(String.valueOf(c));
        return probe.getLayoutBounds().getWidth();
    }
}
