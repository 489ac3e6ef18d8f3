package org.aitimeline.timeline;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.aitimeline.model.Event;

/**
 * A zoomable, pannable timeline of {@link Event}s in lanes, with an overview band; its JavaFX properties
 * are the whole public API (events, grouping, selection, visible range) and it fires
 * {@link TimelineEvent#EVENT_OPENED} when the user opens an event.
 *
 * <p>The visible range is clamped here, not in the skin: between {@link #MIN_SPAN_DAYS} and
 * {@link #MAX_SPAN_DAYS} across the view, and never panned further than a margin beyond the data.
 */
public class TimelineView extends Control {

    public static final String DEFAULT_STYLE_CLASS = "timeline-view";
    /** Narrowest zoom: about one day across the view. */
    public static final double MIN_SPAN_DAYS = 1;
    /** Widest zoom: fifty years across the view. */
    public static final double MAX_SPAN_DAYS = 50 * 365.25;
    private static final long SECONDS_PER_DAY = 86_400L;

    private final ObservableList<Event> events = FXCollections.observableArrayList();
    private double dataMin = Double.NaN;
    private double dataMax = Double.NaN;

    public TimelineView() {
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        setFocusTraversable(true);
        events.addListener((ListChangeListener<Event>) c -> updateExtent());
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

    private final StringProperty emptyText = new SimpleStringProperty(this, "emptyText", "No events match the current filters");

    /** The message shown when there are no events. */
    public final StringProperty emptyTextProperty() { return emptyText; }
    public final String getEmptyText() { return emptyText.get(); }
    public final void setEmptyText(String value) { emptyText.set(value); }

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
        if (Double.isNaN(dataMin)) return;
        double margin = Math.max(15, (dataMax - dataMin) / 25);
        setVisibleDays(dataMin - margin, dataMax + margin);
    }

    /** Sets both ends of the visible range at once (clamped to the zoom limits and the pan margin). */
    public void setVisibleRange(Instant start, Instant end) {
        setVisibleDays(toDay(start), toDay(end));
    }

    /** Shows from the first day of one month to the first day of another (a convenience for callers and tests). */
    public void setRange(int fromYear, int fromMonth, int toYear, int toMonth) {
        setVisibleDays(java.time.LocalDate.of(fromYear, fromMonth, 1).toEpochDay(),
                java.time.LocalDate.of(toYear, toMonth, 1).toEpochDay());
    }

    /** Moves the selection to the next ({@code +1}) or previous ({@code -1}) event in time and reveals it. */
    public void selectAdjacent(int direction) {
        List<Event> list = events;
        if (list.isEmpty()) return;
        Event current = getSelectedEvent();
        int index = current == null ? -1 : indexOf(current);
        int next;
        if (index < 0) {
            // Nothing selected: start from the view, in the direction asked.
            double from = direction > 0 ? toDay(getVisibleStart()) : toDay(getVisibleEnd());
            next = direction > 0 ? list.size() - 1 : 0;
            for (int i = 0; i < list.size(); i++) {
                int k = direction > 0 ? i : list.size() - 1 - i;
                double s = list.get(k).date().startEpochDay();
                if (direction > 0 ? s >= from : s <= from) {
                    next = k;
                    break;
                }
            }
        } else {
            next = Math.max(0, Math.min(list.size() - 1, index + direction));
        }
        setSelectedEvent(list.get(next));
        reveal(list.get(next));
    }

    /** Pans (without zooming) so the event is in view, if it is not already. */
    public void reveal(Event e) {
        double s = e.date().startEpochDay();
        double end = e.date().endEpochDay();
        double vs = toDay(getVisibleStart());
        double ve = toDay(getVisibleEnd());
        double span = ve - vs;
        if (s >= vs + span * 0.02 && Math.min(end, s + span * 0.3) <= ve - span * 0.02) return;
        double centre = (s + Math.min(end, s + span / 2)) / 2;
        setVisibleDays(centre - span / 2, centre + span / 2);
    }

    private int indexOf(Event e) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) == e) return i;
        }
        return events.indexOf(e);
    }

    /** Sets the visible range in epoch days, clamped. Package-private: the skin works in days. */
    void setVisibleDays(double start, double end) {
        double span = Math.max(MIN_SPAN_DAYS, Math.min(MAX_SPAN_DAYS, end - start));
        double centre = (start + end) / 2;
        double s = centre - span / 2;
        if (!Double.isNaN(dataMin)) {
            double margin = Math.max(60, (dataMax - dataMin) * 0.1);
            double lo = dataMin - margin;
            double hi = dataMax + margin;
            if (span >= hi - lo) {
                s = (lo + hi) / 2 - span / 2;
            } else {
                s = Math.max(lo, Math.min(hi - span, s));
            }
        }
        visibleStart.set(toInstant(s));
        visibleEnd.set(toInstant(s + span));
    }

    double visibleStartDay() {
        return toDay(getVisibleStart());
    }

    double visibleEndDay() {
        return toDay(getVisibleEnd());
    }

    /** First day of the earliest event, NaN without events. */
    double dataMinDay() {
        return dataMin;
    }

    /** Day after the end of the latest event, NaN without events. */
    double dataMaxDay() {
        return dataMax;
    }

    private void zoomBy(double factor) {
        double s = visibleStartDay();
        double e = visibleEndDay();
        double mid = (s + e) / 2;
        double half = (e - s) / 2 * factor;
        setVisibleDays(mid - half, mid + half);
    }

    private void updateExtent() {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Event e : events) {
            min = Math.min(min, e.date().startEpochDay());
            max = Math.max(max, e.date().endEpochDay());
        }
        dataMin = events.isEmpty() ? Double.NaN : min;
        dataMax = events.isEmpty() ? Double.NaN : max;
    }

    static double toDay(Instant i) {
        return i.getEpochSecond() / (double) SECONDS_PER_DAY + i.getNano() / 1e9 / SECONDS_PER_DAY;
    }

    static Instant toInstant(double day) {
        double seconds = day * SECONDS_PER_DAY;
        long whole = (long) Math.floor(seconds);
        return Instant.ofEpochSecond(whole, (long) ((seconds - whole) * 1e9));
    }
}
