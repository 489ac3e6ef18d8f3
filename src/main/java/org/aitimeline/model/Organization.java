package org.aitimeline.model;

import java.util.List;
import java.util.Objects;

/** A company, lab or institution that events are about; {@code country} is ISO 3166-1 alpha-2. */
public record Organization(String id, String name, String country, List<String> aliases) {

    public Organization {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
