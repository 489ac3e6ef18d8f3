package org.aitimeline.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javafx.scene.text.Font;
import org.aitimeline.timeline.TimelineTheme;

/**
 * The fonts every export draws in: DejaVu Sans (regular, bold, oblique), bundled with the app (Bitstream Vera
 * licence, DejaVu changes public domain: see fonts/LICENSE-DejaVu.txt). The same files are loaded into JavaFX, which
 * measures and packs the titles and paints the PNG, and embedded (as subsets) in the PDF, so titles pack the same
 * in every format and on every system, whatever the window's own font is.
 */
public final class ExportFonts {

    static final String FAMILY = "DejaVu Sans";
    private static final String[] FILES = {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"};
    private static volatile boolean loaded;

    private ExportFonts() {
    }

    /** {@code theme}'s colours with the export fonts at the theme's sizes. */
    public static TimelineTheme theme(TimelineTheme theme) {
        load();
        return theme.withFonts(regular(theme.font().getSize()), bold(theme.boldFont().getSize()),
                italic(theme.italicFont().getSize()));
    }

    public static Font regular(double size) {
        load();
        return Font.font(FAMILY, javafx.scene.text.FontWeight.NORMAL, javafx.scene.text.FontPosture.REGULAR, size);
    }

    public static Font bold(double size) {
        load();
        return Font.font(FAMILY, javafx.scene.text.FontWeight.BOLD, javafx.scene.text.FontPosture.REGULAR, size);
    }

    public static Font italic(double size) {
        load();
        return Font.font(FAMILY, javafx.scene.text.FontWeight.NORMAL, javafx.scene.text.FontPosture.ITALIC, size);
    }

    /** The bundled file of a JavaFX font of {@link #FAMILY} (by its style name), for embedding. */
    static InputStream open(Font font) {
        String style = font.getStyle().toLowerCase(java.util.Locale.ROOT);
        String file = style.contains("bold") ? FILES[1] : style.contains("oblique") || style.contains("italic") ? FILES[2] : FILES[0];
        InputStream in = ExportFonts.class.getResourceAsStream("fonts/" + file);
        if (in == null) throw new IllegalStateException("the export font " + file + " is missing from the application");
        return in;
    }

    private static void load() {
        if (loaded) return;
        synchronized (ExportFonts.class) {
            if (loaded) return;
            for (String file : FILES) {
                try (InputStream in = ExportFonts.class.getResourceAsStream("fonts/" + file)) {
                    if (in == null || Font.loadFont(in, 12) == null) {
                        throw new IllegalStateException("the export font " + file + " could not be loaded");
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            loaded = true;
        }
    }
}
