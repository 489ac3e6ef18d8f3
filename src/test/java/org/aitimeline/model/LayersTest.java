package org.aitimeline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Several datasets as one: events united, organizations shared by id, repeated ids kept apart, credits per layer. */
class LayersTest {

    static final LocalizedText T = new LocalizedText("t", "t");
    static final Source ARTICLE = new Source("a", "seeds/a.txt", "Article", "it", null, null, "DeepSeek R1 open.");

    static Event articleEvent(String id, String date) {
        return new Event(id, PartialDate.parse(date), "", T, T, Category.RELEASE, List.of("deepseek"), List.of("CN"),
                List.of(), List.of(), List.of(new Passage("a", "DeepSeek R1", "", "", 0, 11)));
    }

    static Event recordEvent(String id, String date) {
        Evidence ev = new Evidence("R1 paper", "arxiv.org", "https://arxiv.org/abs/2501.12948", PartialDate.parse(date),
                Set.of(Evidence.Support.FACT));
        return new Event(id, EventKind.EVENT, PartialDate.parse(date), "", T, T, Category.RELEASE, List.of("deepseek"),
                List.of("CN"), List.of(), List.of(), List.of(), Access.OPEN_SOURCE, "MIT", List.of(ev), List.of());
    }

    static final Dataset ARTICLES = new Dataset("Articles", "a", List.of(ARTICLE),
            List.of(new Organization("deepseek", "DeepSeek", "CN", List.of())),
            List.of(articleEvent("r1", "2025-01-20"), articleEvent("v3", "2024-12-26")));
    static final Dataset RECORD = new Dataset(LocalizedText.of("Record"), "r", List.of(),
            List.of(new Organization("deepseek", "DeepSeek (record)", "CN", List.of()), new Organization("openai", "OpenAI", "US", List.of())),
            List.of(recordEvent("r1", "2025-01-20"), recordEvent("epoch-gpt-2", "2019-02-14")), "CC-BY-4.0", "Epoch AI");

    @Test
    void theRecordIsMutedAndTheArticlesProminent() {
        assertEquals(Layer.Prominence.MUTED, Layer.of(RECORD).prominence());
        assertEquals(Layer.Prominence.PROMINENT, Layer.of(ARTICLES).prominence());
        assertEquals("Record", Layer.of(RECORD).name());
    }

    @Test
    void theUnionHasEveryEventByDateWithRepeatedIdsKeptApartAndSharedOrganizations() {
        Layers layers = Layers.of(List.of(Layer.of(ARTICLES), Layer.of(RECORD)));
        Dataset d = layers.combined();
        assertEquals(List.of("epoch-gpt-2", "v3", "2:r1", "r1"), d.events().stream().map(Event::id).toList());
        assertEquals(List.of("deepseek", "openai"), d.organizations().stream().map(Organization::id).toList());
        assertEquals("DeepSeek", d.organization("deepseek").orElseThrow().name(), "the first layer's record of it");
        assertEquals("Articles + Record", d.title().en());
        assertSame(layers.layers().get(1), layers.layerOf(d.event("2:r1").orElseThrow()));
        assertSame(layers.layers().get(0), layers.layerOf(d.event("r1").orElseThrow()));
    }

    @Test
    void creditsNameOnlyTheLayersWhoseEventsAreShown() {
        Layers layers = Layers.of(List.of(Layer.of(ARTICLES), Layer.of(RECORD)));
        Dataset d = layers.combined();
        assertEquals("Epoch AI (CC-BY-4.0)", d.creditLine());
        assertEquals("", layers.creditedFor(List.of(d.event("v3").orElseThrow())).creditLine());
        assertEquals("Epoch AI (CC-BY-4.0)", layers.creditedFor(List.of(d.event("epoch-gpt-2").orElseThrow())).creditLine());
    }

    @Test
    void aSourceIdRepeatedWithOtherTextIsRenamedWithItsPassages() {
        Source other = new Source("a", "seeds/b.txt", "Other", "en", null, null, "DeepSeek R1 again.");
        Dataset second = new Dataset("Second", "s", List.of(other), List.of(), List.of(articleEvent("x", "2025-02-01")));
        Dataset d = Layers.of(List.of(Layer.of(ARTICLES), Layer.of(second))).combined();
        assertEquals(List.of("a", "2:a"), d.sources().stream().map(Source::id).toList());
        assertEquals("2:a", d.event("x").orElseThrow().passages().get(0).source());
        assertTrue(d.event("r1").orElseThrow().passages().get(0).source().equals("a"));
    }
}
