package org.aitimeline.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One change an author makes, as a function from the dataset before to the dataset after, with what it is called
 * in an Undo menu ("Edit ‘DeepSeek releases R1’"). Records are immutable, so undo needs no inverse: the history
 * keeps the values, and {@link ChunkedList} makes each new value share all but one chunk of the events.
 *
 * <p>Edits do not validate: the caller checks an event first with the loader's own rules
 * ({@code org.aitimeline.data.EventCheck}); an edit only keeps the events in the loader's order.
 *
 * @param subject the event's (or organization's) English title or name, quoted in the edit's name
 * @param removed the event the edit takes out (the old version of an edited one), or null
 * @param added the event the edit puts in (the new version of an edited one), or null; a view updates its list
 *              and counts by these two (swapped for an undo) instead of recounting every event
 */
public record Edit(Action action, String subject, Event removed, Event added, UnaryOperator<Dataset> change) {

    /** What an edit does; {@link #pattern} is its English name, {@code {0}} standing for the subject. */
    public enum Action {
        ADD_EVENT("Add ‘{0}’"),
        EDIT_EVENT("Edit ‘{0}’"),
        DELETE_EVENT("Delete ‘{0}’"),
        DUPLICATE_EVENT("Duplicate ‘{0}’"),
        ADD_PASSAGE("Add a passage to ‘{0}’"),
        ADD_CORRECTION("Add a correction to ‘{0}’"),
        ADD_ORGANIZATION("Add the organization ‘{0}’");

        private final String pattern;

        Action(String pattern) {
            this.pattern = pattern;
        }

        /** The English name with {@code {0}} for the subject; the window takes its words from its bundles. */
        public String pattern() {
            return pattern;
        }

