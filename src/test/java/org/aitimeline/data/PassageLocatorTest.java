package org.aitimeline.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.aitimeline.data.PassageLocator.Kind;
import org.aitimeline.data.PassageLocator.Location;
import org.junit.jupiter.api.Test;

class PassageLocatorTest {

    @Test
    void findsAnExactQuoteAndReturnsItsRange() {
        String text = "Meta ha rilasciato LLaMA. Poi il leak.";
        Location loc = new PassageLocator(text).locate("rilasciato LLaMA", null, null);
        assertEquals(Kind.FOUND, loc.kind());
        assertEquals("rilasciato LLaMA", text.substring(loc.start(), loc.end()));
    }

    @Test
    void aNonBreakingSpaceInTheTextMatchesAPlainSpaceInTheQuote() {
        String text = "il grande paradosso:\u00a0l’unico vincitore";
        Location loc = new PassageLocator(text).locate("paradosso: l'unico", null, null);
        assertEquals(Kind.FOUND, loc.kind());
        assertEquals("paradosso:\u00a0l’unico", text.substring(loc.start(), loc.end()));
    }

    @Test
    void whitespaceRunsAndNewlinesMatchASingleSpace() {
        String text = "prima riga\n\n   seconda riga";
        Location loc = new PassageLocator(text).locate("riga seconda", null, null);
        assertEquals(Kind.FOUND, loc.kind());
        assertEquals("riga\n\n   seconda", text.substring(loc.start(), loc.end()));
    }

    @Test
    void straightQuotesInTheQuoteMatchTypographicOnesInTheText() {
        String text = "la sua serie “Qwen”, e l’IA ‘Wan 2.1’";
        Location loc = new PassageLocator(text).locate("serie \"Qwen\", e l'IA 'Wan 2.1'", null, null);
        assertEquals(Kind.FOUND, loc.kind());
        assertEquals("serie “Qwen”, e l’IA ‘Wan 2.1’", text.substring(loc.start(), loc.end()));
    }

    @Test
    void typographicQuotesInTheQuoteMatchStraightOnesInTheText() {
        String text = "Un'analisi approfondita";
        Location loc = new PassageLocator(text).locate("Un’analisi", null, null);
        assertEquals(Kind.FOUND, loc.kind());
        assertEquals(0, loc.start());
        assertEquals(10, loc.end());
    }

    @Test
    void otherDifferencesAreNotTolerated() {
        PassageLocator locator = new PassageLocator("Grok 4 di xAI");
        assertEquals(Kind.NOT_FOUND, locator.locate("grok 4", null, null).kind());
        assertEquals(Kind.NOT_FOUND, locator.locate("Grok4", null, null).kind());
        assertEquals(Kind.NOT_FOUND, locator.locate("Grok 4 di xAI.", null, null).kind());
    }

    @Test
    void aRepeatedQuoteIsAmbiguousUntilPrefixOrSuffixPicksOne() {
        String text = "Llama 2 è aperto. Vicuna deriva da Llama 2 anch'esso.";
        PassageLocator locator = new PassageLocator(text);
        Location bare = locator.locate("Llama 2", null, null);
        assertEquals(Kind.AMBIGUOUS, bare.kind());
        assertEquals(2, bare.count());

        Location withPrefix = locator.locate("Llama 2", "deriva da ", null);
        assertEquals(Kind.FOUND, withPrefix.kind());
        assertEquals(text.indexOf("Llama 2", 10), withPrefix.start());

        Location withSuffix = locator.locate("Llama 2", "", " è aperto");
        assertEquals(Kind.FOUND, withSuffix.kind());
        assertEquals(0, withSuffix.start());
    }

    @Test
    void aPrefixThatDoesNotPrecedeTheQuoteIsNotFound() {
        PassageLocator locator = new PassageLocator("DeepSeek R1 e V3");
        assertEquals(Kind.NOT_FOUND, locator.locate("R1", "Qwen ", null).kind());
        assertEquals(1, locator.occurrences("R1"));
    }

    @Test
    void rangeIsInTheOriginalTextAfterEarlierCollapsedRuns() {
        String text = "a  \u00a0 b\n\nc “d” target here";
        Location loc = new PassageLocator(text).locate("target here", null, null);
        assertEquals(text.indexOf("target here"), loc.start());
        assertEquals(text.length(), loc.end());
    }

    @Test
    void aLocatorUsedManyTimesAnswersAsAFreshOneDoes() {
        // After a few lookups a locator indexes its text; the index must never change an answer. A small alphabet
        // with spaces and quotes makes repeats, overlaps and collapsed runs common.
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        String alphabet = "ab ab\n’'\u00a0c";
        for (int round = 0; round < 40; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0, n = 200 + random.nextInt(3000); i < n; i++) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String text = sb.toString();
            PassageLocator reused = new PassageLocator(text);
            for (int q = 0; q < 300; q++) {
                int from = random.nextInt(text.length() - 20);
                String cut = text.substring(from, from + 1 + random.nextInt(random.nextBoolean() ? 8 : 20));
                String exact = random.nextInt(10) == 0 ? cut + "zz" : cut;
                String prefix = random.nextBoolean() ? null : text.substring(Math.max(0, from - random.nextInt(6)), from);
                Location expected = new PassageLocator(text).locate(exact, prefix, null);
                assertEquals(expected, reused.locate(exact, prefix, null), () -> "quote «" + exact + "»");
                assertEquals(new PassageLocator(text).occurrences(exact), reused.occurrences(exact));
            }
        }
    }

    @Test
    void anIndexedLocatorStillFindsTheOneQuoteAmongThousands() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5_000; i++) sb.append("L’evento numero ").append(i).append(" è accaduto.\n");
        PassageLocator locator = new PassageLocator(sb.toString());
        for (int i = 0; i < 5_000; i += 7) {
            String exact = "L'evento numero " + i + " è accaduto.";
            Location loc = locator.locate(exact, null, null);
            assertEquals(Kind.FOUND, loc.kind(), exact);
            assertEquals("L’evento numero " + i + " è accaduto.", sb.substring(loc.start(), loc.end()));
        }
        assertEquals(Kind.AMBIGUOUS, locator.locate("L'evento numero 1", null, null).kind(), "1, 10–19, 100–199, …");
        assertEquals(1111, locator.occurrences("L'evento numero 1"));
    }
}
