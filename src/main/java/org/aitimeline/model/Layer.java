package org.aitimeline.model;

import java.util.Objects;

/**
 * One dataset shown over others: its name (the dataset's title unless given), the dataset and how its events are
 * drawn. The public record is muted under the articles' events, which stay prominent.
 */
public record Layer(String name, Dataset dataset, Prominence prominence) {

    /** How a layer's events are drawn among the others'. */
    public enum Prominence { PROMINENT, MUTED }

    public Layer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(prominence, "prominence");
    }

    /**
     * A layer named after its dataset: muted when every event is sourced by the public record alone (no passage of
     * an article), prominent when its events quote articles.
     */
    public static Layer of(Dataset dataset) {
        boolean record = !dataset.events().isEmpty() && dataset.events().stream().allMatch(e -> e.passages().isEmpty());
        return new Layer(dataset.title().en(), dataset, record ? Prominence.MUTED : Prominence.PROMINENT);
    }
}
