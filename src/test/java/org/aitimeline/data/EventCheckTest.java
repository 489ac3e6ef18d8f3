package org.aitimeline.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.aitimeline.model.Access;
import org.aitimeline.model.Category;
import org.aitimeline.model.Dataset;
import org.aitimeline.model.Edit;
import org.aitimeline.model.Event;
import org.aitimeline.model.LocalizedText;
import org.aitimeline.model.Passage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventCheckTest {

    @TempDir
    Path dir;

    static Event with(Event e, LocalizedText title, List<String> orgs, List<Passage> passages, Category category,
                      Access access, String licence) {
        return new Event(e.id(), e.kind(), e.date(), e.dateNote(), title, e.summary(), category, orgs, e.countries(),
                e.models(), e.aliases(), passages, access, licence, e.evidence(), e.corrections());
    }

    @Test
    void anEventAsLoadedPassesAndEachBrokenFieldGetsTheMessageAFileWithItGets() throws Exception {
        Path json = DatasetWriterTest.copyCanonical(dir);
        Dataset dataset = new DatasetLoader().load(json);
        Event release = dataset.event("release").orElseThrow();
        int index = dataset.events().indexOf(release);
        EventCheck check = new EventCheck(dataset);
        assertEquals(List.of(), check.check(release, release));

        Map<String, UnaryOperator<Event>> breakages = Map.of(
                "title.en", e -> with(e, new LocalizedText("", "Titolo"), e.organizations(), e.passages(), e.category(), e.access(), e.licence()),
                "organizations[0]", e -> with(e, e.title(), List.of("metta"), e.passages(), e.category(), e.access(), e.licence()),
                "passages[0].exact", e -> with(e, e.title(), e.organizations(), List.of(new Passage("a", "parole che non ci sono", "", "", 0, 0)), e.category(), e.access(), e.licence()),
                "passages[0].source", e -> with(e, e.title(), e.organizations(), List.of(new Passage("zz", "Meta", "", "", 0, 0)), e.category(), e.access(), e.licence()),
                "licence", e -> with(e, e.title(), e.organizations(), e.passages(), e.category(), Access.OPEN_SOURCE, ""),
                "access", e -> with(e, e.title(), e.organizations(), e.passages(), Category.RELEASE, null, ""));
        for (var breakage : breakages.entrySet()) {
            Event broken = breakage.getValue().apply(release);
            List<Problem> problems = check.check(broken, release);
            assertEquals(1, problems.size(), breakage.getKey() + ": " + problems);
            Problem problem = problems.get(0);
            assertEquals(breakage.getKey(), problem.path());
            assertEquals(1, EventCheck.at(problems, breakage.getKey().replaceAll("[.\\[].*", "")).size());

            // The same event in a file: the loader says the same words at the same field.
            Path file = dir.resolve("broken.json");
            new DatasetWriter().save(Edit.replaceEvent(release, broken).apply(dataset), file);
            DatasetException loaded = assertThrows(DatasetException.class, () -> new DatasetLoader().load(file));
            assertEquals(1, loaded.problems().size(), loaded.getMessage());
            assertEquals("events[" + index + "]." + breakage.getKey(), loaded.problems().get(0).path());
            assertEquals(loaded.problems().get(0).message(), problem.message());
        }
    }

    @Test
    void aNewEventMayNotTakeAnIdInUseButAnEditedOneKeepsItsOwn() throws Exception {
        Dataset dataset = new DatasetLoader().load(DatasetWriterTest.copyCanonical(dir));
        Event leak = dataset.event("leak").orElseThrow();
        EventCheck check = new EventCheck(dataset);
        List<Problem> problems = check.check(leak, null);
        assertEquals(1, problems.size());
        assertEquals("id", problems.get(0).path());
        assertTrue(problems.get(0).message().startsWith("duplicate event id 'leak'"), problems.get(0).message());
        assertEquals(List.of(), check.check(leak, leak));
    }

    @Test
    void aNewOrganizationIsCheckedByTheLoadersRulesAndMayNotTakeAnIdInUse() throws Exception {
        Path json = DatasetWriterTest.copyCanonical(dir);
        Dataset dataset = new DatasetLoader().load(json);
        EventCheck check = new EventCheck(dataset);
        org.aitimeline.model.Organization taken = dataset.organizations().get(0);
        assertEquals(List.of(), check.checkOrganization(new org.aitimeline.model.Organization("new-lab", "New Lab", "IT", List.of("NL"))));

        List<Problem> country = check.checkOrganization(new org.aitimeline.model.Organization("new-lab", "New Lab", "XX", List.of()));
        assertEquals(List.of("country"), country.stream().map(Problem::path).toList());
        // The same organization in a file: the loader says the same words.
        Path file = dir.resolve("org.json");
        new DatasetWriter().save(Edit.addOrganization(new org.aitimeline.model.Organization("new-lab", "New Lab", "XX", List.of()))
                .apply(dataset), file);
        DatasetException loaded = assertThrows(DatasetException.class, () -> new DatasetLoader().load(file));
        assertEquals(country.get(0).message(), loaded.problems().get(0).message());
        assertEquals("organizations[" + dataset.organizations().size() + "].country", loaded.problems().get(0).path());

        List<Problem> duplicate = check.checkOrganization(new org.aitimeline.model.Organization(taken.id(), "Other", "US", List.of()));
        assertEquals(List.of("id"), duplicate.stream().map(Problem::path).toList());
        assertTrue(duplicate.get(0).message().startsWith("duplicate organization id"), duplicate.get(0).message());
        assertEquals(List.of("name"), check.checkOrganization(new org.aitimeline.model.Organization("x-lab", "", "US", List.of()))
                .stream().map(Problem::path).toList());
    }

    @Test
    void aDateFieldIsCheckedInTheLoadersWords() {
        assertEquals(java.util.Optional.empty(), EventCheck.dateProblem("2023-03~"));
        String message = EventCheck.dateProblem("2023-13").orElseThrow();
        assertTrue(message.startsWith("impossible or malformed date: "), message);
    }
}