        /** The key of this action's name in the message bundles ({@code edit.action.add-event}). */
        public String messageKey() {
            return "edit.action." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** The loader's order of events: by date, then by id. */
    public static final Comparator<Event> ORDER = Comparator.comparingInt((Event e) -> e.date().order())
            .thenComparing(Event::id);

    public Edit {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(change, "change");
    }

    /** The dataset after this edit. */
    public Dataset apply(Dataset before) {
        return change.apply(before);
    }

    /** The edit's English name, e.g. "Edit ‘DeepSeek releases R1’". */
    public String name() {
        return action.pattern().replace("{0}", subject);
    }

    public static Edit addEvent(Event event) {
        return new Edit(Action.ADD_EVENT, event.title().en(), null, event, d -> withEvents(d, insert(events(d), event)));
    }

    /** Replaces {@code old} (found by its id and date) with {@code updated}, which may have another date or id. */
    public static Edit replaceEvent(Event old, Event updated) {
        return new Edit(Action.EDIT_EVENT, updated.title().en(), old, updated,
                d -> withEvents(d, replace(events(d), old, updated)));
    }

    public static Edit deleteEvent(Event event) {
        return new Edit(Action.DELETE_EVENT, event.title().en(), event, null, d -> {
            ChunkedList<Event> events = events(d);
            return withEvents(d, events.removed(indexOf(events, event)));
        });
    }

    /** Adds a copy of {@code event} under {@code newId} (see {@link #freeId}). */
    public static Edit duplicateEvent(Event event, String newId) {
        Event copy = new Event(newId, event.kind(), event.date(), event.dateNote(), event.title(), event.summary(),
                event.category(), event.organizations(), event.countries(), event.models(), event.aliases(),
                event.passages(), event.access(), event.licence(), event.evidence(), event.corrections());
        return new Edit(Action.DUPLICATE_EVENT, event.title().en(), null, copy, d -> withEvents(d, insert(events(d), copy)));
    }

    /** Adds a passage (already located in its article) to an event. */
    public static Edit addPassage(Event event, Passage passage) {
        List<Passage> passages = new ArrayList<>(event.passages());
        passages.add(passage);
        Event updated = new Event(event.id(), event.kind(), event.date(), event.dateNote(), event.title(),
                event.summary(), event.category(), event.organizations(), event.countries(), event.models(),
                event.aliases(), passages, event.access(), event.licence(), event.evidence(), event.corrections());
        return new Edit(Action.ADD_PASSAGE, event.title().en(), event, updated,
                d -> withEvents(d, replace(events(d), event, updated)));
    }

    /** Adds a correction to an event (its evidence indexes must point at the event's evidence). */
    public static Edit addCorrection(Event event, Correction correction) {
        List<Correction> corrections = new ArrayList<>(event.corrections());
        corrections.add(correction);
        Event updated = new Event(event.id(), event.kind(), event.date(), event.dateNote(), event.title(),
                event.summary(), event.category(), event.organizations(), event.countries(), event.models(),
                event.aliases(), event.passages(), event.access(), event.licence(), event.evidence(), corrections);
        return new Edit(Action.ADD_CORRECTION, event.title().en(), event, updated,
                d -> withEvents(d, replace(events(d), event, updated)));
    }

    public static Edit addOrganization(Organization organization) {
        return new Edit(Action.ADD_ORGANIZATION, organization.name(), null, null, d -> {
            List<Organization> organizations = new ArrayList<>(d.organizations());
            organizations.add(organization);
            return new Dataset(d.title(), d.origin(), d.sources(), organizations, d.events(), d.licence(), d.attribution());
        });
    }

    /**
     * This edit with {@code organizations} added to the dataset first, as one step of the history (an event and
     * the organizations created for it in its form are undone together); its name and events stay this edit's.
     */
    public Edit withOrganizations(List<Organization> organizations) {
        if (organizations.isEmpty()) return this;
        List<Organization> added = List.copyOf(organizations);
        return new Edit(action, subject, removed, this.added, d -> {
            List<Organization> all = new ArrayList<>(d.organizations());
            all.addAll(added);
            return change.apply(new Dataset(d.title(), d.origin(), d.sources(), all, d.events(), d.licence(),
                    d.attribution()));
        });
    }

    /** {@code base}, or {@code base-2}, {@code base-3}, … : the first id no event of {@code dataset} has. */
    public static String freeId(Dataset dataset, String base) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Event e : dataset.events()) if (e.id().startsWith(base)) ids.add(e.id());
        if (!ids.contains(base)) return base;
        for (int n = 2; ; n++) {
            if (!ids.contains(base + "-" + n)) return base + "-" + n;
        }
    }

    private static ChunkedList<Event> events(Dataset d) {
        return ChunkedList.copyOf(d.events());
    }

    private static Dataset withEvents(Dataset d, ChunkedList<Event> events) {
        return new Dataset(d.title(), d.origin(), d.sources(), d.organizations(), events, d.licence(), d.attribution());
    }

    /** Where {@code event} stands (by the loader's order); its date and id must be those it is stored with. */
    static int indexOf(List<Event> events, Event event) {
        int lo = 0;
        int hi = events.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = ORDER.compare(events.get(mid), event);
            if (c < 0) lo = mid + 1;
            else if (c > 0) hi = mid - 1;
            else return mid;
        }
        // A list built elsewhere than the loader may order equal dates otherwise: look for the id itself.
        for (int i = 0; i < events.size(); i++) if (events.get(i).id().equals(event.id())) return i;
        throw new IllegalArgumentException("the event " + event.id() + " is not in the dataset");
    }

    /** Where {@code event} would be inserted to keep the loader's order (after any equal one). */
    static int insertionPoint(List<Event> events, Event event) {
        int lo = 0;
        int hi = events.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ORDER.compare(events.get(mid), event) <= 0) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private static ChunkedList<Event> insert(ChunkedList<Event> events, Event event) {
        return events.inserted(insertionPoint(events, event), event);
    }

    private static ChunkedList<Event> replace(ChunkedList<Event> events, Event old, Event updated) {
        int i = indexOf(events, old);
        if (ORDER.compare(old, updated) == 0) return events.with(i, updated);
        ChunkedList<Event> without = events.removed(i);
        return insert(without, updated);
    }
}
