package org.aitimeline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The free-text search: what it matches and what it leaves out on purpose. */
class SearchTextTest {

    private final Organization zhipu = new Organization("zhipu", "Zhipu AI", "CN", List.of("Jifu AI"));
    private final Event cogview = new Event("cogview", EventKind.EVENT, PartialDate.parse("2025-03-04"), "",
            new LocalizedText("Zhipu AI releases CogView4", "Zhipu AI pubblica CogView4"),
            new LocalizedText("Beats DeepSeek R1 at drawing.", "Batte R1."), Category.RELEASE, List.of("zhipu"),
            List.of("CN"), List.of("CogView4"), List.of("Cagview-4"), List.of(), Access.OPEN_SOURCE, "Apache-2.0",
            List.of(), List.of());
    private final SearchText search = SearchText.of(List.of(cogview), Map.of("zhipu", zhipu));

    private boolean finds(String query) {
        return EventFilter.NONE.withText(query).predicate(search).test(cogview);
    }

    @Test
    void matchesTitlesInBothLanguagesModelsAliasesOrganizationsAndCodes() {
        assertTrue(finds("cogview4"));
        assertTrue(finds("pubblica"), "the Italian title");
        assertTrue(finds("Cagview"), "the article's garbled spelling");
        assertTrue(finds("jifu"), "the organization's alias");
        assertTrue(finds("open-source"), "the access id");
        assertTrue(finds("cn release"), "several words must all match");
        assertFalse(finds("cn leak"));
    }

    @Test
    void isCaseAccentAndQuoteInsensitive() {
        assertTrue(finds("ZHIPU"));
        assertEquals(SearchText.fold("perché l’ia"), SearchText.fold("PERCHE L'IA"));
    }

    @Test
    void leavesSummariesOut() {
        assertFalse(finds("R1"), "a summary that mentions R1 must not make this event a result for R1");
    }

    @Test
    void anEmptyQueryMatchesEverything() {
        assertTrue(finds("   "));
        assertEquals(0, SearchText.words("  ").length);
    }
}
