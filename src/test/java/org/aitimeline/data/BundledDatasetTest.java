package org.aitimeline.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.aitimeline.model.Dataset;
import org.aitimeline.model.Event;
import org.aitimeline.model.Passage;
import org.aitimeline.model.Source;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dataset shipped with the app: it must load cleanly and every claim must point at real words. */
class BundledDatasetTest {

    private static Dataset dataset;

    @BeforeAll
    static void load() throws DatasetException {
        dataset = new DatasetLoader().loadBundled();
    }

    @Test
    void loadsWithZeroProblemsAndAtLeastFortyEvents() {
        assertTrue(dataset.events().size() >= 40, "events: " + dataset.events().size());
        assertEquals(5, dataset.sources().size());
    }

    @Test
    void everyPassageResolvesToExactlyOneRangeWhoseTextIsTheQuote() {
        for (Event e : dataset.events()) {
            assertFalse(e.passages().isEmpty(), e.id());
            for (Passage p : e.passages()) {
                Source s = dataset.source(p.source()).orElseThrow();
                String found = s.text().substring(p.start(), p.end());
                assertEquals(PassageLocator.normalize(p.exact()), PassageLocator.normalize(found), e.id());
                String withContext = p.prefix() + p.exact() + p.suffix();
                assertEquals(1, new PassageLocator(s.text()).locate(p.exact(), p.prefix(), p.suffix()).count(),
                        () -> e.id() + ": " + withContext);
            }
        }
    }

    @Test
    void everyArticleIsCitedAndTheBundledTextsAreTheSeedFilesByteForByte() throws IOException {
        Set<String> cited = new HashSet<>();
        dataset.events().forEach(e -> e.passages().forEach(p -> cited.add(p.source())));
        for (Source s : dataset.sources()) {
            assertTrue(cited.contains(s.id()), s.id() + " is never cited");
            String seed = Files.readString(Path.of(s.file()), StandardCharsets.UTF_8);
            assertEquals(seed, s.text(), s.file());
        }
    }

    @Test
    void garbledNamesFromTheArticlesAreKeptAsAliases() {
        Set<String> aliases = new HashSet<>();
        dataset.organizations().forEach(o -> aliases.addAll(o.aliases()));
        dataset.events().forEach(e -> aliases.addAll(e.aliases()));
        for (String garbled : new String[] {"Rama", "Jifu AI", "Earnie 4.5", "Cagview-4", "Toters Media"}) {
            assertTrue(aliases.contains(garbled), garbled);
        }
    }

    @Test
    void eventsWithRelativeOrImplicitDatesExplainThem() {
        for (Event e : dataset.events()) {
            assertFalse(e.dateNote().isBlank(), e.id() + " has no dateNote");
        }
    }
}
