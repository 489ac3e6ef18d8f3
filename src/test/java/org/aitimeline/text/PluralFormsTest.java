package org.aitimeline.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every counted phrase, in both languages, for none, one and many: "1 evento su 45", never "1 eventi su 45". */
class PluralFormsTest {

    private static final Labels EN = Labels.of(Locale.ENGLISH);
    private static final Labels IT = Labels.of(Locale.ITALIAN);

    @Test
    void theStatusBarCount() {
        assertEquals("0 eventi su 45", IT.format("status.count", 0, 45));
        assertEquals("1 evento su 45", IT.format("status.count", 1, 45));
        assertEquals("12 eventi su 45", IT.format("status.count", 12, 45));
        assertEquals("0 of 45 events", EN.format("status.count", 0, 45));
        assertEquals("1 of 45 events", EN.format("status.count", 1, 45));
        assertEquals("1 of 1 event", EN.format("status.count", 1, 1));
        assertEquals("0 of 0 events", EN.format("status.count", 0, 0));
        assertEquals("1,200 of 100,000 events", EN.format("status.count", 1200, 100_000));
    }

    @Test
    void eventsOutsideTheView() {
        assertEquals("No events are outside the view", EN.format("timeline.outside", 0));
        assertEquals("1 event is outside the view", EN.format("timeline.outside", 1));
        assertEquals("6 events are outside the view", EN.format("timeline.outside", 6));
        assertEquals("Nessun evento è fuori dalla vista", IT.format("timeline.outside", 0));
        assertEquals("1 evento è fuori dalla vista", IT.format("timeline.outside", 1));
        assertEquals("6 eventi sono fuori dalla vista", IT.format("timeline.outside", 6));
    }

    @Test
    void theExportsAndAnArticlesEventCounts() {
        for (String key : List.of("image.events", "source.events")) {
            assertEquals("no events", EN.format(key, 0));
            assertEquals("1 event", EN.format(key, 1));
            assertEquals("45 events", EN.format(key, 45));
            assertEquals("nessun evento", IT.format(key, 0));
            assertEquals("1 evento", IT.format(key, 1));
            assertEquals("45 eventi", IT.format(key, 45));
        }
    }

    @Test
    void problemsInAFile() {
        assertEquals("No problems in a.json. The current dataset is still loaded.", EN.format("open.problems", 0, "a.json"));
        assertEquals("1 problem in a.json. The current dataset is still loaded.", EN.format("open.problems", 1, "a.json"));
        assertEquals("3 problems in a.json. The current dataset is still loaded.", EN.format("open.problems", 3, "a.json"));
        assertEquals("Nessun problema in a.json. Il dataset attuale resta caricato.", IT.format("open.problems", 0, "a.json"));
        assertEquals("1 problema in a.json. Il dataset attuale resta caricato.", IT.format("open.problems", 1, "a.json"));
        assertEquals("3 problemi in a.json. Il dataset attuale resta caricato.", IT.format("open.problems", 3, "a.json"));
    }

    @Test
    void corrections() {
        assertEquals("The dataset corrects the article here: see the event", EN.format("timeline.corrected", 1));
        assertEquals("The dataset corrects the article in 2 places: see the event", EN.format("timeline.corrected", 2));
        assertTrue(EN.format("timeline.corrected", 0).startsWith("The dataset corrects nothing"));
        assertEquals("Il dataset corregge l’articolo su questo evento: apri l’evento", IT.format("timeline.corrected", 1));
        assertEquals("Il dataset corregge l’articolo in 2 punti: apri l’evento", IT.format("timeline.corrected", 2));
        assertTrue(IT.format("timeline.corrected", 0).startsWith("Il dataset non corregge"));
    }

    @Test
    void aClusterAndItsRows() {
        assertEquals("1 event, Mar 2024\nThis lane shows at most 1 row at this zoom: zoom in, or click to zoom to these events.",
                EN.format("timeline.cluster", 1, "Mar 2024", 1));
        assertTrue(EN.format("timeline.cluster", 5, "Mar 2024", 3).startsWith("5 events, Mar 2024\nThis lane shows at most 3 rows "));
        assertTrue(EN.format("timeline.cluster", 0, "", 0).startsWith("no events, \nThis lane shows at most 0 rows "));
        assertTrue(IT.format("timeline.cluster", 1, "mar 2024", 1).startsWith("1 evento, mar 2024\nA questo livello di zoom la corsia mostra al massimo 1 riga:"));
        assertTrue(IT.format("timeline.cluster", 5, "mar 2024", 3).startsWith("5 eventi, mar 2024\nA questo livello di zoom la corsia mostra al massimo 3 righe:"));
        assertTrue(IT.format("timeline.cluster", 0, "", 0).startsWith("nessun evento, \nA questo livello di zoom la corsia mostra al massimo 0 righe:"));
    }

    /** A message that puts a number before a counted word must choose the word's form by that number. */
    @Test
    void noMessageCountsWithoutAChoice() {
        Pattern bare = Pattern.compile("\\{\\d\\}\\s+(events?|eventi|evento|problems?|problemi|problema|rows?|righe|riga|places|punti|corrections?|correzioni|correzione)\\b");
        List<String> found = new ArrayList<>();
        for (Locale l : List.of(Locale.ENGLISH, Locale.ITALIAN)) {
            ResourceBundle b = Labels.of(l).bundle();
            for (String key : b.keySet()) {
                // Outside a choice sub-format: drop every {n,choice,...} first, then look for "{n} events".
                String plain = b.getString(key).replaceAll("\\{\\d,choice,[^{}]*(\\{\\d\\}[^{}]*)*\\}", "");
                Matcher m = bare.matcher(plain);
                if (m.find()) found.add(l + " " + key + ": " + m.group());
            }
        }
        assertTrue(found.isEmpty(), String.join("\n", found));
    }
}
