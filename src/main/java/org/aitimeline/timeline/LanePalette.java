package org.aitimeline.timeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.paint.Color;

/**
 * The lane colours and their assignment. Twelve mid-luminance hues keep at least 3:1 contrast against both the light
 * and the dark background and are far apart from each other; they are given to lanes in order, so no two of the
 * first twelve lanes share a colour, and from the thirteenth lane on a second marker shape keeps lanes apart.
 * The order is fixed per dataset and grouping (see {@link #assign}), so a company keeps its colour while filtering.
 */
public final class LanePalette {

    /**
     * The palette, in assignment order: chosen by farthest-point sampling in CIELAB among the colours with at least
     * 3.15:1 contrast on the light and dark backgrounds and stripes, so every pair differs by ΔE ≥ 32 and each
     * prefix of the list is as spread out as possible.
     */
    public static final List<Color> COLORS = List.of(
            Color.web("#2f6fd0"), Color.web("#d0453a"), Color.web("#2e8b3e"), Color.web("#d23ca5"),
            Color.web("#aa8700"), Color.web("#0096aa"), Color.web("#be788c"), Color.web("#6e6e37"),
            Color.web("#874bc3"), Color.web("#f03c78"), Color.web("#be7d55"), Color.web("#cd6905"));

    private final Map<String, LaneStyle> styles;

    private LanePalette(Map<String, LaneStyle> styles) {
        this.styles = styles;
    }

    /** Styles for lanes in the given order: colour {@code i % 12}, shape {@code i / 12}. */
    public static LanePalette assign(List<String> keysInOrder) {
        Map<String, LaneStyle> map = new HashMap<>(keysInOrder.size() * 2);
        MarkerShape[] shapes = MarkerShape.values();
        for (int i = 0; i < keysInOrder.size(); i++) {
            map.putIfAbsent(keysInOrder.get(i), new LaneStyle(COLORS.get(i % COLORS.size()),
                    shapes[(i / COLORS.size()) % shapes.length]));
        }
        return new LanePalette(map);
    }

    /** The style of a lane; a key the assignment did not know gets a fixed colour from its hash. */
    public LaneStyle styleOf(String key) {
        LaneStyle s = styles.get(key);
        return s != null ? s : new LaneStyle(COLORS.get(Math.floorMod(key.hashCode(), COLORS.size())), MarkerShape.CIRCLE);
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
