package org.aitimeline.timeline;

import java.time.Instant;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.aitimeline.model.Event;

/**
 * A zoomable, pannable timeline of {@link Event}s in lanes, with an overview band; its JavaFX properties
 * are the whole public API (events, grouping, selection, visible range) and it fires
 * {@link TimelineEvent#EVENT_OPENED} when the user opens an event.
 */
public class TimelineView extends Control {

    public static final String DEFAULT_STYLE_CLASS = "timeline-view";

    private final ObservableList<Event> events = FXCollections.observableArrayList();

    public TimelineView() {
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        setFocusTraversable(true);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TimelineViewSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return TimelineView.class.getResource("timeline.css").toExternalForm();
    }

    /** The events shown; replace its contents (setAll) to show another set. */
    public ObservableList<Event> getEvents() {
        return events;
    }

    private final ObjectProperty<LaneGrouping> grouping = new SimpleObjectProperty<>(this, "grouping", LaneGrouping.ORGANIZATION);

    /** How events are split into lanes. */
    public final ObjectProperty<LaneGrouping> groupingProperty() { return grouping; }
    public final LaneGrouping getGrouping() { return grouping.get(); }
    public final void setGrouping(LaneGrouping value) { grouping.set(value); }

    private final ObjectProperty<LaneTitles> laneTitles = new SimpleObjectProperty<>(this, "laneTitles", LaneTitles.DEFAULT);

    /** Names shown in lane headers. */
    public final ObjectProperty<LaneTitles> laneTitlesProperty() { return laneTitles; }
    public final LaneTitles getLaneTitles() { return laneTitles.get(); }
    public final void setLaneTitles(LaneTitles value) { laneTitles.set(value); }

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale", Locale.getDefault());

    /** Language of event titles, lane names and axis labels. */
    public final ObjectProperty<Locale> localeProperty() { return locale; }
    public final Locale getLocale() { return locale.get(); }
    public final void setLocale(Locale value) { locale.set(value); }

    private final ObjectProperty<Event> selectedEvent = new SimpleObjectProperty<>(this, "selectedEvent");

    /** The selected event, or null. */
    public final ObjectProperty<Event> selectedEventProperty() { return selectedEvent; }
    public final Event getSelectedEvent() { return selectedEvent.get(); }
    public final void setSelectedEvent(Event value) { selectedEvent.set(value); }

    private final ObjectProperty<Instant> visibleStart = new SimpleObjectProperty<>(this, "visibleStart", Instant.parse("2023-01-01T00:00:00Z"));

    /** The instant at the left edge of the main view. */
    public final ObjectProperty<Instant> visibleStartProperty() { return visibleStart; }
    public final Instant getVisibleStart() { return visibleStart.get(); }
    public final void setVisibleStart(Instant value) { visibleStart.set(value); }

    private final ObjectProperty<Instant> visibleEnd = new SimpleObjectProperty<>(this, "visibleEnd", Instant.parse("2026-01-01T00:00:00Z"));

    /** The instant at the right edge of the main view. */
    public final ObjectProperty<Instant> visibleEndProperty() { return visibleEnd; }
    public final Instant getVisibleEnd() { return visibleEnd.get(); }
    public final void setVisibleEnd(Instant value) { visibleEnd.set(value); }

    private final ObjectProperty<EventHandler<TimelineEvent>> onEventOpened = new SimpleObjectProperty<>(this, "onEventOpened") {
        @Override
        protected void invalidated() {
            setEventHandler(TimelineEvent.EVENT_OPENED, get());
        }
    };

    /** Called when the user opens an event (double-click on its marker, or Enter). */
    public final ObjectProperty<EventHandler<TimelineEvent>> onEventOpenedProperty() { return onEventOpened; }
    public final EventHandler<TimelineEvent> getOnEventOpened() { return onEventOpened.get(); }
    public final void setOnEventOpened(EventHandler<TimelineEvent> value) { onEventOpened.set(value); }

    /** Zooms in around the centre of the view. */
    public void zoomIn() {
        zoomBy(0.5);
    }

    /** Zooms out around the centre of the view. */
    public void zoomOut() {
        zoomBy(2.0);
    }

    /** Shows the whole date range of the events with a small margin. */
    public void fitAll() {
        if (events.isEmpty()) return;
        long min = Long.MAX_VALUE, max = Long.MIN_VALUE;
        for (Event e : events) {
            min = Math.min(min, e.date().startEpochDay());
            max = Math.max(max, e.date().endEpochDay());
        }
        long margin = Math.max(15, (max - min) / 20);
        setVisibleRange(Instant.ofEpochSecond((min - margin) * 86400L), Instant.ofEpochSecond((max + margin) * 86400L));
    }

    /** Sets both ends of the visible range at once. */
    public void setVisibleRange(Instant start, Instant end) {
        if (!end.isAfter(start)) throw new IllegalArgumentException("end must be after start");
        visibleStart.set(start);
        visibleEnd.set(end);
    }

    private void zoomBy(double factor) {
        long s = getVisibleStart().getEpochSecond(), e = getVisibleEnd().getEpochSecond();
        long mid = (s + e) / 2, half = (long) ((e - s) / 2.0 * factor);
        setVisibleRange(Instant.ofEpochSecond(mid - half), Instant.ofEpochSecond(mid + half));
    }
}
