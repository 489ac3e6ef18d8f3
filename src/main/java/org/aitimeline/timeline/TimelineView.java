package org.aitimeline.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.event.EventHandler;
import javafx.geometry.Point2D;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.aitimeline.model.Event;
import org.aitimeline.model.PartialDate;

/**
 * A zoomable, pannable timeline of {@link Event}s in lanes, with an overview band; its JavaFX properties are the
 * whole public API (events, grouping, lane order and styles, selection, visible range) and it fires
 * {@link TimelineEvent#EVENT_OPENED} when the user opens an event.
 *
 * <p>The visible range is read-only; {@link #setVisibleRange} is its one setter and clamps it: between
 * {@link #MIN_SPAN_DAYS} and {@link #MAX_SPAN_DAYS} across the view, and never panned further than a margin beyond
 * the data. When the events change so that none is in view, the view fits them; when some are out of view, the
 * view stays and a hint offers to fit them ({@link #eventsOutsideViewProperty()}).
 */
public class TimelineView extends Control {

    public static final String DEFAULT_STYLE_CLASS = "timeline-view";
    /** Narrowest zoom: about one day across the view. */
    public static final double MIN_SPAN_DAYS = 1;
    /** Widest zoom: fifty years across the view. */
    public static final double MAX_SPAN_DAYS = 50 * 365.25;
    /** Rows a lane may open in the window before nearby events merge into clusters. */
    public static final int DEFAULT_MAX_ROWS = 8;

    private final ObservableList<Event> events = FXCollections.observableArrayList();
    private double dataMin = Double.NaN;
    private double dataMax = Double.NaN;
    // Every event's first day and the day after its last, each sorted: the events outside a range are then
    // counted with two binary searches, so panning a large dataset does not walk all of it.
    private double[] sortedStarts = new double[0];
    private double[] sortedEnds = new double[0];

    /** A fit asked for before the control had a width, done again once it has one (titles need room). */
    private Runnable pendingFit;

