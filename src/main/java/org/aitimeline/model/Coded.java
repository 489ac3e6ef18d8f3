package org.aitimeline.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A value of a closed vocabulary that the dataset writes as a short id ({@code "open-weights"}, {@code "release"}). */
public interface Coded {

    /** The id used in the JSON dataset and on the command line. */
    String id();

    /** The constant of {@code type} whose id is {@code id}, if any. */
    static <E extends Enum<E> & Coded> Optional<E> fromId(Class<E> type, String id) {
        for (E e : type.getEnumConstants()) {
            if (e.id().equals(id)) return Optional.of(e);
        }
        return Optional.empty();
    }

    /** Every id of {@code type}, in declaration order (for messages that list the valid values). */
    static <E extends Enum<E> & Coded> List<String> ids(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::id).toList();
    }
}
