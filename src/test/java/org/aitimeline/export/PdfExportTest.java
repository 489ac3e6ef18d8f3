package org.aitimeline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.aitimeline.model.Event;
import org.aitimeline.timeline.TimelineFrame;
import org.aitimeline.timeline.TimelineGeometry;
import org.aitimeline.timeline.TimelineTheme;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The PDF poster: its text is text, it looks like the PNG, and it splits or fits as asked. */
@ExtendWith(ApplicationExtension.class)
class PdfExportTest {

    @TempDir
    Path dir;

    private static ExportContext context;

    @BeforeAll
    static void load() throws Exception {
        context = TimelineImageTest.bundledContext();
    }

    @Start
    void start(Stage stage) {
        // The toolkit measures the text.
    }

    private static String words(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    @Test
    void theTextHoldsEveryEventTitleAndTheMetadata() throws Exception {
        TimelineImage image = TimelineImage.layout(context, new TimelineImage.Options(TimelineImage.Range.ALL, 0, 1, "", null));
        Path pdf = dir.resolve("poster.pdf");
        image.writePdf(pdf, TimelineImage.Pages.FIT);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = words(new PDFTextStripper().getText(doc));
            for (Event e : context.events()) {
                String title = words(e.title().in(Locale.ENGLISH));
                assertTrue(text.contains(title), "the PDF's text lacks " + title);
            }
            assertEquals(image.title(), doc.getDocumentInformation().getTitle());
            assertEquals(image.description(), doc.getDocumentInformation().getSubject());
            assertTrue(doc.getDocumentInformation().getCreator().startsWith("Open-Source AI Timeline"));
            assertTrue(doc.getDocumentInformation().getCreationDate() != null);
            // Embedded as a subset: the font's name carries the six-letter subset tag.
            var fonts = doc.getPage(0).getResources().getFontNames();
            for (var name : fonts) {
                String base = doc.getPage(0).getResources().getFont(name).getName();
                assertTrue(base.matches("[A-Z]{6}\\+DejaVuSans.*"), base);
                assertTrue(doc.getPage(0).getResources().getFont(name).isEmbedded(), base);
            }
        }
    }

