package org.aitimeline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.aitimeline.model.Category;
import org.aitimeline.model.PartialDate;
import org.aitimeline.timeline.LaneGrouping;
import org.junit.jupiter.api.Test;

class ExportArgumentsTest {

    @Test
    void parsesEveryOption() throws Exception {
        ExportArguments a = ExportArguments.parse(new String[] {"--export", "o.png", "--group-by", "country", "--company",
                "alibaba", "--company", "baidu", "--country", "cn", "--category", "release", "--from", "2024-01", "--to",
                "2025-12", "--width", "3000", "--scale", "2x", "--title", "Hello", "--dataset", "d.json", "--lang", "it"});
        assertEquals(Path.of("o.png"), a.output());
        assertEquals(LaneGrouping.COUNTRY, a.grouping());
        assertEquals(List.of("alibaba", "baidu"), a.companies());
        assertEquals(List.of("CN"), a.countries());
        assertEquals(List.of(Category.RELEASE), a.categories());
        assertEquals(PartialDate.parse("2024-01"), a.from());
        assertEquals(PartialDate.parse("2025-12"), a.to());
        assertEquals(3000, a.width());
        assertEquals(2.0, a.scale());
        assertEquals("Hello", a.title());
        assertEquals(Path.of("d.json"), a.dataset());
        assertEquals("it", a.locale().getLanguage());
    }

    @Test
    void refusesWhatMakesNoSense() {
        String[][] bad = {
            {},
            {"--export"},
            {"--export", "o.jpg"},
            {"--export", "o.png", "--group-by", "size"},
            {"--export", "o.png", "--category", "rumour"},
            {"--export", "o.png", "--from", "2025-13"},
            {"--export", "o.png", "--from", "2025", "--to", "2024"},
            {"--export", "o.png", "--scale", "0"},
            {"--export", "o.png", "--width", "50"},
            {"--export", "o.png", "--frobnicate"},
        };
        for (String[] args : bad) {
            ExportArguments.UsageException e = assertThrows(ExportArguments.UsageException.class,
                    () -> ExportArguments.parse(args), String.join(" ", args));
            assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
        }
    }
}
