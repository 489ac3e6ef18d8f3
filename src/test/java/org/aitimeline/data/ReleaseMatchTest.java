package org.aitimeline.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.aitimeline.model.Access;
import org.aitimeline.model.Dataset;
import org.aitimeline.model.Event;
import org.aitimeline.model.ReleaseMatch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The articles' releases matched against Epoch AI's record, both as bundled. */
class ReleaseMatchTest {

    static Dataset articles;
    static ReleaseMatch.Index record;

    @BeforeAll
    static void load() throws Exception {
        articles = new DatasetLoader().loadBundled("timeline");
        record = new ReleaseMatch.Index(new DatasetLoader().loadBundled("notable-models").events());
    }

    static Optional<ReleaseMatch> match(String articleEvent) {
        return record.find(articles.event(articleEvent).orElseThrow());
    }

    @Test
    void deepSeekR1IsTheSameDayButTheRecordSaysOpenWeightsWhereTheArticleSaysOpenSource() {
        ReleaseMatch m = match("deepseek-r1-release").orElseThrow();
        assertEquals("epoch-deepseek-r1", m.record().id());
        assertFalse(m.dateDiffers());
        assertTrue(m.opennessDiffers());
        assertEquals(Access.OPEN_WEIGHTS, m.record().access());
        assertEquals("Open weights (unrestricted)", m.recordWording());
    }

    @Test
    void aSizedNameInTheRecordMatchesTheFamilyTheArticleNames() {
        ReleaseMatch llama2 = match("llama-2-release").orElseThrow();
        assertTrue(llama2.record().title().en().startsWith("Llama 2-"), llama2.record().title().en());
        assertFalse(llama2.dateDiffers());
        assertEquals("Wan 2.1 14B", match("wan-2-1-release").orElseThrow().record().title().en());
    }

    @Test
    void datesAFewDaysApartMatchAndAreFlagged() {
        ReleaseMatch v3 = match("deepseek-v3-release").orElseThrow();
        assertEquals("epoch-deepseek-v3", v3.record().id());
        assertTrue(v3.dateDiffers(), "the article says 26 Dec 2024, the record 24 Dec");
    }

    @Test
    void datesMoreThanAMonthApartAreNotTheSameRelease() {
        // Grok-1: announced in November 2023 (the record), its weights opened in March 2024 (the article).
        assertTrue(match("grok-1-open-weights").isEmpty());
        // Qwen-7B is not in the record; Qwen-72B came four months later.
        assertTrue(match("alibaba-qwen-open-source").isEmpty());
    }

    @Test
    void theMatchedReleasesOfTheBundledArticles() {
        Map<String, String> found = new TreeMap<>();
        for (Event e : articles.events()) record.find(e).ifPresent(m -> found.put(e.id(), m.record().id()));
        assertEquals(List.of("deepseek-r1-release", "deepseek-v3-release", "gpt-4-release", "kimi-k1-5-release",
                "llama-2-release", "llama-3-1-release", "llama-release", "qwq-32b-release", "sora-announced",
                "wan-2-1-release"), List.copyOf(found.keySet()), found::toString);
    }

    @Test
    void namesCompareWithoutCaseSpacesOrHyphens() {
        assertEquals(ReleaseMatch.normalised("DeepSeek R1"), ReleaseMatch.normalised("deepseek-r1"));
        assertEquals(ReleaseMatch.normalised("Qwen_2.5"), ReleaseMatch.normalised("qwen 2.5"));
    }
}
