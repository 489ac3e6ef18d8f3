package org.aitimeline.timeline;

import java.util.List;
import javafx.scene.paint.Color;

/**
 * The lane colours: mid-luminance hues that keep at least 3:1 contrast against both the light and the dark
 * background, assigned to a lane key by a fixed hash so a company keeps its colour between runs and filters.
 */
public final class LanePalette {

    /** The palette, in hash order. */
    public static final List<Color> COLORS = List.of(
            Color.web("#2f6fd0"), Color.web("#d0453a"), Color.web("#2e8b3e"), Color.web("#8e5cc4"),
            Color.web("#c45a10"), Color.web("#0f8a8a"), Color.web("#b8388a"), Color.web("#6d7a12"),
            Color.web("#c2185b"), Color.web("#1b7f63"), Color.web("#4a5fc1"), Color.web("#5d6d7e"));

    private LanePalette() {
    }

    /** The colour of a lane key; the same key always gets the same colour. */
    public static Color colorOf(String key) {
        return COLORS.get(indexOf(key));
    }

    static int indexOf(String key) {
        int h = 0x811c9dc5;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x01000193;
        }
        return Math.floorMod(h, COLORS.size());
    }

    /** WCAG relative luminance. */
    static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    /** WCAG contrast ratio between two colours (1 to 21). */
    public static double contrast(Color a, Color b) {
        double la = luminance(a) + 0.05;
        double lb = luminance(b) + 0.05;
        return Math.max(la, lb) / Math.min(la, lb);
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