    @Test
    void theFirstPageRendersLikeThePng() throws Exception {
        for (TimelineTheme theme : new TimelineTheme[] {TimelineTheme.LIGHT, TimelineTheme.DARK}) {
            TimelineImage image = TimelineImage.layout(context, new TimelineImage.Options(TimelineImage.Range.ALL, 1400, 1, "", theme));
            Path png = dir.resolve("poster.png");
            Path pdf = dir.resolve("poster.pdf");
            image.writePng(png, p -> { }, () -> false);
            image.writePdf(pdf, TimelineImage.Pages.FIT);
            BufferedImage expected = ImageIO.read(png.toFile());
            BufferedImage rendered;
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                float dpi = 72f * expected.getWidth() / doc.getPage(0).getMediaBox().getWidth();
                rendered = new PDFRenderer(doc).renderImageWithDPI(0, dpi);
            }
            assertEquals(expected.getWidth(), rendered.getWidth());
            assertEquals(expected.getHeight(), rendered.getHeight(), 1);
            // Lane by lane: the band's colour (stripe or background) and the lane's glyph in the header.
            TimelineFrame f = image.frame();
            double bodyTop = bodyTop(image);
            TimelineGeometry geo = f.geometry();
            int lanes = f.layout().lanes().size();
            assertTrue(lanes > 5);
            for (int li = 0; li < lanes; li++) {
                int bandY = (int) (bodyTop + f.laneTop(li) + 2);
                int glyphY = (int) Math.round(bodyTop + f.laneTop(li) + geo.lanePadding() + geo.rowHeight() / 2);
                int plotX = (int) geo.headerWidth() + 3;
                assertClose(expected.getRGB(plotX, bandY), rendered.getRGB(plotX, bandY), "band of lane " + li);
                assertClose(expected.getRGB(16, glyphY), rendered.getRGB(16, glyphY), "glyph of lane " + li);
                Color laneColor = f.layout().lanes().get(li).style().color();
                assertClose(argb(laneColor), rendered.getRGB(16, glyphY), "lane colour of lane " + li);
            }
        }
    }

    /** The body's top in the image: where the first lane starts, less the axis. */
    private static double bodyTop(TimelineImage image) throws Exception {
        var field = TimelineImage.class.getDeclaredField("bodyTop");
        field.setAccessible(true);
        return field.getDouble(image);
    }

    private static int argb(Color c) {
        return 0xff000000 | (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
    }

    private static void assertClose(int a, int b, String what) {
        for (int shift = 0; shift <= 16; shift += 8) {
            int ca = a >> shift & 0xff;
            int cb = b >> shift & 0xff;
            assertTrue(Math.abs(ca - cb) <= 40, what + String.format(": #%06x vs #%06x", a & 0xffffff, b & 0xffffff));
        }
    }

    @Test
    void splitPagesRepeatTheAxisAndFitMakesOne() throws Exception {
        TimelineImage image = TimelineImage.layout(context, new TimelineImage.Options(TimelineImage.Range.ALL, 0, 1, "", null));
        double pageHeight = TimelineImage.PAGE_H * image.width() / TimelineImage.PAGE_W;
        int expectedAtLeast = (int) Math.ceil(image.height() / pageHeight);
        assertTrue(expectedAtLeast >= 2, "the bundled poster (" + image.height() + " px) is taller than one page");
        Path split = dir.resolve("split.pdf");
        Path fit = dir.resolve("fit.pdf");
        image.writePdf(split, TimelineImage.Pages.SPLIT);
        image.writePdf(fit, TimelineImage.Pages.FIT);
        try (PDDocument s = Loader.loadPDF(split.toFile()); PDDocument f = Loader.loadPDF(fit.toFile())) {
            assertEquals(1, f.getNumberOfPages());
            assertTrue(s.getNumberOfPages() >= expectedAtLeast, s.getNumberOfPages() + " pages");
            assertTrue(s.getNumberOfPages() <= expectedAtLeast + 2, s.getNumberOfPages() + " pages");
            assertEquals(TimelineImage.PAGE_W, s.getPage(1).getMediaBox().getWidth(), 0.01);
            // Each page with lanes starts with the axis: its tick labels are on page 2 as on page 1.
            String year = image.frame().ticks().ticks().stream().map(c -> c.label()).filter(l -> !l.isEmpty())
                    .reduce((a, b) -> b).orElseThrow();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String page2 = stripper.getText(s);
            assertTrue(page2.contains(year), "page 2 repeats the axis (" + year + ")");
            // Every title is still there once across the pages.
            String all = words(new PDFTextStripper().getText(s));
            for (Event e : context.events()) assertTrue(all.contains(words(e.title().in(Locale.ENGLISH))), e.id());
        }
    }

    @Test
    void everySplitPageWithLanesCarriesTheAxisAndTheTitleOfTheLaneItContinues() throws Exception {
        // By category and narrow: lanes of many rows, so pages end inside lanes.
        ExportContext byCategory = new ExportContext(context.dataset(), context.events(), context.filter(),
                org.aitimeline.timeline.LaneGrouping.CATEGORY, context.laneOrder(), context.visibleStart(), context.visibleEnd(),
                context.locale(), false);
        TimelineImage image = TimelineImage.layout(byCategory, new TimelineImage.Options(TimelineImage.Range.ALL, 900, 1, "", null));
        Path pdf = dir.resolve("split.pdf");
        int written = image.writePdf(pdf, TimelineImage.Pages.SPLIT);
        java.util.List<PosterPages.Page> plan = PosterPages.split(image.poster(), TimelineImage.PAGE_H * image.logicalWidth() / TimelineImage.PAGE_W);
        java.util.List<String> years = image.frame().ticks().ticks().stream().map(t -> t.label()).filter(l -> !l.isEmpty()).toList();
        assertTrue(years.size() >= 3, years.toString());
        TimelineFrame f = image.frame();
        double axis = f.geometry().axisHeight();
        int continued = 0;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(plan.size(), doc.getNumberOfPages());
            assertEquals(written, doc.getNumberOfPages());
            assertTrue(plan.stream().filter(PosterPages.Page::hasLanes).count() >= 2, "the bundled poster's lanes take several pages");
            for (PosterPages.Page page : plan) {
                if (!page.hasLanes()) continue;
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page.index() + 1);
                stripper.setEndPage(page.index() + 1);
                String text = words(stripper.getText(doc));
                for (String year : years) assertTrue(text.contains(year), "page " + (page.index() + 1) + " lacks the axis label " + year);
                // The lane the page's band starts in: its title is at the band's top, even when the lane began a page before.
                for (int li = 0; li < f.layout().lanes().size(); li++) {
                    double top = f.laneTop(li) - axis;
                    if (page.lanesFrom() >= top && page.lanesFrom() < top + f.laneHeight(li)) {
                        if (page.lanesFrom() > top) continued++;
                        String title = f.layout().lanes().get(li).title();
                        String start = title.substring(0, Math.min(6, title.length()));
                        // Visible: under the page's axis (a PDF's text stripper also finds text painted over).
                        double k = TimelineImage.PAGE_W / image.logicalWidth();
                        double axisBottom = (page.bandTop() + axis) * k;
                        double bandBottom = (page.bandTop() + axis + page.lanesTo() - page.lanesFrom()) * k;
                        assertTrue(textAt(doc, page.index() + 1).stream().anyMatch(t -> t.getKey().contains(start)
                                        && t.getValue() > axisBottom && t.getValue() < bandBottom),
                                "page " + (page.index() + 1) + " shows the title of its lane " + title + " under the axis");
                    }
                }
            }
        }
        assertTrue(continued > 0, "some page continues a lane begun on the page before");
    }

    /** The text runs of a page with the distance of their baseline from the page's top, in points. */
    private static java.util.List<java.util.Map.Entry<String, Float>> textAt(PDDocument doc, int page) throws java.io.IOException {
        java.util.List<java.util.Map.Entry<String, Float>> runs = new java.util.ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, java.util.List<org.apache.pdfbox.text.TextPosition> positions) {
                runs.add(java.util.Map.entry(text, positions.get(0).getYDirAdj()));
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(doc);
        return runs;
    }
}