    public TimelineView() {
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        setFocusTraversable(true);
        events.addListener((ListChangeListener<Event>) c -> eventsChanged());
        widthProperty().addListener((o, was, now) -> {
            if (pendingFit != null && now.doubleValue() > 0) {
                Runnable fit = pendingFit;
                pendingFit = null;
                fit.run();
            }
        });
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

    private final ObjectProperty<LaneOrder> laneOrder = new SimpleObjectProperty<>(this, "laneOrder", LaneOrder.FIRST_EVENT);

    /** The order of lanes from top to bottom. */
    public final ObjectProperty<LaneOrder> laneOrderProperty() { return laneOrder; }
    public final LaneOrder getLaneOrder() { return laneOrder.get(); }
    public final void setLaneOrder(LaneOrder value) { laneOrder.set(value); }

    private final ObjectProperty<LaneTitles> laneTitles = new SimpleObjectProperty<>(this, "laneTitles", LaneTitles.DEFAULT);

    /** Names shown in lane headers. */
    public final ObjectProperty<LaneTitles> laneTitlesProperty() { return laneTitles; }
    public final LaneTitles getLaneTitles() { return laneTitles.get(); }
    public final void setLaneTitles(LaneTitles value) { laneTitles.set(value); }

    private final ObjectProperty<LanePalette> lanePalette = new SimpleObjectProperty<>(this, "lanePalette");

    /**
     * Lane colours and shapes; null to assign them over the lanes shown. Set it from the whole dataset
     * ({@link LaneLayout#paletteFor}) so that a lane keeps its colour while filters hide others.
     */
    public final ObjectProperty<LanePalette> lanePaletteProperty() { return lanePalette; }
    public final LanePalette getLanePalette() { return lanePalette.get(); }
    public final void setLanePalette(LanePalette value) { lanePalette.set(value); }

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale", Locale.getDefault());

    /** Language of event titles, lane names, axis labels and the control's own words. */
    public final ObjectProperty<Locale> localeProperty() { return locale; }
    public final Locale getLocale() { return locale.get(); }
    public final void setLocale(Locale value) { locale.set(value); }

    private final ObjectProperty<Event> selectedEvent = new SimpleObjectProperty<>(this, "selectedEvent");

    /** The selected event, or null. */
    public final ObjectProperty<Event> selectedEventProperty() { return selectedEvent; }
    public final Event getSelectedEvent() { return selectedEvent.get(); }
    public final void setSelectedEvent(Event value) { selectedEvent.set(value); }

    private final IntegerProperty maxRowsPerLane = new SimpleIntegerProperty(this, "maxRowsPerLane", DEFAULT_MAX_ROWS) {
        @Override
        protected void invalidated() {
            if (get() < 1) set(1);
        }
    };

    /** The most label rows one lane may take before nearby events merge into clusters (at least 1). */
    public final IntegerProperty maxRowsPerLaneProperty() { return maxRowsPerLane; }
    public final int getMaxRowsPerLane() { return maxRowsPerLane.get(); }
    public final void setMaxRowsPerLane(int value) { maxRowsPerLane.set(value); }

    private final IntegerProperty maxLanes = new SimpleIntegerProperty(this, "maxLanes", 0);

    /** How many lanes show before the rest fold into one "Other …" lane that opens on a click (0: never fold). */
    public final IntegerProperty maxLanesProperty() { return maxLanes; }
    public final int getMaxLanes() { return maxLanes.get(); }
    public final void setMaxLanes(int value) { maxLanes.set(Math.max(0, value)); }

    private final javafx.beans.property.BooleanProperty otherLanesExpanded =
            new javafx.beans.property.SimpleBooleanProperty(this, "otherLanesExpanded", false);

    /** Whether the folded lanes are shown, after the "Other …" lane (a click on its header switches it). */
    public final javafx.beans.property.BooleanProperty otherLanesExpandedProperty() { return otherLanesExpanded; }
    public final boolean isOtherLanesExpanded() { return otherLanesExpanded.get(); }
    public final void setOtherLanesExpanded(boolean value) { otherLanesExpanded.set(value); }

    private final ObjectProperty<java.util.function.IntFunction<String>> otherLanesTitle =
            new SimpleObjectProperty<>(this, "otherLanesTitle", n -> "Other (" + n + ")");

    /** The "Other …" lane's title for a number of folded lanes. */
    public final ObjectProperty<java.util.function.IntFunction<String>> otherLanesTitleProperty() { return otherLanesTitle; }
    public final java.util.function.IntFunction<String> getOtherLanesTitle() { return otherLanesTitle.get(); }
    public final void setOtherLanesTitle(java.util.function.IntFunction<String> value) { otherLanesTitle.set(value); }

    private final ObjectProperty<java.util.function.Predicate<Event>> mutedEvents = new SimpleObjectProperty<>(this, "mutedEvents");

    /** Which events are drawn muted - lighter, greyer marks and titles (a public record under the articles); null: none. */
    public final ObjectProperty<java.util.function.Predicate<Event>> mutedEventsProperty() { return mutedEvents; }
    public final java.util.function.Predicate<Event> getMutedEvents() { return mutedEvents.get(); }
    public final void setMutedEvents(java.util.function.Predicate<Event> value) { mutedEvents.set(value); }

    private final ReadOnlyObjectWrapper<Instant> visibleStart = new ReadOnlyObjectWrapper<>(this, "visibleStart",
            Instant.parse("2023-01-01T00:00:00Z"));

    /** The instant at the left edge of the main view (change it with {@link #setVisibleRange}). */
    public final ReadOnlyObjectProperty<Instant> visibleStartProperty() { return visibleStart.getReadOnlyProperty(); }
    public final Instant getVisibleStart() { return visibleStart.get(); }

    private final ReadOnlyObjectWrapper<Instant> visibleEnd = new ReadOnlyObjectWrapper<>(this, "visibleEnd",
            Instant.parse("2026-01-01T00:00:00Z"));

    /** The instant at the right edge of the main view (change it with {@link #setVisibleRange}). */
    public final ReadOnlyObjectProperty<Instant> visibleEndProperty() { return visibleEnd.getReadOnlyProperty(); }
    public final Instant getVisibleEnd() { return visibleEnd.get(); }

    private final javafx.beans.property.DoubleProperty laneScroll = new javafx.beans.property.SimpleDoubleProperty(this, "laneScroll");

    /** How far the lanes are scrolled down, in pixels (0: the first lane at the top); the skin keeps it in range. */
    public final javafx.beans.property.DoubleProperty laneScrollProperty() { return laneScroll; }
    public final double getLaneScroll() { return laneScroll.get(); }
    public final void setLaneScroll(double value) { laneScroll.set(Math.max(0, value)); }

    /** Where the view is: its visible range and how far its lanes are scrolled (see {@link #moveTo}). */
    public record Place(Instant start, Instant end, double laneScroll) {
    }

    /** The view's place now, to be given back to this view or a new one with {@link #moveTo}. */
    public final Place place() {
        return new Place(getVisibleStart(), getVisibleEnd(), getLaneScroll());
    }

    /** Shows the range and lane scroll of {@code place}. */
    public final void moveTo(Place place) {
        if (place.start() != null && place.end() != null && place.start().isBefore(place.end())) {
            setVisibleRange(place.start(), place.end());
        }
        setLaneScroll(place.laneScroll());
    }

    private final StringProperty emptyText = new SimpleStringProperty(this, "emptyText");

    /** The message shown when there are no events; null for the control's own words. */
    public final StringProperty emptyTextProperty() { return emptyText; }
    public final String getEmptyText() { return emptyText.get(); }
    public final void setEmptyText(String value) { emptyText.set(value); }

    private final ReadOnlyIntegerWrapper eventsOutsideView = new ReadOnlyIntegerWrapper(this, "eventsOutsideView");

    /**
     * How many events lie outside the visible range since the events last changed (0 once the user moves the view
     * or when all are in view): the control shows it as a hint with a Fit action.
     */
    public final ReadOnlyIntegerProperty eventsOutsideViewProperty() { return eventsOutsideView.getReadOnlyProperty(); }
    public final int getEventsOutsideView() { return eventsOutsideView.get(); }

    private final BooleanProperty followsEvents = new SimpleBooleanProperty(this, "followsEvents", true);

    /** Whether a change of events that leaves none in view fits the view to them (true by default). */
    public final BooleanProperty followsEventsProperty() { return followsEvents; }
    public final boolean isFollowsEvents() { return followsEvents.get(); }
    public final void setFollowsEvents(boolean value) { followsEvents.set(value); }

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

    /** Shows the whole date range of the events with a margin. */
    public void fitAll() {
        pendingFit = getWidth() > 0 ? null : this::fitAll;
        applyFitAll();
    }

    /**
     * Fits the view to the events when some of them lie outside it, or when they are lost in a view many times wider
     * than their span (all in view, but in a sliver of it: DeepSeek's four months in a 1990–2035 view); leaves it
     * alone otherwise (a search the person confirms brings its matches into view without undoing a zoom that already
     * shows them).
     *
     * @param minShare the share of the view (say 0.1) below which events that are all in view count as lost
     * @return whether the view moved
     */
    public boolean fitAllIfNotShown(double minShare) {
        if (events.isEmpty()) return false;
        double view = visibleEndDay() - visibleStartDay();
        boolean lost = view > 0 && (dataMax - dataMin) < minShare * view;
        if (countOutside() == 0 && !lost) return false;
        fitAll();
        return true;
    }

    private void applyFitAll() {
        if (Double.isNaN(dataMin)) return;
        double[] range = fitRange(dataMin, dataMax);
        setVisibleDays(range[0], range[1]);
        eventsOutsideView.set(0);
    }

    /**
     * Shows the latest events, {@code share} of them (say 0.85), up to the last one, when they span much less time
     * than all of them: a few early milestones (a 1991 announcement in a 2023–2025 story) then do not squeeze the rest
     * into a corner. The events left out are announced by the hint, whose Fit shows them all.
     */
    public void fitMostEvents(double share) {
        pendingFit = getWidth() > 0 ? null : () -> fitMostEvents(share);
        int n = events.size();
        int k = (int) Math.ceil(n * Math.max(0, Math.min(1, share)));
        if (n == 0 || k >= n) {
            applyFitAll();
            return;
        }
        double start = sortedStarts[n - k];
        if (dataMax - start > (dataMax - dataMin) * 0.5) {
            applyFitAll();
            return;
        }
        double[] range = fitRange(start, dataMax);
        setVisibleDays(range[0], range[1]);
        eventsOutsideView.set(countOutside());
    }

    /**
     * Shows {@code start} to {@code end}, clamped to the zoom limits and the pan margin.
     *
     * @throws IllegalArgumentException if either is null or {@code start} is not before {@code end}
     */
    public void setVisibleRange(Instant start, Instant end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) throw new IllegalArgumentException("the visible range must start before it ends: " + start + " – " + end);
        pendingFit = null;
        setVisibleDays(EpochDays.of(start), EpochDays.of(end));
    }

