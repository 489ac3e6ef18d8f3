package org.aitimeline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EditHistoryTest {

    static Event event(String id, String date, String title) {
        return new Event(id, PartialDate.parse(date), "", new LocalizedText(title, title + " (it)"),
                new LocalizedText("s", "s"), Category.CORPORATE, List.of("meta"), List.of("US"), List.of(), List.of(),
                List.of(new Passage("a", "x", "", "", 0, 1)));
    }

    static Dataset dataset(Event... events) {
        List<Event> sorted = new ArrayList<>(List.of(events));
        sorted.sort(Edit.ORDER);
        return new Dataset("T", "", List.of(), List.of(new Organization("meta", "Meta", "US", List.of())), sorted);
    }

    static List<String> ids(Dataset d) {
        return d.events().stream().map(Event::id).toList();
    }

    private final Event r1 = event("r1", "2025-01-20", "DeepSeek releases R1");
    private final Event v3 = event("v3", "2024-12", "DeepSeek releases V3");
    private final Event qwen = event("qwen", "2023", "Alibaba releases Qwen");

    @Test
    void eachEditKeepsTheLoadersOrderByDateThenId() {
        Dataset d = dataset(r1, v3, qwen);
        assertEquals(List.of("qwen", "v3", "r1"), ids(d));
        Event early = event("early", "2020-05", "Early");
        d = Edit.addEvent(early).apply(d);
        assertEquals(List.of("early", "qwen", "v3", "r1"), ids(d));
        Event moved = event("r1", "2019", "DeepSeek releases R1");
        d = Edit.replaceEvent(r1, moved).apply(d);
        assertEquals(List.of("r1", "early", "qwen", "v3"), ids(d));
        d = Edit.duplicateEvent(v3, Edit.freeId(d, "v3")).apply(d);
        assertEquals(List.of("r1", "early", "qwen", "v3", "v3-2"), ids(d));
        assertEquals("v3-3", Edit.freeId(d, "v3"));
        d = Edit.deleteEvent(early).apply(d);
        assertEquals(List.of("r1", "qwen", "v3", "v3-2"), ids(d));
        // Same date: by id, as the loader sorts them.
        d = Edit.addEvent(event("a-first", "2024-12", "A")).apply(d);
        assertEquals(List.of("r1", "qwen", "a-first", "v3", "v3-2"), ids(d));
    }

    @Test
    void aPassageACorrectionAndAnOrganizationAreAdded() {
        Dataset d = dataset(r1, v3);
        Passage p = new Passage("a", "y", "", "", 1, 2);
        d = Edit.addPassage(r1, p).apply(d);
        Event withPassage = d.event("r1").orElseThrow();
        assertEquals(List.of(r1.passages().get(0), p), withPassage.passages());
        Correction c = new Correction(p, Verdict.values()[0], new LocalizedText("en", "it"), List.of());
        d = Edit.addCorrection(withPassage, c).apply(d);
        assertEquals(List.of(c), d.event("r1").orElseThrow().corrections());
        d = Edit.addOrganization(new Organization("deepseek", "DeepSeek", "CN", List.of())).apply(d);
        assertEquals(List.of("meta", "deepseek"), d.organizations().stream().map(Organization::id).toList());
        assertEquals(2, d.events().size());
    }

    @Test
    void anEventAndTheOrganizationsMadeForItAreOneStepThatKeepsTheDatasetsTerms() {
        Dataset d = dataset(r1).withTerms("CC-BY-4.0", "The authors");
        Organization mistral = new Organization("mistral", "Mistral AI", "FR", List.of("Mistral"));
        Event release = event("le-chat", "2024-02", "Mistral launches Le Chat");
        EditHistory history = new EditHistory(d);
        Dataset after = history.apply(Edit.addEvent(release).withOrganizations(List.of(mistral)));
        assertEquals(List.of("meta", "mistral"), after.organizations().stream().map(Organization::id).toList());
        assertEquals(List.of("r1", "le-chat"), ids(after).stream().sorted(java.util.Comparator.reverseOrder()).toList());
        assertEquals("Add ‘Mistral launches Le Chat’", history.nextUndo().orElseThrow().name());
        assertEquals("CC-BY-4.0", after.licence());
        assertEquals("The authors", after.attribution());
        assertEquals("The authors", Edit.addOrganization(mistral).apply(d).attribution());
        assertSame(d, history.undo());
    }

    @Test
    void undoAndRedoWalkBackAndForthWithTheEditsNames() {
        Dataset start = dataset(r1, v3);
        EditHistory history = new EditHistory(start);
        assertFalse(history.canUndo());
        assertFalse(history.hasUnsavedChanges());
        Event renamed = event("r1", "2025-01-20", "DeepSeek publishes R1");
        Dataset edited = history.apply(Edit.replaceEvent(r1, renamed));
        Dataset deleted = history.apply(Edit.deleteEvent(v3));
        assertEquals("Delete ‘DeepSeek releases V3’", history.nextUndo().orElseThrow().name());
        assertTrue(history.hasUnsavedChanges());

        assertSame(edited, history.undo());
        assertEquals("Edit ‘DeepSeek publishes R1’", history.nextUndo().orElseThrow().name());
        assertEquals("Delete ‘DeepSeek releases V3’", history.nextRedo().orElseThrow().name());
        assertSame(start, history.undo());
        assertFalse(history.hasUnsavedChanges(), "back at the loaded dataset");
        assertThrows(IllegalStateException.class, history::undo);
        assertSame(edited, history.redo());
        assertSame(deleted, history.redo());
        assertFalse(history.canRedo());

        history.markSaved();
        assertFalse(history.hasUnsavedChanges());
        history.undo();
        assertTrue(history.hasUnsavedChanges());
        // A new edit after an undo drops the redo steps.
        history.apply(Edit.addEvent(qwen));
        assertFalse(history.canRedo());
        assertEquals(List.of("qwen", "v3", "r1"), ids(history.current()));
    }

    @Test
    void aThousandRandomEditsUndoneOneByOneGiveBackEveryEarlierDataset() {
        SplittableRandom random = new SplittableRandom(7);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 300; i++) events.add(event("e" + i, (2000 + random.nextInt(25)) + "", "Event " + i));
        EditHistory history = new EditHistory(dataset(events.toArray(Event[]::new)));
        List<List<Event>> seen = new ArrayList<>();
        for (int step = 0; step < 1_000; step++) {
            seen.add(List.copyOf(history.current().events()));
            List<Event> now = history.current().events();
            Event target = now.get(random.nextInt(now.size()));
            int op = random.nextInt(3);
            if (op == 0) history.apply(Edit.addEvent(event("n" + step, (2000 + random.nextInt(25)) + "-0" + (1 + random.nextInt(9)), "New")));
            else if (op == 1 && now.size() > 1) history.apply(Edit.deleteEvent(target));
            else history.apply(Edit.replaceEvent(target, event(target.id(), (1990 + random.nextInt(40)) + "", "Moved")));
            List<Event> after = history.current().events();
            List<Event> sorted = new ArrayList<>(after);
            sorted.sort(Edit.ORDER);
            assertEquals(sorted, after, "step " + step + " keeps the order");
        }
        for (int step = seen.size() - 1; step >= 0; step--) {
            history.undo();
            assertEquals(seen.get(step), history.current().events(), "undo to step " + step);
        }
    }

    @Test
    void everyActionIsNamedInBothLanguagesWithItsSubject() {
        for (String language : List.of("en", "it")) {
            var bundle = java.util.ResourceBundle.getBundle("org.aitimeline.text.messages", java.util.Locale.forLanguageTag(language));
            for (Edit.Action a : Edit.Action.values()) {
                String name = java.text.MessageFormat.format(bundle.getString(a.messageKey()), "R1");
                assertTrue(name.contains("‘R1’"), language + " " + a + ": " + name);
            }
        }
        assertEquals("Add the organization ‘DeepSeek’",
                Edit.addOrganization(new Organization("deepseek", "DeepSeek", "CN", List.of())).name());
    }
}
