package org.aitimeline.model;

import java.util.List;
import java.util.Objects;

/**
 * Where an article is wrong, after schema.org ClaimReview: the article's own words ({@code claim}, a passage
 * resolved like any other), a verdict, what the record says, and the indexes of the event's evidence that show it.
 */
public record Correction(Passage claim, Verdict verdict, LocalizedText text, List<Integer> evidence) {

    public Correction {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(text, "text");
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
