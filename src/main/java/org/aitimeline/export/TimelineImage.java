package org.aitimeline.export;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import javafx.application.Platform;
import javafx.geometry.VPos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.aitimeline.model.Event;
import org.aitimeline.model.PartialDate;
import org.aitimeline.model.Source;
import org.aitimeline.timeline.FontMetricsTable;
import org.aitimeline.timeline.Lane;
import org.aitimeline.timeline.LaneLayout;
import org.aitimeline.timeline.TimeScale;
import org.aitimeline.timeline.TimelineFrame;
import org.aitimeline.timeline.TimelineGeometry;
import org.aitimeline.timeline.TimelinePainter;
import org.aitimeline.timeline.TimelineTheme;

/**
 * A timeline laid out as a finished image of a given size: a header (title, the filters in words, a legend of
 * lane colours), the timeline with its axis re-packed for that width, and a footer crediting the articles.
 * It renders in tiles into a streaming PNG, so a 20,000-pixel-wide export never meets the texture limit and
 * holds only one strip of pixels in memory.
 */
public final class TimelineImage {

    /** Which stretch of time the image covers. */
    public enum Range { VISIBLE, ALL }

    /**
     * @param width width in device pixels (0: {@link #DEFAULT_WIDTH} logical pixels times the scale)
     * @param scale device pixels per logical pixel (2 or 4 for print)
     * @param title the title line; blank for "dataset title, date range"
     */
    public record Options(Range range, int width, double scale, String title, TimelineTheme theme) {
        public Options {
            if (scale <= 0 || scale > 8) throw new IllegalArgumentException("scale must be between 0 and 8");
            if (width < 0) throw new IllegalArgumentException("width must be positive");
            if (theme == null) theme = TimelineTheme.LIGHT;
        }

        public int deviceWidth() {
            return width > 0 ? width : (int) Math.round(DEFAULT_WIDTH * scale);
        }
    }

    public static final int DEFAULT_WIDTH = 1600;
    /** Tile side in device pixels: well under the 8192/32767 limits of the software pipeline. */
    static final int TILE = 2048;
    static final int STRIP = 1024;
    private static final double PAD = 24;
    private static final String SOFTWARE = "Open-Source AI Timeline";

    private final ExportContext context;
    private final Options options;
    private final double scale;
    private final int deviceWidth;
    private final int deviceHeight;
    private final double logicalWidth;
    private final TimelineTheme theme;
    private final Font titleFont;
    private final Font textFont;
    private final Font smallFont;
    private final String title;
    private final List<String> subtitleLines;
    private final List<List<Lane>> legendRows;
    private final List<String> footerLines;
    private final double bodyTop;
    private final double bodyHeight;
    private final double footerTop;
    private final TimelineFrame frame;

    private TimelineImage(ExportContext context, Options options) {
        this.context = context;
        this.options = options;
        this.scale = options.scale();
        this.deviceWidth = options.deviceWidth();
        this.logicalWidth = deviceWidth / scale;
        this.theme = options.theme();
        String family = theme.font().getFamily();
        titleFont = Font.font(family, FontWeight.BOLD, 22);
        textFont = Font.font(family, 13);
        smallFont = Font.font(family, 11);
        Locale locale = context.locale();

        List<Event> events = LaneLayout.sortedByDate(context.events());
        LaneLayout layout = LaneLayout.build(events, context.grouping(), context.laneTitles(), locale);
        double[] range = range(layout);
        // The title names the events' own span (or the chosen window), not the margin drawn around them.
        double first = options.range() == Range.ALL && !events.isEmpty() ? layout.minDay() : range[0];
        double last = options.range() == Range.ALL && !events.isEmpty() ? layout.maxDay() : range[1];
        String span = dayText(first, locale) + " – " + dayText(last - 1, locale);
        title = options.title() == null || options.title().isBlank() ? context.dataset().title() + ", " + span : options.title();
        double textWidth = logicalWidth - 2 * PAD;
        String counts = events.size() + (locale.getLanguage().equals("it") ? " eventi" : " events")
                + (context.filterDescription().isEmpty() ? "" : " · " + context.filterDescription());
        subtitleLines = wrap(counts + " · " + span, textFont, textWidth);
        legendRows = legend(layout.lanes(), textWidth);
        double y = PAD + 30 + subtitleLines.size() * 18 + 8 + legendRows.size() * 22 + 10;
        bodyTop = Math.ceil(y);
        TimelineGeometry geometry = TimelineGeometry.DEFAULT.withRows(3);
        bodyHeight = layout.lanes().isEmpty() ? geometry.axisHeight() + 120 : geometry.contentHeight(layout.lanes().size());
        TimeScale timeScale = new TimeScale(range[0], range[1], geometry.headerWidth(),
                Math.max(50, logicalWidth - geometry.headerWidth() - 8));
        frame = TimelineFrame.build(layout, timeScale, geometry, 0, bodyHeight, locale,
                new FontMetricsTable(theme.font()), i -> events.get(i).title().in(locale));
        footerTop = bodyTop + bodyHeight + 14;
        List<String> footer = new ArrayList<>();
        footer.add(locale.getLanguage().equals("it") ? "Fonti:" : "Sources:");
        for (Source s : context.dataset().sources()) {
            footer.addAll(wrap("• " + s.title() + (s.published() == null ? "" : " (" + s.published().format(locale) + ")"),
                    smallFont, textWidth));
        }
        footer.add(SOFTWARE + " · " + context.dataset().title());
        footerLines = footer;
        double logicalHeight = footerTop + footerLines.size() * 15 + PAD;
        deviceHeight = (int) Math.ceil(logicalHeight * scale);
        if ((long) deviceWidth * deviceHeight > 400_000_000L) {
            throw new IllegalArgumentException("image too large: " + deviceWidth + " x " + deviceHeight + " pixels");
        }
    }

