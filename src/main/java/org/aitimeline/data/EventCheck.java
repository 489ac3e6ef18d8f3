package org.aitimeline.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.aitimeline.data.DatasetLoader.CrossCheck;
import org.aitimeline.data.DatasetParser.CorrectionDraft;
import org.aitimeline.data.DatasetParser.Draft;
import org.aitimeline.data.DatasetParser.EventDraft;
import org.aitimeline.data.DatasetParser.PassageDraft;
import org.aitimeline.model.Dataset;
import org.aitimeline.model.Event;
import org.aitimeline.model.Organization;
import org.aitimeline.model.PartialDate;

/**
 * Checks one event an author has written against a loaded dataset by the loader's own rules, not a copy of them:
 * the event is written as the file would hold it and read back through the same parser and cross-check, so a form
 * shows exactly the messages a file with that event would get. Each problem's {@link Problem#path} is relative to
 * the event ({@code title.en}, {@code passages[0].exact}, {@code licence}) so the form can show it at its field;
 * lines are 0 (the event has no file yet).
 *
 * <p>One check serves one dataset value; the articles' passage locators are built on first use and kept, and
 * passed on by {@link #in} to the check of the next value while the sources stay the same (edits of events).
 */
public final class EventCheck {

    private final Dataset context;
    private final Map<String, PassageLocator> locators;

    public EventCheck(Dataset context) {
        this(context, new ConcurrentHashMap<>());
    }

    private EventCheck(Dataset context, Map<String, PassageLocator> locators) {
        this.context = context;
        this.locators = locators;
    }

    /** The check for a later value of the dataset; its articles' locators are kept when its sources are the same. */
    public EventCheck in(Dataset later) {
        return new EventCheck(later, later.sources() == context.sources() ? locators : new ConcurrentHashMap<>());
    }

    /**
     * Every problem of {@code event} in the dataset, or none. {@code replacing} is the event it replaces (whose id
     * it may keep), or null for a new event.
     */
    public List<Problem> check(Event event, Event replacing) {
        String file = context.origin();
        Draft draft = DatasetParser.parseEvent(file, DatasetWriter.eventBytes(event));
        List<Problem> problems = new ArrayList<>(draft.problems());
        if (!draft.events().isEmpty()) {
            EventDraft d = draft.events().get(0);
            Set<String> cited = new HashSet<>();
            for (PassageDraft p : d.passages) cited.add(p.source().value());
            for (CorrectionDraft c : d.corrections) cited.add(c.claim().source().value());
            new CrossCheck(file, context, cited, locators).event(d, problems);
        }
        boolean sameId = replacing != null && replacing.id().equals(event.id());
        if (!sameId) {
            context.event(event.id()).ifPresent(other -> problems.add(new Problem(file, "id", 0, "duplicate event id "
                    + ProblemText.id(event.id()) + " (already the id of " + ProblemText.quote(other.title().en()) + ")")));
        }
        return problems.stream().map(p -> new Problem(p.file(), p.path(), 0, p.message())).toList();
    }

    /**
     * Every problem of a new {@code organization} in the dataset, or none: its fields by the loader's rules (paths
     * {@code id}, {@code name}, {@code country}, {@code aliases[0]}), and an id no organization has yet.
     */
    public List<Problem> checkOrganization(Organization organization) {
        String file = context.origin();
        List<Problem> problems = new ArrayList<>(
                DatasetParser.parseOrganization(file, DatasetWriter.organizationBytes(organization)).problems());
        for (Organization other : context.organizations()) {
            if (other.id().equals(organization.id())) {
                problems.add(new Problem(file, "id", 0, "duplicate organization id " + ProblemText.id(organization.id())
                        + " (already the id of " + ProblemText.quote(other.name()) + ")"));
            }
        }
        return problems.stream().map(p -> new Problem(p.file(), p.path(), 0, p.message())).toList();
    }

    /** The problems at one field (a path, or a path's start such as {@code passages[0]}). */
    public static List<Problem> at(List<Problem> problems, String path) {
        return problems.stream().filter(p -> p.path().equals(path) || p.path().startsWith(path + ".")
                || p.path().startsWith(path + "[")).toList();
    }

    /** Why a date field's text is not a date, in the loader's words, or empty when it is one. */
    public static Optional<String> dateProblem(String text) {
        try {
            PartialDate.parse(text);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(JsonCursor.malformedDate(e));
        }
    }
}
