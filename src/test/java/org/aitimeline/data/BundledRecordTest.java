package org.aitimeline.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aitimeline.model.Dataset;
import org.junit.jupiter.api.Test;

/** Both bundled datasets load by the names the File menu and the command line use. */
class BundledRecordTest {

    @Test
    void theRecordAndTheArticlesLoadByName() throws Exception {
        Dataset record = new DatasetLoader().loadBundled("notable-models");
        assertTrue(record.events().size() > 900, "the record has " + record.events().size() + " events");
        assertTrue(record.events().stream().allMatch(e -> e.passages().isEmpty()), "the record quotes no article");
        assertEquals(new DatasetLoader().loadBundled().events().size(), new DatasetLoader().loadBundled("timeline").events().size());
    }

    @Test
    void anUnknownNameIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new DatasetLoader().loadBundled("nope"));
        assertTrue(e.getMessage().contains("nope"), e.getMessage());
    }
}
