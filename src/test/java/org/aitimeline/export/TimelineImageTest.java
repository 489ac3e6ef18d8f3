package org.aitimeline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.aitimeline.data.DatasetLoader;
import org.aitimeline.model.Dataset;
import org.aitimeline.model.EventFilter;
import org.aitimeline.timeline.LaneGrouping;
import org.aitimeline.timeline.LaneOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Tiled rendering must assemble into the same picture as one big canvas. */
@ExtendWith(ApplicationExtension.class)
public class TimelineImageTest {

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        // The toolkit is all this test needs.
    }

    public static ExportContext bundledContext() throws Exception {
        Dataset d = new DatasetLoader().loadBundled();
        return new ExportContext(d, d.events(), EventFilter.NONE, LaneGrouping.ORGANIZATION, LaneOrder.FIRST_EVENT,
                Instant.parse("2023-01-01T00:00:00Z"), Instant.parse("2025-01-01T00:00:00Z"), Locale.ENGLISH, false);
    }

    @Test
    void tilesAssembleSeamlessly() throws Exception {
        TimelineImage image = TimelineImage.layout(bundledContext(),
                new TimelineImage.Options(TimelineImage.Range.ALL, 5000, 1, "", null));
        assertTrue(image.width() > 2 * TimelineImage.TILE, "at least three tiles across");
        assertTrue(image.height() > TimelineImage.STRIP, "at least two strips down (markers are culled by row per strip)");
        Path png = dir.resolve("tiled.png");
        image.writePng(png, p -> { }, () -> false);
        BufferedImage tiled = ImageIO.read(png.toFile());
        AtomicReference<WritableImage> whole = new AtomicReference<>();
        WaitForAsyncUtils.waitForAsyncFx(20_000, () -> whole.set(image.renderPreview()));
        WritableImage w = whole.get();
        assertEquals(tiled.getWidth(), (int) w.getWidth());
        assertEquals(tiled.getHeight(), (int) w.getHeight());
        long differing = 0;
        for (int y = 0; y < tiled.getHeight(); y++) {
            for (int x = 0; x < tiled.getWidth(); x++) {
                // Glyph anti-aliasing may vary by a few levels between passes; content must not.
                if (channelDistance(tiled.getRGB(x, y), w.getPixelReader().getArgb(x, y)) > 64) differing++;
            }
        }
        long total = (long) tiled.getWidth() * tiled.getHeight();
        assertTrue(differing < total / 1000, differing + " of " + total + " pixels differ");
    }

    private static int channelDistance(int a, int b) {
        int d = 0;
        for (int shift = 0; shift <= 16; shift += 8) d = Math.max(d, Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff)));
        return d;
    }

    @Test
    void aCancelledExportLeavesNoFile() throws Exception {
        TimelineImage image = TimelineImage.layout(bundledContext(),
                new TimelineImage.Options(TimelineImage.Range.ALL, 3000, 1, "", null));
        Path png = dir.resolve("cancelled.png");
        try {
            image.writePng(png, p -> { }, () -> true);
        } catch (java.io.InterruptedIOException expected) {
            // cancelled, as asked
        }
        try (var files = java.nio.file.Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void contextIsNamedInTheLegendOnlyWhenShownAndTheCreditsNameOutletAndAddress() throws Exception {
        ExportContext all = bundledContext();
        java.util.List<org.aitimeline.model.Event> story = all.events().stream().filter(e -> !e.isContext()).toList();
        ExportContext hidden = new ExportContext(all.dataset(), story, all.filter(), all.grouping(), all.laneOrder(),
                all.visibleStart(), all.visibleEnd(), Locale.ENGLISH, false);
        TimelineImage.Options options = new TimelineImage.Options(TimelineImage.Range.ALL, 0, 1, "", null);
        String entry = "Context: history the articles compare with";
        assertTrue(TimelineImage.layout(all, options).legendTitles().contains(entry));
        TimelineImage withoutContext = TimelineImage.layout(hidden, options);
        assertFalse(withoutContext.legendTitles().contains(entry));
        assertTrue(withoutContext.footer().stream().anyMatch(l -> l.contains("ihal.it") && l.contains("https://ihal.it/")),
                withoutContext.footer().toString());
        assertTrue(withoutContext.title().startsWith("Open-source AI: the story told by five Italian articles, "),
                withoutContext.title());
        assertFalse(withoutContext.title().contains("1991"), withoutContext.title());
    }

    @Test
    void anItalianExportLaysOutItalianLaneTitlesAndFooter() throws Exception {
        ExportContext en = bundledContext();
        ExportContext it = new ExportContext(en.dataset(), en.events(), en.filter(), LaneGrouping.CATEGORY, LaneOrder.NAME,
                en.visibleStart(), en.visibleEnd(), Locale.ITALIAN, false);
        TimelineImage image = TimelineImage.layout(it, new TimelineImage.Options(TimelineImage.Range.ALL, 0, 1, "", null));
        java.util.List<String> titles = image.lanes().stream().map(org.aitimeline.timeline.Lane::title).toList();
        assertTrue(titles.contains("Rilascio") && titles.contains("Fuga di notizie"), titles.toString());
        assertTrue(image.footer().contains("Fonti"), image.footer().toString());
        assertTrue(image.footer().contains("Correzioni (l’articolo dice / le fonti dicono)"), image.footer().toString());
        assertTrue(image.description().startsWith(en.events().size() + " eventi · "), image.description());
        assertTrue(image.title().startsWith("L’IA open source: la storia raccontata da cinque articoli italiani, "), image.title());
    }

    @Test
    void aPosterOfTensOfThousandsOfEventsStaysWithinItsHeightBudgetByClustering() {
        // 60k events in 20 lanes over 5 years: at 64 rows a lane, the lanes alone would be taller than the budget.
        org.aitimeline.model.Dataset d = org.aitimeline.bench.SyntheticEvents.generate(60_000, 20, 5, 1);
        ExportContext ctx = new ExportContext(d, d.events(), EventFilter.NONE, LaneGrouping.ORGANIZATION,
                LaneOrder.FIRST_EVENT, Instant.EPOCH, Instant.EPOCH.plusSeconds(86_400), Locale.ENGLISH, false);
        for (int width : new int[] {4000, 20_000}) {
            TimelineImage image = TimelineImage.layout(ctx, new TimelineImage.Options(TimelineImage.Range.ALL, width, 1, "", null));
            double lanes = 0;
            for (int li = 0; li < image.lanes().size(); li++) lanes += image.frame().laneHeight(li);
            assertTrue(lanes <= TimelineImage.MAX_LANES_HEIGHT, width + " px: lanes " + lanes + " px tall");
            assertTrue((long) image.width() * image.height() <= TimelineImage.MAX_PIXELS, width + " px: " + image.height() + " px tall");
            long clusters = image.frame().shown().stream().filter(s -> s.marker().isCluster()).count();
            assertTrue(clusters > 0, width + " px: the busiest stretches are clustered");
        }
    }

    @Test
    void theLastTitlesTurnLeftRatherThanStretchingTheAxisPastTheLastEvent() throws Exception {
        // The bundled events run from 1991 to 2025: titles of the latest ones cannot all fit on the right.
        TimelineImage image = TimelineImage.layout(bundledContext(), new TimelineImage.Options(TimelineImage.Range.ALL, 0, 1, "", null));
        org.aitimeline.timeline.LaneLayout layout = image.frame().layout();
        // The window's fit rule: after the last event, room for titles of at most 240 px (the plot is 1600 - 184
        // px wide here), plus the usual margin of a 25th of the span; nothing widened beyond it.
        double span = layout.maxDay() - layout.minDay();
        org.aitimeline.timeline.TimeScale scale = image.frame().scale();
        double afterPx = (scale.endDay() - layout.maxDay()) * scale.pixelsPerDay();
        double marginPx = span / 25 * scale.pixelsPerDay();
        assertTrue(afterPx <= 240 + marginPx + 1, "the axis runs " + Math.round(afterPx) + " px past the last event");
        assertTrue(image.frame().shown().stream().anyMatch(s -> s.labelX() < s.x()), "some titles are left of their marker");
    }
}
