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

    @Test
    void everyReleaseSaysHowOpenItIsAndOpenReleasesNameTheirLicence() {
        for (Event e : dataset.events()) {
            if (e.category() != org.aitimeline.model.Category.RELEASE || e.isContext()) continue;
            assertTrue(e.access() != null, e.id() + " has no access");
            if (e.access() == org.aitimeline.model.Access.OPEN_SOURCE || e.access() == org.aitimeline.model.Access.OPEN_WEIGHTS) {
                assertFalse(e.licence().isBlank(), e.id() + " has no licence");
                assertTrue(supports(e, org.aitimeline.model.Evidence.Support.OPENNESS), e.id() + ": no evidence for its openness");
            }
        }
    }

    private static boolean supports(Event e, org.aitimeline.model.Evidence.Support what) {
        return e.evidence().stream().anyMatch(ev -> ev.supports().contains(what));
    }

    /** Words with which a dateNote says that it used something beyond the articles. */
    private static final java.util.regex.Pattern RECORD = java.util.regex.Pattern.compile(
            "(?i)\\b(evidence|record|announced|released on|published on|reported|according to|repository|model card|"
            + "federal register|licen[cs]e)\\b");
    /** ... unless it says that no record was found. */
    private static final java.util.regex.Pattern NO_RECORD = java.util.regex.Pattern.compile(
            "(?i)(no (public )?record|could not (find|confirm)|not (be )?found)");
    /** A day with its month and year, as a dateNote writes one taken from the record ("9 Jul 2025"). */
    private static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile(
            "\\b\\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \\d{4}\\b");
    private static final java.util.regex.Pattern CITED = java.util.regex.Pattern.compile("evidence (\\d+)((?:, \\d+| and \\d+)*)");

    @Test
    void everyDateOrFactFromBeyondTheArticlesCitesTheRecord() {
        for (Event e : dataset.events()) {
            String note = e.dateNote().en();
            if (e.date().precision() == org.aitimeline.model.PartialDate.Precision.DAY) {
                assertTrue(supports(e, org.aitimeline.model.Evidence.Support.DATE),
                        e.id() + ": a day the articles never give needs evidence for the date");
            }
            boolean usesRecord = DAY.matcher(note).find() || RECORD.matcher(note).find() && !NO_RECORD.matcher(note).find();
            if (usesRecord && !e.isCommentary()) {
                assertFalse(e.evidence().isEmpty(), e.id() + ": its dateNote uses the record but it has no evidence: " + note);
            }
            java.util.regex.Matcher m = CITED.matcher(note);
            while (m.find()) {
                for (String n : (m.group(1) + m.group(2)).split("\\D+")) {
                    if (n.isEmpty()) continue;
                    assertTrue(Integer.parseInt(n) < e.evidence().size(), e.id() + ": the dateNote cites evidence " + n
                            + " but there are " + e.evidence().size());
                }
            }
            for (org.aitimeline.model.Correction c : e.corrections()) {
                assertFalse(c.evidence().isEmpty(), e.id() + ": a correction without evidence");
            }
        }
    }

    @Test
    void everyCorrectionClaimIsTheArticlesOwnWordsFoundOnce() {
        int corrections = 0;
        for (Event e : dataset.events()) {
            for (org.aitimeline.model.Correction c : e.corrections()) {
                corrections++;
                Passage p = c.claim();
                Source s = dataset.source(p.source()).orElseThrow();
                assertEquals(1, new PassageLocator(s.text()).locate(p.exact(), p.prefix(), p.suffix()).count(), e.id());
                assertEquals(PassageLocator.normalize(p.exact()), PassageLocator.normalize(s.text().substring(p.start(), p.end())));
            }
        }
        assertTrue(corrections >= 10, "corrections: " + corrections);
    }

    @Test
    void commentaryIsDatedToItsArticle() {
        for (Event e : dataset.events()) {
            if (!e.isCommentary()) continue;
            Source s = dataset.source(e.passages().get(0).source()).orElseThrow();
            assertEquals(s.published().start().getYear(), e.date().start().getYear(), e.id() + " is not at its article's date");
        }
    }

    /** Words a reviewer writes when the record's real title was not at hand. */
    private static final java.util.regex.Pattern PLACEHOLDER_TITLE = java.util.regex.Pattern.compile(
            "(?i)(not retrieved|untitled|no title|unknown title|title unknown|taken from the url|placeholder|\\btbd\\b|"
            + "^\\s*n/?a\\s*$|\\(n/?a\\)|\\?\\?)");

    static boolean isPlaceholderTitle(String title) {
        return title.isBlank() || PLACEHOLDER_TITLE.matcher(title).find();
    }

    /** A GitHub link to a file, a tree or a commit must name a full 40-hex commit, so it cannot drift with a branch. */
    private static final java.util.regex.Pattern GITHUB_REF = java.util.regex.Pattern.compile(
            "^https://github\\.com/[^/]+/[^/]+/(blob|tree|commit|raw)/([^/?#]+)(/[^?#]*)?$");

    static boolean isPinnedOrPlainGitHubUrl(String url) {
        if (!url.startsWith("https://github.com/")) return true;
        java.util.regex.Matcher m = GITHUB_REF.matcher(url);
        if (!m.matches()) return !url.matches("^https://github\\.com/[^/]+/[^/]+/(blob|tree|commit|raw)(/.*)?$");
        boolean fullCommit = m.group(2).matches("[0-9a-f]{40}");
        boolean namesAFile = !m.group(1).equals("blob") || m.group(3) != null && m.group(3).length() > 1;
        return fullCommit && namesAFile;
    }

    @Test
    void placeholderTitlesAndUnpinnedGitHubLinksAreRecognised() {
        assertTrue(isPlaceholderTitle("Report on Baidu making its Ernie AI model open source (headline not retrieved)"));
        assertTrue(isPlaceholderTitle("What is Zhipu AI? (headline not retrieved; taken from the URL)"));
        assertTrue(isPlaceholderTitle("Untitled"));
        assertTrue(isPlaceholderTitle("n/a"));
        assertTrue(isPlaceholderTitle(" "));
        assertFalse(isPlaceholderTitle("What is Zhipu AI?"));
        assertFalse(isPlaceholderTitle("Introducing Gemini: our largest and most capable AI model"));
        assertFalse(isPinnedOrPlainGitHubUrl("https://github.com/microsoft/LoRA/blob/2eb74c2/LICENSE.md"));
        assertFalse(isPinnedOrPlainGitHubUrl("https://github.com/github/dmca/blob/master/2023/03/2023-03-21-meta.md"));
        assertFalse(isPinnedOrPlainGitHubUrl("https://github.com/QwenLM/Qwen3/tree/main"));
        assertFalse(isPinnedOrPlainGitHubUrl("https://github.com/x/y/blob/7a2f61ffc7a20d47efcd2bf97f6f2bf52729042e"));
        assertTrue(isPinnedOrPlainGitHubUrl(
                "https://github.com/microsoft/LoRA/blob/b91a3d92224f6bf1d0582b8062a7d0a3058e7ea2/LICENSE"));
        assertTrue(isPinnedOrPlainGitHubUrl("https://github.com/xai-org/grok-1"));
        assertTrue(isPinnedOrPlainGitHubUrl("https://github.com/meta-llama/llama/pull/73"));
    }

    @Test
    void everyEvidenceHasARealTitleAndEveryGitHubFileLinkIsPinnedToACommit() {
        for (Event e : dataset.events()) {
            for (org.aitimeline.model.Evidence ev : e.evidence()) {
                assertFalse(isPlaceholderTitle(ev.title()), e.id() + ": placeholder evidence title: " + ev.title());
                assertTrue(isPinnedOrPlainGitHubUrl(ev.url()), e.id() + ": GitHub link not pinned to a full commit: " + ev.url());
            }
        }
    }
}
