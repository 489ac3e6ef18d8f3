package org.aitimeline.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.paint.Color;
import org.aitimeline.model.Event;
import org.junit.jupiter.api.Test;

class LanePaletteTest {

    @Test
    void everyColourIsReadableOnTheLightAndTheDarkBackground() {
        for (Color c : LanePalette.COLORS) {
            for (TimelineTheme t : List.of(TimelineTheme.LIGHT, TimelineTheme.DARK)) {
                assertTrue(LanePalette.contrast(c, t.background()) >= 3, c + " on " + t.background());
                assertTrue(LanePalette.contrast(c, t.stripe()) >= 3, c + " on the stripe " + t.stripe());
            }
        }
    }

    /** CIE76 colour difference, through CIELAB (D65). */
    static double deltaE(Color a, Color b) {
        double[] x = lab(a);
        double[] y = lab(b);
        return Math.sqrt(Math.pow(x[0] - y[0], 2) + Math.pow(x[1] - y[1], 2) + Math.pow(x[2] - y[2], 2));
    }

    private static double[] lab(Color c) {
        double r = lin(c.getRed());
        double g = lin(c.getGreen());
        double b = lin(c.getBlue());
        double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
        double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
        return new double[] {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
    }

    private static double lin(double v) {
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static double f(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
    }

    @Test
    void everyTwoColoursAreClearlyDifferent() {
        for (int i = 0; i < LanePalette.COLORS.size(); i++) {
            for (int j = i + 1; j < LanePalette.COLORS.size(); j++) {
                Color a = LanePalette.COLORS.get(i);
                Color b = LanePalette.COLORS.get(j);
                assertTrue(deltaE(a, b) >= 25, a + " vs " + b + ": ΔE " + deltaE(a, b));
            }
        }
    }

    @Test
    void theFirstTwelveLanesHaveTwelveColoursAndLaterLanesASecondCue() {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 30; i++) keys.add("lane" + i);
        LanePalette palette = LanePalette.assign(keys);
        Set<Color> first = new HashSet<>();
        for (int i = 0; i < 12; i++) first.add(palette.styleOf("lane" + i).color());
        assertEquals(12, first.size());
        Set<LaneStyle> all = new HashSet<>();
        for (String k : keys) all.add(palette.styleOf(k));
        assertEquals(30, all.size(), "no two lanes share both colour and shape");
    }

    @Test
    void coloursStayWithTheirLaneWhenAFilterHidesOthers() {
        List<Event> all = List.of(TimelineTestData.event("a", "2023-01-01", "meta"),
                TimelineTestData.event("b", "2023-02-01", "google"), TimelineTestData.event("c", "2024-01-01", "alibaba"));
        LanePalette palette = LaneLayout.paletteFor(all, LaneGrouping.ORGANIZATION);
        LaneLayout filtered = LaneLayout.build(List.of(all.get(2)), new LaneLayout.Options(LaneGrouping.ORGANIZATION,
                LaneOrder.FIRST_EVENT, LaneTitles.DEFAULT, java.util.Locale.ENGLISH, palette));
        assertEquals(palette.styleOf("alibaba"), filtered.lanes().get(0).style());
        assertEquals(LanePalette.COLORS.get(2), filtered.lanes().get(0).style().color(), "alibaba is the third lane overall");
    }
}
