package org.aitimeline.timeline;

import javafx.event.EventType;
import org.aitimeline.model.Event;

/** A JavaFX event fired by {@link TimelineView} about one of its timeline events. */
public class TimelineEvent extends javafx.event.Event {

    public static final EventType<TimelineEvent> ANY = new EventType<>(javafx.event.Event.ANY, "TIMELINE");
    /** The user opened an event (double-click or Enter). */
    public static final EventType<TimelineEvent> EVENT_OPENED = new EventType<>(ANY, "TIMELINE_EVENT_OPENED");

    private final transient Event event;

    public TimelineEvent(EventType<TimelineEvent> type, Event event) {
        super(type);
        this.event = event;
    }

    public Event getEvent() {
        return event;
    }
}