    /** Lays out the export; safe on any thread (it measures text but touches no scene). */
    public static TimelineImage layout(ExportContext context, Options options) {
        return new TimelineImage(context, options);
    }

    public int width() {
        return deviceWidth;
    }

    public int height() {
        return deviceHeight;
    }

    public String title() {
        return title;
    }

    /** The lanes shown, with their colours (the legend). */
    public List<Lane> lanes() {
        return frame.layout().lanes();
    }

    private double[] range(LaneLayout layout) {
        if (options.range() == Range.VISIBLE || layout.events().isEmpty()) {
            double s = context.visibleStart().getEpochSecond() / 86400.0;
            double e = context.visibleEnd().getEpochSecond() / 86400.0;
            return new double[] {s, Math.max(e, s + 1)};
        }
        double min = layout.minDay();
        double max = layout.maxDay();
        double margin = Math.max(15, (max - min) / 30);
        return new double[] {min - margin, max + margin};
    }

    private List<List<Lane>> legend(List<Lane> lanes, double width) {
        List<List<Lane>> rows = new ArrayList<>();
        List<Lane> row = new ArrayList<>();
        double x = 0;
        for (Lane lane : lanes) {
            double w = 18 + measure(lane.title(), textFont) + 18;
            if (!row.isEmpty() && x + w > width) {
                rows.add(row);
                row = new ArrayList<>();
                x = 0;
            }
            row.add(lane);
            x += w;
        }
        if (!row.isEmpty()) rows.add(row);
        return rows;
    }

    /** Paints the logical region [clipX, clipX+clipW) x [clipY, clipY+clipH) of the image. */
    void paint(GraphicsContext g, double clipX, double clipY, double clipW, double clipH) {
        g.setFill(theme.background());
        g.fillRect(clipX, clipY, clipW, clipH);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        if (clipY < bodyTop) {
            g.setFill(theme.foreground());
            g.setFont(titleFont);
            g.fillText(title, PAD, PAD);
            g.setFont(textFont);
            g.setFill(theme.muted());
            double y = PAD + 30;
            for (String line : subtitleLines) {
                g.fillText(line, PAD, y);
                y += 18;
            }
            y += 8;
            for (List<Lane> row : legendRows) {
                double x = PAD;
                for (Lane lane : row) {
                    g.setFill(lane.color());
                    g.fillRoundRect(x, y + 2, 12, 12, 4, 4);
                    g.setFill(theme.foreground());
                    g.fillText(lane.title(), x + 18, y);
                    x += 18 + measure(lane.title(), textFont) + 18;
                }
                y += 22;
            }
        }
        if (clipY + clipH > bodyTop && clipY < bodyTop + bodyHeight) {
            g.save();
            g.translate(0, bodyTop);
            g.beginPath();
            g.rect(0, 0, logicalWidth, bodyHeight);
            g.clip();
            TimelinePainter.paint(g, frame, theme, TimelinePainter.Emphasis.NONE, logicalWidth, bodyHeight,
                    clipX, Math.max(0, clipY - bodyTop), clipW, Math.min(bodyHeight, clipY + clipH - bodyTop));
            if (frame.layout().events().isEmpty()) {
                g.setFill(theme.muted());
                g.setFont(textFont);
                g.setTextAlign(TextAlignment.CENTER);
                g.fillText(context.locale().getLanguage().equals("it") ? "Nessun evento corrisponde ai filtri"
                        : "No events match the filters", logicalWidth / 2, bodyHeight / 2);
                g.setTextAlign(TextAlignment.LEFT);
            }
            g.restore();
            g.setStroke(theme.border());
            g.setLineWidth(1);
            g.strokeRect(0.5, bodyTop + 0.5, logicalWidth - 1, bodyHeight - 1);
        }
        if (clipY + clipH > footerTop) {
            g.setTextBaseline(VPos.TOP);
            g.setFont(smallFont);
            g.setFill(theme.muted());
            double y = footerTop;
            for (String line : footerLines) {
                g.fillText(line, PAD, y);
                y += 15;
            }
        }
    }

