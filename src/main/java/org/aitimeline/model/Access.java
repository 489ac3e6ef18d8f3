package org.aitimeline.model;

import java.util.Optional;

/** How openly a release was made available: the openness facet, from fully open source to merely announced. */
public enum Access implements Coded {
    /** Weights and code under an OSI-approved licence. */
    OPEN_SOURCE("open-source"),
    /** Weights downloadable under another licence (a community licence with restrictions, say). */
    OPEN_WEIGHTS("open-weights"),
    /** Weights given on request (researchers only, say). */
    GATED("gated"),
    /** Usable only through an API or an app. */
    API_ONLY("api-only"),
    /** Not available to the public. */
    CLOSED("closed"),
    /** Announced, not yet released. */
    ANNOUNCED("announced");

    private final String id;
    private final java.util.List<String> keys;

    Access(String id) {
        this.id = id;
        this.keys = java.util.List.of(id);
    }

    /** {@code [id]}, made once: the value's key in its {@link Facet}. */
    public java.util.List<String> keys() {
        return keys;
    }

    @Override
    public String id() {
        return id;
    }

    public static Optional<Access> fromId(String id) {
        return Coded.fromId(Access.class, id);
    }
}
