package org.aitimeline.timeline;

import java.util.List;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * The colours and fonts a timeline is painted with. The window reads them from CSS (so they follow the
 * AtlantaFX light or dark theme); export uses {@link #LIGHT} unless told otherwise.
 */
public record TimelineTheme(Color background, Color stripe, Color grid, Color foreground, Color muted,
                            Color accent, Color border, Font font, Font boldFont) {

    private static final Font FONT = Font.font(Font.getDefault().getFamily(), 12);
    private static final Font BOLD = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 11);

    /** Primer light. */
    public static final TimelineTheme LIGHT = new TimelineTheme(Color.web("#ffffff"), Color.web("#f6f8fa"),
            Color.web("#d8dee4"), Color.web("#1f2328"), Color.web("#59636e"), Color.web("#0969da"),
            Color.web("#d0d7de"), FONT, BOLD);

    /** Primer dark. */
    public static final TimelineTheme DARK = new TimelineTheme(Color.web("#0d1117"), Color.web("#161b22"),
            Color.web("#21262d"), Color.web("#e6edf3"), Color.web("#8d96a0"), Color.web("#4493f8"),
            Color.web("#30363d"), FONT, BOLD);

    /**
     * Reads a theme from the background fills of a CSS-styled probe region, in the order background, stripe,
     * grid, foreground, muted, accent, border (see timeline.css); {@code fallback} if the CSS gave fewer.
     */
    public static TimelineTheme fromFills(Background background, TimelineTheme fallback) {
        if (background == null) return fallback;
        List<BackgroundFill> fills = background.getFills();
        if (fills.size() < 7) return fallback;
        Color[] c = new Color[7];
        for (int i = 0; i < 7; i++) {
            Paint p = fills.get(i).getFill();
            if (!(p instanceof Color color)) return fallback;
            c[i] = color;
        }
        return new TimelineTheme(c[0], c[1], c[2], c[3], c[4], c[5], c[6], fallback.font, fallback.boldFont);
    }

    /** True when the background is dark (text on lane colours is then drawn lighter). */
    public boolean isDark() {
        return LanePalette.luminance(background) < 0.2;
    }
}
