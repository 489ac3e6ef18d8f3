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
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Font;
import org.aitimeline.data.AtomicFile;
import org.aitimeline.model.Correction;
import org.aitimeline.model.Event;
import org.aitimeline.model.Organization;
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
import org.aitimeline.timeline.CanvasSurface;
import org.aitimeline.timeline.Surface;
import org.aitimeline.timeline.TextFit;
import org.aitimeline.timeline.TextWidth;
import org.aitimeline.timeline.TimeScale;
import org.aitimeline.timeline.TimelineFrame;
import org.aitimeline.timeline.TimelineGeometry;
import org.aitimeline.timeline.TimelinePainter;
import org.aitimeline.timeline.TimelineTheme;
import org.aitimeline.timeline.ViewPacking;

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
    /** Kept to lay out a page's share of the lanes under a repeated axis. */
    private final TextWidth textWidth;
    /** Each corrected event's footnote numbers, as its badge shows them. */
    private final TimelinePainter.Notes notes;

    private TimelineImage(ExportContext context, Options options) {
        this.context = context;
        this.options = options;
        this.scale = options.scale();
        this.deviceWidth = options.deviceWidth();
        this.logicalWidth = deviceWidth / scale;
        // Every format draws in the bundled fonts, so titles pack the same in the PNG, the SVG and the PDF.
        this.theme = ExportFonts.theme(options.theme());
        titleFont = ExportFonts.bold(22);
        textFont = ExportFonts.regular(13);
        smallFont = ExportFonts.regular(11);
        Locale locale = context.locale();
        labels = Labels.of(locale);
        Map<String, Organization> orgs = context.dataset().organizationsById();

        List<Event> events = LaneLayout.sortedByDate(context.events());
        LaneLayout layout = LaneLayout.build(events, new LaneLayout.Options(context.grouping(), context.laneOrder(),
                LaneTitles.of(orgs), locale, LaneLayout.paletteFor(context.dataset().events(), context.grouping())));
        TimelineGeometry geometry = TimelineGeometry.DEFAULT;
        double plotWidth = geometry.plotWidth(logicalWidth);
        TextWidth width = new FontMetricsTable(theme.font());
        textWidth = width;
        notes = footnoteNumbers(events);
        LanePacking.Labels titles = LanePacking.Labels.titles(events, locale);
        // A badge says which footnote it refers to ("!3"): its number takes room after the title.
        LanePacking.Labels numbered = new LanePacking.Labels() {
            @Override
            public String label(int event) {
                return titles.label(event);
            }

            @Override
            public boolean badged(int event) {
                return titles.badged(event);
            }

            @Override
            public double width(int event, TextWidth w) {
                return titles.width(event, w) + TimelinePainter.noteWidth(notes.of(events.get(event)));
            }
        };
        LanePacking.Labels eventLabels = LanePacking.Labels.measuredOnce(numbered, events.size());
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
        title = options.title() == null || options.title().isBlank() ? labels.title(context.dataset()) + ", " + span : options.title();
        double textWidth = logicalWidth - 2 * PAD;
        String described = labels.describe(context.filter(), orgs);
        String counts = labels.format("image.events", events.size()) + (described.isEmpty() ? "" : " · " + described);
        description = counts + " · " + span;
        subtitleLines = TextFit.wrap(description, textWidth, textFont);
        legendRows = legend(layout.lanes(), events.stream().anyMatch(Event::isContext), textWidth);
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
        double[] range = range(layout, plotWidth, 0);
        LanePacking packing = packWithin(layout, range, plotWidth, rowCap, width, eventLabels);
        if (options.range() == Range.ALL && !layout.events().isEmpty()) {
            // Titles that could not turn left widen the range until they end inside the image (a poster cuts none).
            double extraDays = 0;
            for (int i = 0; i < 4; i++) {
                double offset = geometry.headerWidth() - range[0] * packing.pixelsPerDay();
                double overflow = packing.labelsEnd() + offset - (geometry.headerWidth() + plotWidth);
                if (overflow <= 0) break;
                extraDays += overflow / packing.pixelsPerDay() * 1.05;
                range = range(layout, plotWidth, extraDays);
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

    /**
     * The footnote numbers of each corrected event, in the footer's order (events by date, each correction one
     * footnote): "3", or "3–4" for an event with two corrections.
     */
    static TimelinePainter.Notes footnoteNumbers(List<Event> events) {
        Map<Event, String> numbers = new java.util.IdentityHashMap<>();
        int n = 0;
        for (Event e : events) {
            if (e.corrections().isEmpty()) continue;
            int first = n + 1;
            n += e.corrections().size();
            numbers.put(e, first == n ? Integer.toString(first) : first + "–" + n);
        }
        return e -> numbers.getOrDefault(e, "");
    }

    /** The badge text of an event on this poster: its footnote numbers ("3"), or "" when it has none. */
    public String noteOf(Event event) {
        return notes.of(event);
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
        // The data's own credit (schema 3: a licence such as CC BY asks for it), one line per credited dataset.
        List<String> dataCredits = context.events().isEmpty() ? List.of()
                : context.dataset().creditLine().lines().filter(l -> !l.isBlank()).toList();
        if (!cited.isEmpty() || !dataCredits.isEmpty()) {
            if (!lines.isEmpty()) lines.add("");
            footerHeadings.set(lines.size());
            lines.add(labels.get("image.sources"));
        }
        for (Source s : cited) lines.addAll(TextFit.wrap("• " + labels.credit(s), width, smallFont));
        for (String credit : dataCredits) lines.addAll(TextFit.wrap("• " + credit, width, smallFont));
        lines.add(Product.NAME + " · " + labels.title(context.dataset()));
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

    /** The legend's texts, lanes first, in order (the context entry too when the image shows context). */
    public List<String> legendTitles() {
        return legendRows.stream().flatMap(List::stream).map(LegendEntry::title).toList();
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

    /**
     * The visible window, or the events' range fitted as the window fits it (the same room for the last titles),
     * then {@code extraRightDays} wider for titles that fit nowhere else.
     */
    private double[] range(LaneLayout layout, double plotWidth, double extraRightDays) {
        if (options.range() == Range.VISIBLE || layout.events().isEmpty()) {
            double s = EpochDays.of(context.visibleStart());
            double e = EpochDays.of(context.visibleEnd());
            return new double[] {s, Math.max(e, s + 1)};
        }
        double[] fitted = ViewPacking.fitRange(layout.minDay(), layout.maxDay(), plotWidth);
        return new double[] {fitted[0], fitted[1] + Math.max(0, extraRightDays)};
    }

    /** A lane in the legend, its title fitted once; a null lane is the entry for context. */
    private record LegendEntry(Lane lane, String title, double width) {
    }

    /** The legend's entries: the lanes, then context when the image shows any (it is drawn apart from the lanes). */
    private List<List<LegendEntry>> legend(List<Lane> lanes, boolean context, double width) {
        List<List<LegendEntry>> rows = new ArrayList<>();
        List<LegendEntry> row = new ArrayList<>();
        double x = 0;
        List<Lane> entries = new ArrayList<>(lanes);
        if (context) entries.add(null);
        for (Lane lane : entries) {
            String title = TextFit.fit(lane == null ? labels.get("image.legend.context") : lane.title(), 300, textFont);
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
    void paint(Surface g, double clipX, double clipY, double clipW, double clipH) {
        g.fillRect(clipX, clipY, clipW, clipH, theme.background());
        if (clipY < bodyTop) paintHeader(g);
        if (clipY + clipH > bodyTop && clipY < bodyTop + bodyHeight) {
            g.save();
            g.translate(0, bodyTop);
            double bodyClipTop = Math.max(0, clipY - bodyTop);
            double bodyClipBottom = Math.min(bodyHeight, clipY + clipH - bodyTop);
            paintBody(g, frame, bodyHeight, clipX, bodyClipTop, clipW, bodyClipBottom - bodyClipTop);
            g.restore();
        }
        if (clipY + clipH > footerTop) paintFooter(g, 0, footerLines.size(), footerTop);
    }

    /** The title, the description and the legend, from the top of the image down to the body. */
    void paintHeader(Surface g) {
        g.text(TextFit.fit(title, logicalWidth - 2 * PAD, titleFont), PAD, PAD, titleFont, theme.foreground(),
                Surface.Align.LEFT, Surface.Baseline.TOP);
        double y = PAD + 30;
        for (String line : subtitleLines) {
            g.text(line, PAD, y, textFont, theme.muted(), Surface.Align.LEFT, Surface.Baseline.TOP);
            y += LINE;
        }
        y += 8;
        for (List<LegendEntry> row : legendRows) {
            double x = PAD;
            for (LegendEntry entry : row) {
                if (entry.lane() == null) TimelinePainter.contextGlyph(g, theme, x + 6, y + 8, 5);
                else TimelinePainter.glyph(g, entry.lane().style().shape(), x + 6, y + 8, 5.5, entry.lane().style().color(), null);
                g.text(entry.title(), x + 18, y, textFont, theme.foreground(), Surface.Align.LEFT, Surface.Baseline.TOP);
                x += entry.width();
            }
            y += 22;
        }
    }

    /**
     * A band of the timeline with its top at the surface's y = 0: the lanes of {@code band} (the whole body, or a
     * page's share of it scrolled under a repeated axis), framed by a border.
     */
    void paintBody(Surface g, TimelineFrame band, double height, double clipX, double clipY, double clipW, double clipH) {
        g.save();
        g.clip(0, 0, logicalWidth, height);
        TimelinePainter.paint(g, band, theme, TimelinePainter.Emphasis.NONE, notes, logicalWidth, height, clipX, clipY, clipW, clipH);
        if (band.layout().events().isEmpty()) {
            g.text(labels.get("image.noEvents"), logicalWidth / 2, height / 2, textFont, theme.muted(),
                    Surface.Align.CENTER, Surface.Baseline.TOP);
        }
        g.restore();
        g.strokeRoundRect(0.5, 0.5, logicalWidth - 1, height - 1, 0, new Surface.Stroke(theme.border(), 1));
    }

    /** Footer lines {@code [from, to)}, the first at {@code top}. */
    void paintFooter(Surface g, int from, int to, double top) {
        double y = top;
        for (int i = from; i < to; i++) {
            g.text(footerLines.get(i), PAD, y, smallFont, footerHeadings.get(i) ? theme.foreground() : theme.muted(),
                    Surface.Align.LEFT, Surface.Baseline.TOP);
            y += SMALL_LINE;
        }
    }

    /** Renders the whole image into memory (for small previews). Must run on the FX thread. */
    public WritableImage renderPreview() {
        Canvas canvas = new Canvas(deviceWidth, deviceHeight);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.scale(scale, scale);
        paint(new CanvasSurface(g), 0, 0, logicalWidth, deviceHeight / scale);
        return canvas.snapshot(snapshotParameters(), null);
    }

    /**
     * Draws the top of the image, at most {@code maxHeight} device pixels of it, into a new canvas. Safe on any thread:
     * the canvas belongs to no scene. Only its snapshot needs the FX thread, and that costs what the drawn part costs.
     */
    public Canvas drawTop(int maxHeight) {
        int h = Math.max(1, Math.min(deviceHeight, maxHeight));
        Canvas canvas = new Canvas(deviceWidth, h);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.scale(scale, scale);
        paint(new CanvasSurface(g), 0, 0, logicalWidth, h / scale);
        return canvas;
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
        text.put("Software", software());
        text.put("Creation Time", ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.RFC_1123_DATE_TIME));
        text.put("Source", sourcesLine());
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

    /**
     * Writes the image as an SVG document (logical pixels; the scale does not apply to vectors), atomically. Needs
     * no FX thread: nothing is rendered, only measured.
     */
    public void writeSvg(Path target) throws IOException {
        SvgSurface svg = new SvgSurface();
        paint(svg, 0, 0, logicalWidth, logicalHeight());
        String doc = svg.document(logicalWidth, logicalHeight(), title, description + "\n" + sourcesLine(), software(),
                java.time.OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        AtomicFile.write(target, out -> out.write(doc.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** The poster's width in logical pixels (its device width over its scale). */
    public double logicalWidth() {
        return logicalWidth;
    }

    /** The poster's height in logical pixels. */
    public double logicalHeight() {
        return deviceHeight / scale;
    }

    /** The poster's parts, for cutting it into pages ({@link PosterPages}). */
    public PosterPages.Poster poster() {
        double axis = frame.geometry().axisHeight();
        return new PosterPages.Poster(bodyTop, axis, bodyHeight - axis, rowBoundaries(), footerLines.size(), SMALL_LINE,
                footerTop - bodyTop - bodyHeight, PAD);
    }

    /**
     * Draws one page of the poster ({@code height} logical pixels tall) into a new canvas at {@code pixelsPerUnit}
     * canvas pixels per logical pixel. Safe on any thread: the canvas belongs to no scene.
     */
    public Canvas drawPage(PosterPages.Page page, double height, double pixelsPerUnit) {
        Canvas canvas = new Canvas(Math.max(1, Math.ceil(logicalWidth * pixelsPerUnit)), Math.max(1, Math.ceil(height * pixelsPerUnit)));
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.scale(pixelsPerUnit, pixelsPerUnit);
        CanvasSurface surface = new CanvasSurface(g);
        surface.fillRect(0, 0, logicalWidth, height, theme.background());
        paintPage(surface, page);
        return canvas;
    }

    /**
     * Paints one page with its top at y = 0: the header, the page's band of lanes under its own copy of the axis (the
     * lane titles repeated at its top by the painter), the page's footer lines.
     */
    void paintPage(Surface g, PosterPages.Page page) {
        if (page.header()) paintHeader(g);
        if (page.hasLanes()) {
            TimelineGeometry geo = frame.geometry();
            double h = geo.axisHeight() + page.lanesTo() - page.lanesFrom();
            TimelineFrame band = page.lanesFrom() == 0 && h == bodyHeight ? frame
                    : TimelineFrame.build(frame.packing(), frame.scale(), geo, 0, h, page.lanesFrom(), context.locale(), textWidth);
            g.save();
            g.translate(0, page.bandTop());
            paintBody(g, band, h, 0, 0, logicalWidth, h);
            g.restore();
        }
        if (page.footerTo() > page.footerFrom()) paintFooter(g, page.footerFrom(), page.footerTo(), page.footerTop());
    }

    static String software() {
        return Product.NAME + " " + Product.version();
    }

    /** The dataset and the articles the image cites, for the files' metadata. */
    String sourcesLine() {
        StringBuilder sources = new StringBuilder(labels.title(context.dataset()));
        for (Source s : citedSources()) sources.append("; ").append(s.title());
        if (!context.events().isEmpty()) context.dataset().creditLine().lines().forEach(l -> sources.append("; ").append(l));
        return sources.toString();
    }

    /** How a PDF holds a poster taller than a page. */
    public enum Pages {
        /** One page the poster's size (scaled down if a side passes PDF's 200-inch limit). */
        FIT,
        /** A3 landscape pages the poster's width, the lanes cut between rows, the axis repeated on each page. */
        SPLIT
    }

    /** A3 landscape, in points. */
    static final double PAGE_W = 1190.55;
    static final double PAGE_H = 841.89;
    /** PDF's largest page side, in points (ISO 32000: 14,400 units). */
    private static final double MAX_PAGE = 14_400;

    /**
     * Writes the image as a PDF, atomically: vector shapes and real text (the export fonts embedded as subsets),
     * with the title, description, software and date in the document information. Needs no FX thread.
     */
    public int writePdf(Path target, Pages pages) throws IOException {
        int[] count = new int[1];
        AtomicFile.write(target, out -> {
            try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
                PdfSurface.Resources res = new PdfSurface.Resources(doc);
                if (pages == Pages.FIT) {
                    double k = Math.min(0.75, MAX_PAGE / Math.max(logicalWidth, logicalHeight()));
                    page(doc, res, k, logicalWidth * k, logicalHeight() * k,
                            g -> paint(g, 0, 0, logicalWidth, logicalHeight()));
                } else {
                    double k = PAGE_W / logicalWidth;
                    for (PosterPages.Page p : PosterPages.split(poster(), PAGE_H / k)) {
                        page(doc, res, k, PAGE_W, PAGE_H, g -> paintPage(g, p));
                    }
                }
                org.apache.pdfbox.pdmodel.PDDocumentInformation info = doc.getDocumentInformation();
                info.setTitle(title);
                info.setSubject(description);
                info.setKeywords(sourcesLine());
                info.setCreator(software());
                info.setProducer(software() + " (Apache PDFBox)");
                info.setCreationDate(java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC")));
                count[0] = doc.getNumberOfPages();
                doc.save(out);
            }
        });
        return count[0];
    }

    private void page(org.apache.pdfbox.pdmodel.PDDocument doc, PdfSurface.Resources res, double k, double w,
                             double h, java.util.function.Consumer<Surface> painting) throws IOException {
        org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage(
                new org.apache.pdfbox.pdmodel.common.PDRectangle((float) w, (float) h));
        doc.addPage(page);
        try (PdfSurface surface = new PdfSurface(res, page, k, h)) {
            PdfSurface.rethrow(() -> {
                surface.fillRect(0, 0, w / k, h / k, theme.background());
                painting.accept(surface);
            });
        }
    }

    /** Where the lanes may be cut, in lane coordinates (0 = the first lane's top): between rows and lanes, sorted. */
    private double[] rowBoundaries() {
        TimelineGeometry geo = frame.geometry();
        List<Double> cuts = new ArrayList<>();
        for (int li = 0; li < frame.layout().lanes().size(); li++) {
            double top = frame.laneTop(li) - geo.axisHeight();
            int rows = (int) Math.round((frame.laneHeight(li) - 2 * geo.lanePadding()) / geo.rowHeight());
            cuts.add(top);
            for (int r = 1; r < rows; r++) cuts.add(top + geo.lanePadding() + r * geo.rowHeight());
        }
        return cuts.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    private void renderTile(Canvas canvas, int x0, int y0, int w, int h, int[] strip) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.save();
        g.scale(scale, scale);
        g.translate(-x0 / scale, -y0 / scale);
        paint(new CanvasSurface(g), x0 / scale, y0 / scale, w / scale, h / scale);
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
        return context.citedSources();
    }
}
