package org.aitimeline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.stage.Stage;
import org.aitimeline.model.Event;
import org.aitimeline.timeline.TimelineFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Issue 25, item 6: a poster's title names its own range once; its "!" badges name the footnote they refer to. */
@ExtendWith(ApplicationExtension.class)
class PosterNotesTest {

    private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        // The toolkit is all this test needs (fonts are measured).
    }

    @Test
    void eachBadgeCarriesTheNumberOfItsFootnote() throws Exception {
        ExportContext context = TimelineImageTest.bundledContext();
        TimelineImage image = TimelineImage.layout(context, new TimelineImage.Options(TimelineImage.Range.ALL, 0, 1, "", null));
        List<Event> corrected = new ArrayList<>();
        for (TimelineFrame.Shown s : image.frame().shown()) {
            if (s.marker().isCluster()) continue;
            Event e = image.frame().layout().events().get(s.marker().event());
            // An event of two organizations is shown in both lanes, with the same badge.
            if (e.isCorrected() && s.full() && !corrected.contains(e)) corrected.add(e);
        }
        assertFalse(corrected.isEmpty(), "the bundled poster shows corrected events");
        String svg;
        Path file = dir.resolve("poster.svg");
        image.writeSvg(file);
        svg = Files.readString(file);
        Set<String> seen = new TreeSet<>();
        for (Event e : corrected) {
            String note = image.noteOf(e);
            assertTrue(note.matches("\\d+(–\\d+)?"), e.id() + ": " + note);
            String first = note.split("–")[0];
            // The footnote with that number is about this event.
            String line = image.footer().stream().filter(l -> l.startsWith(first + ". ")).findFirst().orElse("");
            assertTrue(line.startsWith(first + ". " + e.title().in(Locale.ENGLISH)), note + " → " + line);
            assertTrue(seen.add(note), "two events share the badge " + note);
            // And the badge's number is drawn as text in the vector file.
            assertTrue(svg.contains(">" + note + "</text>"), "the SVG draws the badge " + note);
        }
        // Events without corrections have no number.
        Event plain = context.events().stream().filter(e -> !e.isCorrected()).findFirst().orElseThrow();
        assertEquals("", image.noteOf(plain));
    }

    @Test
    void theDefaultTitleNamesTheExportedRangeOnce() throws Exception {
        ExportContext context = TimelineImageTest.bundledContext();
        // The visible window is 2023-01-01 to 2025-01-01: the title says 2023 and 2024 and no other year.
        TimelineImage visible = TimelineImage.layout(context,
                new TimelineImage.Options(TimelineImage.Range.VISIBLE, 0, 1, "", null));
        assertEquals(Set.of("2023", "2024"), years(visible.title()), visible.title());
        assertTrue(visible.title().endsWith("Jan 2023 – Dec 2024"), visible.title());

        // The whole range: the first and last events' years, once each.
        TimelineImage all = TimelineImage.layout(context, new TimelineImage.Options(TimelineImage.Range.ALL, 0, 1, "", null));
        int first = context.events().stream().mapToInt(e -> e.date().start().getYear()).min().orElseThrow();
        int last = context.events().stream().mapToInt(e -> e.date().endExclusive().minusDays(1).getYear()).max().orElseThrow();
        assertEquals(Set.of(Integer.toString(first), Integer.toString(last)), years(all.title()), all.title());
        String named = all.title();
        Matcher m = YEAR.matcher(named);
        int count = 0;
        while (m.find()) count++;
        assertEquals(first == last ? 1 : 2, count, "each year once: " + named);
    }

    private static Set<String> years(String text) {
        Set<String> years = new TreeSet<>();
        Matcher m = YEAR.matcher(text);
        while (m.find()) years.add(m.group());
        return years;
    }
}
