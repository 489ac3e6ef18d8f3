package org.aitimeline.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.aitimeline.model.Passage;
import org.aitimeline.model.Source;
import org.junit.jupiter.api.Test;

class PassageQuoteTest {

    private static Source article(String text) {
        return new Source("a", "a.txt", "A", "it", null, "", text);
    }

    @Test
    void aUniqueSelectionNeedsNoContextAndARepeatedOneGetsJustEnoughToBeFoundThereAlone() {
        String text = "Meta releases the model. Later, Google releases the model. Then Meta releases the model again.";
        Source s = article(text);
        int unique = text.indexOf("Google");
        Passage p = PassageQuote.of(s, unique, unique + "Google".length());
        assertEquals("", p.prefix());
        assertEquals("", p.suffix());

        int second = text.indexOf("releases the model", unique);
        Passage q = PassageQuote.of(s, second, second + "releases the model".length());
        assertEquals("releases the model", q.exact());
        PassageLocator.Location at = new PassageLocator(text).locate(q.exact(), q.prefix(), q.suffix());
        assertEquals(PassageLocator.Kind.FOUND, at.kind());
        assertEquals(second, at.start());
        assertEquals(PassageLocator.Kind.AMBIGUOUS, new PassageLocator(text).locate(q.exact(), "", "").kind());
    }

    @Test
    void surroundingWhitespaceIsLeftOutAndBlankSelectionsAreNone() {
        Source s = article("one  two three");
        Passage p = PassageQuote.of(s, 3, 9);
        assertEquals("two", p.exact());
        assertEquals(5, p.start());
        assertNull(PassageQuote.of(s, 3, 5));
    }
}