    /** The range that shows {@code [min, max)} whole, with room on the right for the last titles. */
    private double[] fitRange(double min, double max) {
        return ViewPacking.fitRange(min, max, getPlotWidth());
    }

    // ----- the time <-> pixel mapping: the skin draws and hit-tests with it, the tests check it -----

    /** The plot width the skin last laid out (NaN before its first layout). */
    private double laidOutPlotWidth = Double.NaN;

    /**
     * Width of the plot area in pixels: the drawing's width less the lane headers and the right margin
     * ({@link TimelineGeometry#plotWidth}), the drawing being the control less its vertical scroll bar when shown.
     */
    public double getPlotWidth() {
        if (!Double.isNaN(laidOutPlotWidth)) return laidOutPlotWidth;
        return TimelineGeometry.DEFAULT.plotWidth(getWidth() - snappedLeftInset() - snappedRightInset());
    }

    /** Called by the skin when it lays out the drawing. */
    void setPlotWidth(double width) {
        laidOutPlotWidth = width;
    }

    /**
     * The mapping between days and x in the drawing's coordinates (the control's, less its left inset): the visible
     * range across the plot area. Immutable: a snapshot of the current range.
     */
    public TimeScale getTimeScale() {
        return new TimeScale(visibleStartDay(), visibleEndDay(), TimelineGeometry.DEFAULT.headerWidth(),
                Math.max(1, getPlotWidth()));
    }

