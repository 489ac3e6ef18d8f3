package org.aitimeline.model;

import java.util.Optional;

/** How a claim of an article compares with the public record (after schema.org ClaimReview's ratings). */
public enum Verdict implements Coded {
    /** The record contradicts the claim. */
    INCORRECT("incorrect"),
    /** True in its words, wrong in what a reader takes from it. */
    MISLEADING("misleading"),
    /** Roughly right but wrong in a detail (a date, a title). */
    IMPRECISE("imprecise"),
    /** The record neither confirms nor refutes it. */
    UNVERIFIED("unverified");

    private final String id;

    Verdict(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    public static Optional<Verdict> fromId(String id) {
        return Coded.fromId(Verdict.class, id);
    }
}
