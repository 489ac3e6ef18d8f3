package org.aitimeline.model;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A public record that supports what an event says beyond its articles: a model card, a release post, a
 * Federal Register rule. {@code published} is the record's own date; {@code supports} says what it is cited for.
 */
public record Evidence(String title, String publisher, String url, PartialDate published, Set<Support> supports) {

    /** What a piece of evidence is cited for. */
    public enum Support implements Coded {
        /** The event's date. */
        DATE("date"),
        /** A fact in the summary or a correction. */
        FACT("fact"),
        /** The release's access and licence. */
        OPENNESS("openness");

        private final String id;

        Support(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        public static Optional<Support> fromId(String id) {
            return Coded.fromId(Support.class, id);
        }
    }

    public Evidence {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
        publisher = publisher == null ? "" : publisher;
        supports = supports == null || supports.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(supports));
    }
}
