package org.aitimeline.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.aitimeline.model.Category;
import org.aitimeline.model.Event;
import org.aitimeline.model.EventKind;
import org.aitimeline.model.LocalizedText;
import org.aitimeline.model.PartialDate;
import org.aitimeline.model.Source;
import org.junit.jupiter.api.Test;

/** Date notes in the reader's language with evidence numbered as the list numbers it, and article credits. */
class LabelsTest {

    private static Event withNote(LocalizedText note) {
        return new Event("e", EventKind.EVENT, PartialDate.parse("2025"), note, LocalizedText.of("T"), LocalizedText.of("S"),
                Category.RELEASE, List.of(), List.of(), List.of(), List.of(), List.of(), null, "", List.of(), List.of());
    }

    @Test
    void evidenceReferencesInADateNoteReadAsTheListNumbersThem() {
        Event e = withNote(new LocalizedText("Released on 2 Sep 2008 (evidence 0); licence (evidence 1, 2).",
                "Pubblicato il 2 settembre 2008 (fonte 0); licenza (fonti 1 e 2)."));
        assertEquals("Released on 2 Sep 2008 (evidence [1]); licence (evidence [2], [3]).", Labels.of(Locale.ENGLISH).dateNote(e));
        assertEquals("Pubblicato il 2 settembre 2008 (fonte [1]); licenza (fonti [2] e [3]).", Labels.of(Locale.ITALIAN).dateNote(e));
    }

    @Test
    void aNoteWithoutReferencesOrInOneLanguageIsShownAsWritten() {
        Event e = withNote(LocalizedText.of("Dated by the record to 1991; 3 evidence files."));
        assertEquals("Dated by the record to 1991; 3 evidence files.", Labels.of(Locale.ITALIAN).dateNote(e));
    }

    @Test
    void aCreditNamesAuthorOutletDateAndAddressWhenKnown() {
        Source full = new Source("a", "a.txt", "Titolo", "it", PartialDate.parse("2023-10"), "", "ihal.it", "Fantasy",
                "https://ihal.it/x/", List.of(), "testo");
        assertEquals("Titolo — Fantasy, ihal.it (ott 2023) · https://ihal.it/x/", Labels.of(Locale.ITALIAN).credit(full));
        Source bare = new Source("b", "b.txt", "Title", "it", null, "", "text");
        assertEquals("Title", Labels.of(Locale.ENGLISH).credit(bare));
    }
}
