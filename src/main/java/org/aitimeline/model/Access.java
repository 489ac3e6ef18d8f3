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

    Access(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    public static Optional<Access> fromId(String id) {
        return Coded.fromId(Access.class, id);
    }
}
