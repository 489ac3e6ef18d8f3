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
}
