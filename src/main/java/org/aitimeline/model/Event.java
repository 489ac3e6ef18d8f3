package org.aitimeline.model;

import java.util.List;
import java.util.Objects;

/**
 * One datable happening (or, with {@link EventKind#COMMENTARY}, an article's undated analysis; with
 * {@link EventKind#CONTEXT}, history an article compares with), with the passages of the articles it is taken from,
 * the public record cited beyond them and the corrections of the articles.
 *
 * @param dateNote how the date was resolved, in English and Italian (a plain-string note is the same in both)
 * @param aliases other spellings of its models or names (as garbled in the articles), for search
 * @param access how openly a release was made available; null for events that are not releases
 * @param licence the release's licence (an SPDX id where one exists); empty when none applies
 */
public record Event(String id, EventKind kind, PartialDate date, LocalizedText dateNote, LocalizedText title,
                    LocalizedText summary, Category category, List<String> organizations, List<String> countries,
                    List<String> models, List<String> aliases, List<Passage> passages, Access access, String licence,
                    List<Evidence> evidence, List<Correction> corrections) {

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(category, "category");
        kind = kind == null ? EventKind.EVENT : kind;
        dateNote = dateNote == null ? LocalizedText.EMPTY : dateNote;
        licence = licence == null ? "" : licence;
        organizations = organizations == null ? List.of() : List.copyOf(organizations);
        countries = countries == null ? List.of() : List.copyOf(countries);
        models = models == null ? List.of() : List.copyOf(models);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        passages = passages == null ? List.of() : List.copyOf(passages);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        corrections = corrections == null ? List.of() : List.copyOf(corrections);
    }

    /** An event whose date note is one plain (English) text. */
    public Event(String id, EventKind kind, PartialDate date, String dateNote, LocalizedText title,
                 LocalizedText summary, Category category, List<String> organizations, List<String> countries,
                 List<String> models, List<String> aliases, List<Passage> passages, Access access, String licence,
                 List<Evidence> evidence, List<Correction> corrections) {
        this(id, kind, date, LocalizedText.of(dateNote), title, summary, category, organizations, countries, models,
                aliases, passages, access, licence, evidence, corrections);
    }

    /** A plain event (schema version 1's fields): a happening with no access, evidence or corrections. */
    public Event(String id, PartialDate date, String dateNote, LocalizedText title, LocalizedText summary,
                 Category category, List<String> organizations, List<String> countries, List<String> models,
                 List<String> aliases, List<Passage> passages) {
        this(id, EventKind.EVENT, date, LocalizedText.of(dateNote), title, summary, category, organizations, countries, models, aliases,
                passages, null, "", List.of(), List.of());
    }

    public boolean isCommentary() {
        return kind == EventKind.COMMENTARY;
    }

    public boolean isContext() {
        return kind == EventKind.CONTEXT;
    }

    /** True for a happening of the story: neither commentary nor context. */
    public boolean isHappening() {
        return kind == EventKind.EVENT;
    }

    public boolean isCorrected() {
        return !corrections.isEmpty();
    }

    /**
     * Backed by neither an article passage nor evidence that supports its fact. A dataset file cannot hold such an
     * event (the loader refuses it); an import can (a TimelineJS slide without a link), and the details pane says so.
     */
    public boolean isUnsourced() {
        return passages.isEmpty() && evidence.stream().noneMatch(e -> e.supports().contains(Evidence.Support.FACT));
    }
}
