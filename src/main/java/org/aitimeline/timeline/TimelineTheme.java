package org.aitimeline.timeline;

import java.util.List;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;

/**
 * The colours and fonts a timeline is painted with. The window reads them from CSS (so they follow the
 * AtlantaFX light or dark theme); the export uses {@link #LIGHT} or {@link #DARK}.
 *
 * @param warning the colour of correction marks
 * @param clusterText the colour of a cluster's count on its lane-coloured pill
 */
public record TimelineTheme(Color background, Color stripe, Color grid, Color foreground, Color muted,
                            Color accent, Color border, Color warning, Color clusterText, Font font, Font boldFont,
                            Font italicFont) {

    private static final String FAMILY = Font.getDefault().getFamily();
    private static final Font FONT = Font.font(FAMILY, 12);
    private static final Font BOLD = Font.font(FAMILY, FontWeight.BOLD, 11);
    private static final Font ITALIC = Font.font(FAMILY, FontWeight.NORMAL, FontPosture.ITALIC, 12);

    /** Primer light. */
    public static final TimelineTheme LIGHT = new TimelineTheme(Color.web("#ffffff"), Color.web("#f6f8fa"),
            Color.web("#d8dee4"), Color.web("#1f2328"), Color.web("#59636e"), Color.web("#0969da"),
            Color.web("#d0d7de"), Color.web("#9a6700"), Color.WHITE, FONT, BOLD, ITALIC);

    /** Primer dark. */
    public static final TimelineTheme DARK = new TimelineTheme(Color.web("#0d1117"), Color.web("#161b22"),
            Color.web("#21262d"), Color.web("#e6edf3"), Color.web("#8d96a0"), Color.web("#4493f8"),
            Color.web("#30363d"), Color.web("#d29922"), Color.WHITE, FONT, BOLD, ITALIC);

    /**
     * Reads a theme from the background fills of a CSS-styled probe region, in the order background, stripe,
     * grid, foreground, muted, accent, border, warning (see timeline.css); {@code fallback} if the CSS gave fewer.
     */
    public static TimelineTheme fromFills(Background background, TimelineTheme fallback) {
        if (background == null) return fallback;
        List<BackgroundFill> fills = background.getFills();
        if (fills.size() < 8) return fallback;
        Color[] c = new Color[8];
        for (int i = 0; i < 8; i++) {
            Paint p = fills.get(i).getFill();
            if (!(p instanceof Color color)) return fallback;
            c[i] = color;
        }
        return new TimelineTheme(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], fallback.clusterText, fallback.font,
                fallback.boldFont, fallback.italicFont);
    }

    /** This theme's colours with other fonts (the export draws in the fonts it embeds). */
    public TimelineTheme withFonts(Font regular, Font bold, Font italic) {
        return new TimelineTheme(background, stripe, grid, foreground, muted, accent, border, warning, clusterText,
                regular, bold, italic);
    }
}