    /** Renders the whole image into memory (for small previews). Must run on the FX thread. */
    public WritableImage renderPreview() {
        Canvas canvas = new Canvas(deviceWidth, deviceHeight);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.scale(scale, scale);
        paint(g, 0, 0, logicalWidth, deviceHeight / scale);
        return canvas.snapshot(snapshotParameters(), null);
    }

    /**
     * Renders the image tile by tile into a PNG written atomically to {@code target}. Call it from any thread
     * but the FX thread's own tasks: tiles are drawn on the FX thread, encoding happens on the caller's.
     *
     * @param progress receives the fraction done, 0 to 1
     * @param cancelled polled between tiles; a cancelled export leaves nothing behind
     */
    public void writePng(Path target, DoubleConsumer progress, BooleanSupplier cancelled) throws IOException {
        Map<String, String> text = new LinkedHashMap<>();
        text.put("Title", title);
        text.put("Software", SOFTWARE + " " + version());
        text.put("Creation Time", ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.RFC_1123_DATE_TIME));
        StringBuilder sources = new StringBuilder(context.dataset().title());
        for (Source s : context.dataset().sources()) sources.append("; ").append(s.title());
        text.put("Source", sources.toString());
        AtomicFile.write(target, out -> {
            try (PngWriter png = new PngWriter(out, deviceWidth, deviceHeight, text)) {
                int[] strip = new int[deviceWidth * STRIP];
                Canvas[] canvas = new Canvas[1];
                int tilesPerStrip = (deviceWidth + TILE - 1) / TILE;
                int strips = (deviceHeight + STRIP - 1) / STRIP;
                int done = 0;
                for (int y0 = 0; y0 < deviceHeight; y0 += STRIP) {
                    int h = Math.min(STRIP, deviceHeight - y0);
                    for (int x0 = 0; x0 < deviceWidth; x0 += TILE) {
                        if (cancelled.getAsBoolean()) throw new InterruptedIOException("export cancelled");
                        int w = Math.min(TILE, deviceWidth - x0);
                        int fx0 = x0;
                        int fy0 = y0;
                        onFx(() -> {
                            if (canvas[0] == null) canvas[0] = new Canvas(Math.min(TILE, deviceWidth), STRIP);
                            renderTile(canvas[0], fx0, fy0, w, h, strip);
                            return null;
                        });
                        progress.accept(++done / (double) (tilesPerStrip * strips));
                    }
                    png.writeRows(strip, 0, h);
                }
            }
        });
    }

    private void renderTile(Canvas canvas, int x0, int y0, int w, int h, int[] strip) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.save();
        g.scale(scale, scale);
        g.translate(-x0 / scale, -y0 / scale);
        paint(g, x0 / scale, y0 / scale, w / scale, h / scale);
        g.restore();
        SnapshotParameters params = snapshotParameters();
        params.setViewport(new javafx.geometry.Rectangle2D(0, 0, w, h));
        WritableImage img = canvas.snapshot(params, new WritableImage(w, h));
        img.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), strip, x0, deviceWidth);
    }

    private SnapshotParameters snapshotParameters() {
        SnapshotParameters p = new SnapshotParameters();
        p.setFill(theme.background());
        return p;
    }

    private static <T> T onFx(Callable<T> body) throws IOException {
        if (Platform.isFxApplicationThread()) {
            try {
                return body.call();
            } catch (Exception e) {
                throw new IOException(e);
            }
        }
        FutureTask<T> task = new FutureTask<>(body);
        Platform.runLater(task);
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("export interrupted");
        } catch (ExecutionException e) {
            throw new IOException("rendering failed: " + e.getCause(), e.getCause());
        }
    }

    static String version() {
        String v = TimelineImage.class.getPackage().getImplementationVersion();
        return v == null ? "1.0.0" : v;
    }

    private static String dayText(double day, Locale locale) {
        java.time.LocalDate d = java.time.LocalDate.ofEpochDay((long) Math.floor(day));
        return PartialDate.ofMonth(d.getYear(), d.getMonthValue()).format(locale);
    }

    private static double measure(String s, Font font) {
        Text t = new Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    private static List<String> wrap(String text, Font font, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && measure(candidate, font) > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (line.length() > 0) lines.add(line.toString());
        return lines;
    }

    /** The colours a viewer can find in the legend (for tests and callers that check the output). */
    public List<Color> legendColors() {
        List<Color> colors = new ArrayList<>();
        for (Lane l : lanes()) colors.add(l.color());
        return colors;
    }
}
