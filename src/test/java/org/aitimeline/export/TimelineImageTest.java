package org.aitimeline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    }
}