    /** The x (in the control's coordinates) where {@code epochDay} (fractional days since 1970-01-01) is drawn. */
    public double xOfDay(double epochDay) {
        return snappedLeftInset() + getTimeScale().toX(epochDay);
    }

    /** The x (in the control's coordinates) of the middle of {@code date}, where an event of that day is drawn. */
    public double xOf(LocalDate date) {
        return xOfDay(date.toEpochDay() + 0.5);
    }

    /** The day (fractional epoch days) at {@code x} in the control's coordinates; the inverse of {@link #xOfDay}. */
    public double dayAt(double x) {
        return getTimeScale().toDay(x - snappedLeftInset());
    }

    /** The date at {@code x} in the control's coordinates. */
    public LocalDate dateAt(double x) {
        return LocalDate.ofEpochDay((long) Math.floor(dayAt(x)));
    }

    /**
     * The event whose glyph or title is drawn at ({@code x}, {@code y}) in the control's coordinates, if any (a
     * cluster of several events answers none). Reads the same laid-out frame the skin painted.
     */
    public Optional<Event> eventAt(double x, double y) {
        if (!(getSkin() instanceof TimelineViewSkin skin)) return Optional.empty();
        TimelineFrame frame = skin.frame();
        TimelineFrame.Shown hit = frame.hit(x - snappedLeftInset(), y - snappedTopInset());
        if (hit == null || hit.marker().isCluster()) return Optional.empty();
        return Optional.of(frame.layout().events().get(hit.marker().event()));
    }

    /**
     * Where the header of the lane with {@code key} is drawn (a point inside it, in the control's coordinates), or
     * empty when no lane has that key or it is scrolled away. {@link LaneLayout#OTHER_LANES} is the folded lanes' lane.
     */
    public Optional<Point2D> laneHeaderLocation(String key) {
        if (!(getSkin() instanceof TimelineViewSkin skin)) return Optional.empty();
        TimelineFrame frame = skin.frame();
        for (int li = frame.firstLane(); li <= frame.lastLane(); li++) {
            if (!frame.layout().lanes().get(li).key().equals(key)) continue;
            double y = frame.laneTop(li) + Math.min(frame.laneHeight(li) / 2, frame.geometry().rowHeight() / 2 + frame.geometry().lanePadding());
            if (y < frame.geometry().axisHeight() + 2) return Optional.empty();
            return Optional.of(new Point2D(snappedLeftInset() + 24, snappedTopInset() + y));
        }
        return Optional.empty();
    }

