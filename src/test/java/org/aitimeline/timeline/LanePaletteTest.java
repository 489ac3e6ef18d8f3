package org.aitimeline.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

class LanePaletteTest {

    @Test
    void everyColourIsReadableOnTheLightAndTheDarkBackground() {
        for (Color c : LanePalette.COLORS) {
            assertTrue(LanePalette.contrast(c, TimelineTheme.LIGHT.background()) >= 3, c + " on light");
            assertTrue(LanePalette.contrast(c, TimelineTheme.DARK.background()) >= 3, c + " on dark");
        }
    }

    @Test
    void coloursAreDistinguishable() {
        for (int i = 0; i < LanePalette.COLORS.size(); i++) {
            for (int j = i + 1; j < LanePalette.COLORS.size(); j++) {
                Color a = LanePalette.COLORS.get(i);
                Color b = LanePalette.COLORS.get(j);
                double hue = Math.abs(a.getHue() - b.getHue());
                hue = Math.min(hue, 360 - hue);
                double rgb = Math.sqrt(Math.pow(a.getRed() - b.getRed(), 2) + Math.pow(a.getGreen() - b.getGreen(), 2)
                        + Math.pow(a.getBlue() - b.getBlue(), 2)) * 255;
                assertTrue(hue >= 12 || rgb >= 60, a + " vs " + b + ": hue " + hue + " rgb " + rgb);
            }
        }
    }

    @Test
    void aKeyAlwaysGetsTheSameColourAndKeysSpreadOverThePalette() {
        assertEquals(LanePalette.colorOf("alibaba"), LanePalette.colorOf(new String("alibaba")));
        java.util.Set<Color> used = new java.util.HashSet<>();
        for (String key : new String[] {"meta", "google", "openai", "alibaba", "deepseek", "baidu", "xai", "US", "CN",
                "release", "leak", "policy"}) {
            used.add(LanePalette.colorOf(key));
        }
        assertTrue(used.size() >= 7, "12 keys use only " + used.size() + " colours");
    }
}
