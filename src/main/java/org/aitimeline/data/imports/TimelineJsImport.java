package org.aitimeline.data.imports;

/** Reads a Knight Lab TimelineJS3 story (its JSON, or its Google Sheet as CSV) as a dataset. */
public final class TimelineJsImport {

    /** What a slide's {@code group} becomes: an organization (one lane per group) or a category. */
    public enum GroupAs { ORGANIZATION, CATEGORY }

    private TimelineJsImport() {
    }
}