    /**
     * Where {@code event}'s glyph is drawn (its centre, in the control's coordinates), or empty when it is not
     * shown on its own: out of view, scrolled away or in a cluster.
     */
    public Optional<Point2D> locationOf(Event event) {
        if (!(getSkin() instanceof TimelineViewSkin skin)) return Optional.empty();
        TimelineFrame frame = skin.frame();
        for (TimelineFrame.Shown s : frame.shown()) {
            Marker m = s.marker();
            if (m.isCluster() || frame.layout().events().get(m.event()) != event) continue;
            double cy = frame.rowCenter(m.lane(), m.row());
            if (cy < frame.geometry().axisHeight()) return Optional.empty();
            return Optional.of(new Point2D(snappedLeftInset() + s.x(), snappedTopInset() + cy));
        }
        return Optional.empty();
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
            double from = direction > 0 ? visibleStartDay() : visibleEndDay();
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
        double vs = visibleStartDay();
        double ve = visibleEndDay();
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
        if (!(end > start)) end = start + MIN_SPAN_DAYS;
        double span = Math.max(MIN_SPAN_DAYS, Math.min(MAX_SPAN_DAYS, end - start));
        double centre = (start + end) / 2;
        double s = centre - span / 2;
        if (!Double.isNaN(dataMin)) {
            double margin = Math.max(60, (dataMax - dataMin) * 0.1);
            double lo = dataMin - margin;
            // On the right, also room for the last titles (a fitted view keeps up to a quarter of it free).
            double hi = dataMax + Math.max(margin, span * 0.4);
            if (span >= hi - lo) {
                s = (lo + hi) / 2 - span / 2;
            } else {
                s = Math.max(lo, Math.min(hi - span, s));
            }
        }
        visibleStart.set(EpochDays.toInstant(s));
        visibleEnd.set(EpochDays.toInstant(s + span));
        updateOutside();
    }

    /** The user moved the view: the hint about events outside it has served its purpose. */
    void userNavigated() {
        pendingFit = null;
        eventsOutsideView.set(0);
    }

    double visibleStartDay() {
        return EpochDays.of(getVisibleStart());
    }

    double visibleEndDay() {
        return EpochDays.of(getVisibleEnd());
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

    private void eventsChanged() {
        int n = events.size();
        sortedStarts = new double[n];
        sortedEnds = new double[n];
        for (int i = 0; i < n; i++) {
            PartialDate date = events.get(i).date();
            sortedStarts[i] = date.startEpochDay();
            sortedEnds[i] = date.endEpochDay();
        }
        java.util.Arrays.sort(sortedStarts);
        java.util.Arrays.sort(sortedEnds);
        dataMin = n == 0 ? Double.NaN : sortedStarts[0];
        dataMax = n == 0 ? Double.NaN : sortedEnds[n - 1];
        if (events.isEmpty()) {
            eventsOutsideView.set(0);
            return;
        }
        int outside = countOutside();
        if (outside == events.size() && isFollowsEvents()) {
            fitAll();
        } else {
            eventsOutsideView.set(outside);
        }
    }

    private void updateOutside() {
        if (eventsOutsideView.get() > 0) eventsOutsideView.set(countOutside());
    }

    private int countOutside() {
        double vs = visibleStartDay();
        double ve = visibleEndDay();
        // An event ends after it starts, so "ended by vs" and "starts from ve" never count one event twice.
        return countAtMost(sortedEnds, vs) + sortedStarts.length - countBelow(sortedStarts, ve);
    }

    /** How many of the sorted values are at most {@code x}. */
    private static int countAtMost(double[] sorted, double x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= x) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /** How many of the sorted values are below {@code x}. */
    private static int countBelow(double[] sorted, double x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < x) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
