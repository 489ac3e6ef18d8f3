package org.aitimeline.export;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.aitimeline.data.AtomicFile;
import org.aitimeline.model.Correction;
import org.aitimeline.model.Event;
import org.aitimeline.model.Organization;
import org.aitimeline.model.Passage;
import org.aitimeline.model.Source;
import org.aitimeline.text.Product;
import org.aitimeline.text.DateText;
import org.aitimeline.text.Labels;
import org.aitimeline.timeline.EpochDays;
import org.aitimeline.timeline.FontMetricsTable;
import org.aitimeline.timeline.Lane;
import org.aitimeline.timeline.LaneLayout;
import org.aitimeline.timeline.LanePacking;
import org.aitimeline.timeline.LaneTitles;
import org.aitimeline.timeline.TextFit;
import org.aitimeline.timeline.TextWidth;
import org.aitimeline.timeline.TimeScale;
import org.aitimeline.timeline.TimelineFrame;
import org.aitimeline.timeline.TimelineGeometry;
import org.aitimeline.timeline.TimelinePainter;
import org.aitimeline.timeline.TimelineTheme;

/**
 * A timeline laid out as a finished image, a poster: a header (title with its date range, the filters in words, a
 * legend of lane colours and shapes), the timeline packed again for that width by the window's own packing rule
 * (as many rows as its titles need, its height following the content), and a footer with the corrections of the
 * articles as footnotes and the articles the exported events cite. It renders in tiles into a streaming PNG, so a
 * 20,000-pixel-wide export never meets the texture limit and holds only one strip of pixels in memory.
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
    /**
     * Rows a lane may open in an export. The window caps lanes at 8 rows so one cannot swallow the view; a poster
     * has room, so this is only a guard against datasets of thousands of events on one day.
     */
    public static final int ROW_CAP = 64;
    /** The tallest the lanes of a poster may get (logical pixels) before their rows are halved. */
    static final double MAX_LANES_HEIGHT = 20_000;
    /** Device pixels an image may have at most (a 20,000 × 20,000 image, 1.6 GB as ARGB if it were held whole). */
    static final long MAX_PIXELS = 400_000_000L;
    /** Tile side in device pixels: well under the 8192/32767 limits of the software pipeline. */
    static final int TILE = 2048;
    static final int STRIP = 1024;
    private static final double PAD = 24;
    private static final double LINE = 18;
    private static final double SMALL_LINE = 15;

    private final ExportContext context;
    private final Options options;
    private final Labels labels;
    private final double scale;
    private final int deviceWidth;
    private final int deviceHeight;
    private final double logicalWidth;
    private final TimelineTheme theme;
    private final Font titleFont;
    private final Font textFont;
    private final Font smallFont;
    private final String title;
    private final String description;
    private final List<String> subtitleLines;
    private final List<List<LegendEntry>> legendRows;
    private final List<String> footerLines;
    /** Which footer lines are headings ("Corrections", "Sources"). */
    private final java.util.BitSet footerHeadings = new java.util.BitSet();
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
        labels = Labels.of(locale);
        Map<String, Organization> orgs = context.dataset().organizationsById();

        List<Event> events = LaneLayout.sortedByDate(context.events());
        LaneLayout layout = LaneLayout.build(events, new LaneLayout.Options(context.grouping(), context.laneOrder(),
                LaneTitles.of(orgs), locale, LaneLayout.paletteFor(context.dataset().events(), context.grouping())));
        TimelineGeometry geometry = TimelineGeometry.DEFAULT;
        double plotWidth = Math.max(50, logicalWidth - geometry.headerWidth() - 8);
        TextWidth width = new FontMetricsTable(theme.font());
        LanePacking.Labels eventLabels = LanePacking.Labels.measuredOnce(LanePacking.Labels.titles(events, locale),
                events.size());
        // A poster grows with its content, but not without bound: past MAX_LANES_HEIGHT (or the pixel budget) the
        // lanes get half as many rows, and the busiest stretches cluster, as they do in the window.
        double maxLanes = Math.min(MAX_LANES_HEIGHT, MAX_PIXELS * 0.75 / ((double) deviceWidth * scale));
        int rowCap = ROW_CAP;
        Packed packed = pack(layout, geometry, plotWidth, rowCap, width, eventLabels);
        while (rowCap > 1 && packed.laneHeights() > maxLanes) {
            rowCap /= 2;
            packed = pack(layout, geometry, plotWidth, rowCap, width, eventLabels);
        }
        LanePacking packing = packed.packing();
        double[] range = packed.range();
        TimeScale timeScale = new TimeScale(range[0], range[1], geometry.headerWidth(), plotWidth);
        bodyHeight = geometry.axisHeight() + (layout.lanes().isEmpty() ? 120 : packed.laneHeights());
        frame = TimelineFrame.build(packing, timeScale, geometry, 0, bodyHeight, 0, locale, width);

        // The title names the events' own span (or the chosen window), not the margin drawn around them.
        double first = options.range() == Range.ALL && !events.isEmpty() ? layout.minDay() : range[0];
        double last = options.range() == Range.ALL && !events.isEmpty() ? layout.maxDay() : range[1];
        String span = DateText.monthRange(EpochDays.dateOf(first), EpochDays.lastDateBefore(last), locale);
        title = options.title() == null || options.title().isBlank() ? context.dataset().title() + ", " + span : options.title();
        double textWidth = logicalWidth - 2 * PAD;
        String described = labels.describe(context.filter(), orgs);
        String counts = labels.format("image.events", events.size()) + (described.isEmpty() ? "" : " · " + described);
        description = counts + " · " + span;
        subtitleLines = TextFit.wrap(description, textWidth, textFont);
        legendRows = legend(layout.lanes(), textWidth);
        double y = PAD + 30 + subtitleLines.size() * LINE + 8 + legendRows.size() * 22 + 10;
        bodyTop = Math.ceil(y);
        footerTop = bodyTop + bodyHeight + 14;
        footerLines = footer(events, textWidth);
        double logicalHeight = footerTop + footerLines.size() * SMALL_LINE + PAD;
        deviceHeight = (int) Math.ceil(logicalHeight * scale);
        if ((long) deviceWidth * deviceHeight > MAX_PIXELS) {
            throw new IllegalArgumentException("image too large: " + deviceWidth + " x " + deviceHeight + " pixels");
        }
    }

    private record Packed(LanePacking packing, double[] range, double laneHeights) {
    }

    /**
     * Packs the lanes with at most {@code rowCap} rows each. A title that would run past the right edge goes to the
     * left of its marker where its row has room; only titles that fit nowhere else widen the range, so a few early
     * events do not leave years of empty axis after the last one.
     */
    private Packed pack(LaneLayout layout, TimelineGeometry geometry, double plotWidth, int rowCap, TextWidth width,
                        LanePacking.Labels eventLabels) {
        double[] range = range(layout, 0);
        LanePacking packing = packWithin(layout, range, plotWidth, rowCap, width, eventLabels);
        if (options.range() == Range.ALL && !layout.events().isEmpty()) {
            // Widen the margin on the right until the last titles end inside the image.
            double extraDays = 0;
            for (int i = 0; i < 4; i++) {
                double offset = geometry.headerWidth() - range[0] * packing.pixelsPerDay();
                double overflow = packing.labelsEnd() + offset - (geometry.headerWidth() + plotWidth);
                if (overflow <= 0) break;
                extraDays += overflow / packing.pixelsPerDay() * 1.05;
                range = range(layout, extraDays);
                packing = packWithin(layout, range, plotWidth, rowCap, width, eventLabels);
            }
        }
        return new Packed(packing, range, packing.height(geometry));
    }

    private static LanePacking packWithin(LaneLayout layout, double[] range, double plotWidth, int rowCap,
                                          TextWidth width, LanePacking.Labels eventLabels) {
        double ppd = plotWidth / (range[1] - range[0]);
        // The plot's right edge in the packing's absolute coordinates (day × pixels per day).
        return LanePacking.pack(layout, ppd, range[0], range[1], rowCap, width, eventLabels, range[1] * ppd);
    }

    /** Footnotes for the corrections of the exported events, then the articles those events cite. */
    private List<String> footer(List<Event> events, double width) {
        List<String> lines = new ArrayList<>();
        Locale locale = context.locale();
        int n = 0;
        for (Event e : events) {
            for (Correction c : e.corrections()) {
                if (n == 0) {
                    footerHeadings.set(lines.size());
                    lines.add(labels.get("image.corrections"));
                }
                n++;
                lines.addAll(TextFit.wrap(labels.format("image.correctionLine", n, e.title().in(locale),
                        labels.verdict(c.verdict()), c.claim().exact().strip(), c.text().in(locale)), width, smallFont));
            }
        }
        List<Source> cited = citedSources();
        if (!cited.isEmpty()) {
            if (!lines.isEmpty()) lines.add("");
            footerHeadings.set(lines.size());
            lines.add(labels.get("image.sources"));
        }
        for (Source s : cited) lines.addAll(TextFit.wrap("• " + labels.credit(s), width, smallFont));
        lines.add(Product.NAME + " · " + context.dataset().title());
        return lines;
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

    /** The line under the title: how many events, the filter in words (as the window's status bar says it), the span. */
    public String description() {
        return description;
    }

    /** The lanes shown, with their titles and styles (the legend). */
    public List<Lane> lanes() {
        return frame.layout().lanes();
    }

    /** The laid-out timeline of the image (for checks of what it shows). */
    public TimelineFrame frame() {
        return frame;
    }

    /** The footer's lines: correction footnotes and the credited articles. */
    public List<String> footer() {
        return footerLines;
    }

    /** The visible window, or the events' range made wide enough on the right for {@code extraRightDays} more. */
    private double[] range(LaneLayout layout, double extraRightDays) {
        if (options.range() == Range.VISIBLE || layout.events().isEmpty()) {
            double s = EpochDays.of(context.visibleStart());
            double e = EpochDays.of(context.visibleEnd());
            return new double[] {s, Math.max(e, s + 1)};
        }
        return EpochDays.fit(layout.minDay(), layout.maxDay(), extraRightDays);
    }

    /** A lane in the legend, its title fitted once. */
    private record LegendEntry(Lane lane, String title, double width) {
    }

    private List<List<LegendEntry>> legend(List<Lane> lanes, double width) {
        List<List<LegendEntry>> rows = new ArrayList<>();
        List<LegendEntry> row = new ArrayList<>();
        double x = 0;
        for (Lane lane : lanes) {
            String title = TextFit.fit(lane.title(), 300, textFont);
            double w = 18 + TextFit.width(title, textFont) + 18;
            if (!row.isEmpty() && x + w > width) {
                rows.add(row);
                row = new ArrayList<>();
                x = 0;
            }
            row.add(new LegendEntry(lane, title, w));
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
            g.fillText(TextFit.fit(title, logicalWidth - 2 * PAD, titleFont), PAD, PAD);
            g.setFont(textFont);
            g.setFill(theme.muted());
            double y = PAD + 30;
            for (String line : subtitleLines) {
                g.fillText(line, PAD, y);
                y += LINE;
            }
            y += 8;
            for (List<LegendEntry> row : legendRows) {
                double x = PAD;
                for (LegendEntry entry : row) {
                    TimelinePainter.glyph(g, entry.lane().style().shape(), x + 6, y + 8, 5.5);
                    g.setFill(entry.lane().style().color());
                    g.fill();
                    g.setFill(theme.foreground());
                    g.fillText(entry.title(), x + 18, y);
                    x += entry.width();
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
            double bodyClipTop = Math.max(0, clipY - bodyTop);
            double bodyClipBottom = Math.min(bodyHeight, clipY + clipH - bodyTop);
            TimelinePainter.paint(g, frame, theme, TimelinePainter.Emphasis.NONE, logicalWidth, bodyHeight,
                    clipX, bodyClipTop, clipW, bodyClipBottom - bodyClipTop);
            if (frame.layout().events().isEmpty()) {
                g.setFill(theme.muted());
                g.setFont(textFont);
                g.setTextAlign(TextAlignment.CENTER);
                g.fillText(labels.get("image.noEvents"), logicalWidth / 2, bodyHeight / 2);
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
            double y = footerTop;
            for (int i = 0; i < footerLines.size(); i++) {
                g.setFill(footerHeadings.get(i) ? theme.foreground() : theme.muted());
                g.fillText(footerLines.get(i), PAD, y);
                y += SMALL_LINE;
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
        text.put("Description", description);
        text.put("Software", Product.NAME + " " + Product.version());
        text.put("Creation Time", ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.RFC_1123_DATE_TIME));
        StringBuilder sources = new StringBuilder(context.dataset().title());
        for (Source s : citedSources()) sources.append("; ").append(s.title());
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

    /** The dataset's articles that the exported events cite. */
    private List<Source> citedSources() {
        Set<String> cited = new LinkedHashSet<>();
        for (Event e : context.events()) {
            for (Passage p : e.passages()) cited.add(p.source());
            for (Correction c : e.corrections()) cited.add(c.claim().source());
        }
        return context.dataset().sources().stream().filter(s -> cited.contains(s.id())).toList();
    }
}
