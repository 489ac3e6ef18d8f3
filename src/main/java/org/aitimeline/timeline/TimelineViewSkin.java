package org.aitimeline.timeline;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.event.EventHandler;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.VBox;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;
import org.aitimeline.model.Event;
import org.aitimeline.text.DateText;
import org.aitimeline.text.Labels;

/**
 * Draws a {@link TimelineView} on a canvas (lanes, markers, axis, headers) above an overview band, and turns
 * mouse and keyboard input into changes of the control's properties. All layout decisions are made by the pure
 * classes ({@link LaneLayout}, {@link LanePacking}, {@link TimelineFrame}); this class only wires them to the
 * scene graph. A packing is reused while the zoom stays the same and the view stays inside the days it packed,
 * so panning repaints without repacking and lanes keep their heights.
 */
public class TimelineViewSkin extends SkinBase<TimelineView> {

    static final double OVERVIEW_HEIGHT = 54;
    private static final double DRAG_THRESHOLD = 4;

    private final Canvas canvas = new Canvas();
    private final Canvas overview = new Canvas();
    private final ScrollBar scrollBar = new ScrollBar();
    /** Hidden region whose CSS background fills carry the theme colours (see timeline.css). */
    private final Region themeProbe = new Region();
    private final Tooltip tooltip = new Tooltip();
    private final Label hintText = new Label();
    private final Button hintFit = new Button();
    /** In the header column's top cell, which holds nothing else: the hint never covers the axis' labels. */
    private final VBox hint = new VBox(hintText, hintFit);
    /** The translucent span being dragged across the axis or the overview band, to zoom to on release. */
    private final Region spanSelection = new Region();
    private final EventHandler<KeyEvent> keyHandler = this::onKey;

    private TimelineTheme theme = TimelineTheme.LIGHT;
    private TextWidth textWidth;
    private LaneLayout layout;
    private final ViewPacking packings = new ViewPacking();
    private LanePacking packing;
    private TimelineFrame frame;
    private OverviewBand band;
    private final TimelineGeometry geometry = TimelineGeometry.DEFAULT;
    private Marker hovered;
    /** Index of the selected event in the layout, found once per selection or layout change, not per frame. */
    private int selectedIndex = -1;
    private boolean selectionDirty = true;
    /** Set when the selection changes: the next frame scrolls the lanes to it if it lies above or below them. */
    private boolean revealSelection;
    private boolean layoutDirty = true;
    private boolean frameDirty = true;

    // Drag state.
    private double pressX;
    private double pressY;
    private double pressStart;
    private double pressEnd;
    private double pressScrollY;
    private boolean dragging;
    private OverviewGrab.Handle overviewHandle;
    /** The span being selected on the axis or the overview band ({@link #spanBand}), or null. */
    private SpanDrag spanDrag;
    private Canvas spanBand;
    /** Esc dropped the selection: the rest of that drag does nothing (no pan, no zoom). */
    private boolean spanCancelled;

    public TimelineViewSkin(TimelineView control) {
        super(control);
        themeProbe.getStyleClass().add("theme-probe");
        themeProbe.setManaged(false);
        themeProbe.setVisible(false);
        canvas.getStyleClass().add("timeline-canvas");
        overview.getStyleClass().add("overview-canvas");
        scrollBar.setOrientation(Orientation.VERTICAL);
        scrollBar.getStyleClass().add("lane-scroll-bar");
        scrollBar.setFocusTraversable(false);
        hint.getStyleClass().add("outside-hint");
        hint.setManaged(false);
        hint.setVisible(false);
        hintText.setId("outsideHintText");
        hintFit.setId("outsideHintFit");
        hintFit.getStyleClass().addAll("small", "accent");
        hintFit.setFocusTraversable(false);
        hintFit.setOnAction(e -> control.fitAll());
        spanSelection.getStyleClass().add("span-selection");
        spanSelection.setManaged(false);
        spanSelection.setMouseTransparent(true);
        spanSelection.setVisible(false);
        getChildren().addAll(themeProbe, canvas, overview, spanSelection, scrollBar, hint);
        tooltip.setShowDelay(Duration.millis(250));
        tooltip.setHideDelay(Duration.millis(100));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(380);

        registerChangeListener(control.groupingProperty(), o -> invalidateLayout());
        registerChangeListener(control.laneOrderProperty(), o -> invalidateLayout());
        registerChangeListener(control.laneTitlesProperty(), o -> invalidateLayout());
        registerChangeListener(control.lanePaletteProperty(), o -> invalidateLayout());
        registerChangeListener(control.localeProperty(), o -> {
            updateHint();
            invalidateLayout();
        });
        registerChangeListener(control.maxRowsPerLaneProperty(), o -> invalidateLayout());
        registerChangeListener(control.maxLanesProperty(), o -> invalidateLayout());
        registerChangeListener(control.otherLanesExpandedProperty(), o -> invalidateLayout());
        registerChangeListener(control.otherLanesTitleProperty(), o -> invalidateLayout());
        registerChangeListener(control.mutedEventsProperty(), o -> invalidateLayout());
        registerChangeListener(control.selectedEventProperty(), o -> {
            selectionDirty = true;
            revealSelection = true;
            invalidateFrame();
        });
        // A tooltip describes what was under the pointer: after a zoom or a pan it describes nothing.
        registerChangeListener(control.visibleStartProperty(), o -> viewMoved());
        registerChangeListener(control.visibleEndProperty(), o -> viewMoved());
        registerChangeListener(control.emptyTextProperty(), o -> invalidateFrame());
        registerChangeListener(control.eventsOutsideViewProperty(), o -> updateHint());
        registerListChangeListener(control.getEvents(), c -> invalidateLayout());
        registerChangeListener(themeProbe.backgroundProperty(), o -> {
            theme = TimelineTheme.fromFills(themeProbe.getBackground(), TimelineTheme.LIGHT);
            textWidth = null;
            packings.invalidate();
            invalidateFrame();
        });
        // The control holds the lane scroll, so a view rebuilt around the same place (a language switch) keeps it.
        scrollBar.setValue(control.getLaneScroll());
        scrollBar.valueProperty().bindBidirectional(control.laneScrollProperty());
        registerChangeListener(scrollBar.valueProperty(), o -> viewMoved());
        handle(canvas, ScrollEvent.SCROLL, this::onScroll);
        handle(canvas, MouseEvent.MOUSE_PRESSED, this::onPressed);
        handle(canvas, MouseEvent.MOUSE_DRAGGED, this::onDragged);
        handle(canvas, MouseEvent.MOUSE_RELEASED, this::onReleased);
        handle(canvas, MouseEvent.MOUSE_MOVED, this::onMoved);
        handle(canvas, MouseEvent.MOUSE_EXITED, e -> {
            setHovered(null);
            setHoveredLane(-1);
        });
        handle(overview, MouseEvent.MOUSE_PRESSED, this::onOverviewPressed);
        handle(overview, MouseEvent.MOUSE_DRAGGED, this::onOverviewDragged);
        handle(overview, MouseEvent.MOUSE_RELEASED, this::onOverviewReleased);
        handle(overview, MouseEvent.MOUSE_MOVED, this::onOverviewMoved);
        handle(overview, ScrollEvent.SCROLL, this::onScroll);
        // On the control, not a child: keys reach it when it has the focus. Removed again in dispose().
        control.addEventHandler(KeyEvent.KEY_PRESSED, keyHandler);
        updateHint();
    }

    /** Input handlers on the canvases, each dropped once the skin is disposed (events may still be queued). */
    private <E extends javafx.event.Event> void handle(javafx.scene.Node node, javafx.event.EventType<E> type,
                                                       EventHandler<? super E> handler) {
        node.addEventHandler(type, e -> {
            if (getSkinnable() != null) handler.handle(e);
        });
    }

    @Override
    public void dispose() {
        if (getSkinnable() == null) return;
        getSkinnable().removeEventHandler(KeyEvent.KEY_PRESSED, keyHandler);
        scrollBar.valueProperty().unbindBidirectional(getSkinnable().laneScrollProperty());
        Tooltip.uninstall(canvas, tooltip);
        super.dispose();
    }

    private Labels labels() {
        return Labels.of(getSkinnable().getLocale());
    }

    // ----- invalidation and layout -----

    private void invalidateLayout() {
        layoutDirty = true;
        invalidateFrame();
    }

    private void invalidateFrame() {
        frameDirty = true;
        if (getSkinnable() != null) getSkinnable().requestLayout();
    }

    private void updateHint() {
        TimelineView c = getSkinnable();
        int outside = c.getEventsOutsideView();
        Labels labels = labels();
        hintText.setText(labels.format("timeline.outside", outside));
        hintFit.setText(labels.get("timeline.outside.fit"));
        hint.setVisible(outside > 0);
        c.requestLayout();
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double sbw = scrollBar.prefWidth(-1);
        double mainH = Math.max(0, h - OVERVIEW_HEIGHT);
        if (layoutDirty) rebuildLayout();
        // The packing decides the lanes' heights, so it comes before the scroll bar and the canvas size.
        ensurePacking(geometry.plotWidth(w - (scrollBar.isVisible() ? sbw : 0)));
        double content = contentHeight();
        boolean scroll = content > mainH + 0.5;
        if (scrollBar.isVisible() != scroll) {
            scrollBar.setVisible(scroll);
            ensurePacking(geometry.plotWidth(w - (scroll ? sbw : 0)));
            content = contentHeight();
        }
        double canvasW = Math.max(0, w - (scroll ? sbw : 0));
        getSkinnable().setPlotWidth(geometry.plotWidth(canvasW));
        if (canvas.getWidth() != canvasW || canvas.getHeight() != mainH) {
            canvas.setWidth(canvasW);
            canvas.setHeight(mainH);
            frameDirty = true;
        }
        if (overview.getWidth() != w || overview.getHeight() != OVERVIEW_HEIGHT) {
            overview.setWidth(w);
            overview.setHeight(OVERVIEW_HEIGHT);
            frameDirty = true;
        }
        canvas.relocate(x, y);
        overview.relocate(x, y + mainH);
        double max = Math.max(0, content - mainH);
        scrollBar.setMin(0);
        scrollBar.setMax(max);
        scrollBar.setVisibleAmount(mainH * max / Math.max(1, content));
        scrollBar.setUnitIncrement(geometry.rowHeight() * 2);
        scrollBar.setBlockIncrement(mainH * 0.8);
        if (scrollBar.getValue() > max) scrollBar.setValue(max);
        scrollBar.resizeRelocate(x + w - sbw, y, sbw, mainH);
        if (hint.isVisible()) hint.applyCss(); // its text just changed: measure with the styles applied
        // The top of the header column, an empty corner over the lane names: never over the axis' labels or events.
        double hw = Math.min(hint.prefWidth(-1), geometry.headerWidth() - 4);
        double hh = Math.min(hint.prefHeight(hw), geometry.axisHeight() - 2);
        hint.resizeRelocate(x + 2, y + (geometry.axisHeight() - hh) / 2, hw, hh);
        if (frameDirty) redraw();
    }

    private void rebuildLayout() {
        TimelineView c = getSkinnable();
        List<Event> events = LaneLayout.sortedByDate(c.getEvents());
        layout = LaneLayout.build(events, new LaneLayout.Options(c.getGrouping(), c.getLaneOrder(), c.getLaneTitles(),
                c.getLocale(), c.getLanePalette()),
                new LaneLayout.Folding(c.getMaxLanes(), c.isOtherLanesExpanded(), c.getOtherLanesTitle()), c.getMutedEvents());
        band = new OverviewBand(layout);
        hovered = null;
        selectionDirty = true;
        layoutDirty = false;
    }

    /** Repacks when the zoom changed or the view left the days the current packing holds. */
    private void ensurePacking(double plotWidth) {
        TimelineView c = getSkinnable();
        if (textWidth == null) textWidth = new FontMetricsTable(theme.font());
        TimeScale scale = new TimeScale(c.visibleStartDay(), c.visibleEndDay(), geometry.headerWidth(), plotWidth);
        LanePacking next = packings.get(layout, scale, c.getMaxRowsPerLane(), textWidth,
                LanePacking.Labels.titles(layout.events(), c.getLocale()));
        if (next != packing) hovered = null;
        packing = next;
    }

    private double contentHeight() {
        return geometry.axisHeight() + packing.height(geometry);
    }

    /** The control's mapping: the skin never derives its own. */
    TimeScale scale() {
        return getSkinnable().getTimeScale();
    }

    /** Lays out the current view and paints both canvases. */
    void redraw() {
        frameDirty = false;
        if (layout == null || layoutDirty) rebuildLayout();
        TimeScale scale = scale();
        ensurePacking(scale.width());
        TimelineView c = getSkinnable();
        if (revealSelection) scrollToSelection();
        frame = TimelineFrame.build(packing, scale, geometry, 0, canvas.getHeight(), scrollBar.isVisible() ? scrollBar.getValue() : 0,
                c.getLocale(), textWidth);
        GraphicsContext g = canvas.getGraphicsContext2D();
        int selected = selectedIndex();
        TimelinePainter.paint(new CanvasSurface(g), frame, theme, new TimelinePainter.Emphasis(selected, hovered),
                canvas.getWidth(), canvas.getHeight(), 0, 0, canvas.getWidth(), canvas.getHeight());
        if (layout.events().isEmpty()) paintEmpty(g);
        band.paint(overview.getGraphicsContext2D(), theme, labels().get("timeline.overview"), overview.getWidth(),
                overview.getHeight(), geometry.headerWidth(), c.visibleStartDay(), c.visibleEndDay());
    }

    /** Scrolls the lanes so the selected event's row is in view (a keyboard selection may land in a lane below them). */
    private void scrollToSelection() {
        revealSelection = false;
        int selected = selectedIndex();
        if (selected < 0 || !scrollBar.isVisible()) return;
        double top = 0;
        for (int lane = 0; lane < layout.lanes().size(); lane++) {
            for (Marker m : packing.markers(lane)) {
                if (m.isCluster() || m.event() != selected) continue;
                double rowTop = top + geometry.lanePadding() + m.row() * geometry.rowHeight();
                double visible = canvas.getHeight() - geometry.axisHeight();
                double y = scrollBar.getValue();
                if (rowTop < y || rowTop + geometry.rowHeight() > y + visible) {
                    // The whole lane when it fits, else its row near the top.
                    double laneH = geometry.laneHeight(packing.rows(lane));
                    double to = laneH <= visible ? top - Math.max(0, (visible - laneH) / 2) : rowTop - geometry.rowHeight();
                    scrollBar.setValue(Math.max(0, Math.min(scrollBar.getMax(), to)));
                }
                return;
            }
            top += geometry.laneHeight(packing.rows(lane));
        }
    }

    private void paintEmpty(GraphicsContext g) {
        String text = getSkinnable().getEmptyText();
        g.setFill(theme.muted());
        g.setFont(Font.font(theme.font().getFamily(), 15));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        double cx = geometry.headerWidth() + (canvas.getWidth() - geometry.headerWidth()) / 2;
        g.fillText(text != null ? text : labels().get("timeline.noEvents"), cx,
                geometry.axisHeight() + (canvas.getHeight() - geometry.axisHeight()) / 2);
    }

    private int selectedIndex() {
        if (!selectionDirty) return selectedIndex;
        selectionDirty = false;
        selectedIndex = -1;
        Event sel = getSkinnable().getSelectedEvent();
        if (sel == null) return -1;
        List<Event> events = layout.events();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) == sel) {
                selectedIndex = i;
                break;
            }
        }
        return selectedIndex;
    }

    /**
     * The current view laid out for every lane, as if the user scrolled through them all: what the view shows,
     * for checks (how many titles are whole) rather than for painting.
     */
    public TimelineFrame layoutOfAllLanes() {
        TimelineFrame current = frame();
        return TimelineFrame.build(packing, current.scale(), geometry, 0, Double.MAX_VALUE / 4, 0,
                getSkinnable().getLocale(), textWidth);
    }

    /** The frame last painted (for tests and the export preview). */
    TimelineFrame frame() {
        if (frameDirty || frame == null) redraw();
        return frame;
    }

    // ----- mouse -----

    private void navigate(double start, double end) {
        TimelineView c = getSkinnable();
        c.userNavigated();
        c.setVisibleDays(start, end);
    }

    private void onScroll(ScrollEvent e) {
        TimeScale s = scale();
        if (Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY())) {
            TimeScale p = s.panned(e.getDeltaX());
            navigate(p.startDay(), p.endDay());
        } else if (e.getSource() == canvas && e.getX() < geometry.headerWidth()) {
            scrollBar.setValue(Math.max(0, Math.min(scrollBar.getMax(), scrollBar.getValue() - e.getDeltaY())));
        } else if (e.getDeltaY() != 0) {
            double anchor = e.getSource() == canvas ? Math.max(geometry.headerWidth(), e.getX())
                    : s.toX(band.toDay(e.getX(), overview.getWidth(), geometry.headerWidth()));
            // Ctrl+wheel takes larger steps: from the whole range to a quarter in a few notches.
            double rate = e.isControlDown() || e.isShortcutDown() ? 0.012 : 0.004;
            TimeScale z = s.zoomed(Math.exp(-e.getDeltaY() * rate), anchor);
            navigate(z.startDay(), z.endDay());
        }
        e.consume();
    }

    private void onPressed(MouseEvent e) {
        getSkinnable().requestFocus();
        pressX = e.getX();
        pressY = e.getY();
        pressStart = getSkinnable().visibleStartDay();
        pressEnd = getSkinnable().visibleEndDay();
        pressScrollY = scrollBar.getValue();
        dragging = false;
        // The axis band over the plot selects a span to zoom to; the plot below it pans.
        boolean onAxis = e.getY() < geometry.axisHeight() && e.getX() >= geometry.headerWidth();
        startSpan(onAxis && e.getButton() == MouseButton.PRIMARY ? canvas : null, e.getX());
    }

    /** Starts selecting a span on {@code band} (null: no selection) from {@code x}. */
    private void startSpan(Canvas band, double x) {
        spanCancelled = false;
        spanBand = band;
        spanDrag = band == null ? null : band == canvas
                ? new SpanDrag(x, x, geometry.headerWidth(), geometry.headerWidth() + scale().width())
                : new SpanDrag(x, x, geometry.headerWidth(), Math.max(geometry.headerWidth() + 1, overview.getWidth()));
        spanSelection.setVisible(false);
    }

    /** Follows the pointer with the selection rectangle, across the whole band it was started on. */
    private void dragSpan(double x) {
        spanDrag = spanDrag.to(x);
        if (spanDrag.isClick()) {
            spanSelection.setVisible(false);
            return;
        }
        spanSelection.resizeRelocate(spanBand.getLayoutX() + spanDrag.left(), spanBand.getLayoutY(),
                Math.max(1, spanDrag.right() - spanDrag.left()), spanBand.getHeight());
        spanSelection.setVisible(true);
    }

    /** Ends the selection: the view zooms to it, unless it was a click (then false: the caller treats it as one). */
    private boolean finishSpan(double x) {
        SpanDrag drag = spanDrag.to(x);
        Canvas band = spanBand;
        spanDrag = null;
        spanBand = null;
        spanSelection.setVisible(false);
        if (drag.isClick()) return false;
        double[] days = band == canvas ? drag.days(scale()::toDay)
                : drag.days(v -> this.band.toDay(v, overview.getWidth(), geometry.headerWidth()));
        navigate(days[0], days[1]);
        return true;
    }

    /** Esc while selecting a span: drop it. */
    private boolean cancelSpan() {
        if (spanDrag == null) return false;
        spanDrag = null;
        spanBand = null;
        spanCancelled = true;
        spanSelection.setVisible(false);
        return true;
    }

    private void onDragged(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || spanCancelled) return;
        if (spanDrag != null) {
            dragSpan(e.getX());
            return;
        }
        double dx = e.getX() - pressX;
        double dy = e.getY() - pressY;
        if (!dragging && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
        dragging = true;
        setHovered(null);
        TimeScale s = new TimeScale(pressStart, pressEnd, geometry.headerWidth(), scale().width());
        TimeScale p = s.panned(dx);
        navigate(p.startDay(), p.endDay());
        if (scrollBar.isVisible()) {
            scrollBar.setValue(Math.max(0, Math.min(scrollBar.getMax(), pressScrollY - dy)));
        }
        canvas.setCursor(Cursor.CLOSED_HAND);
    }

    private void onReleased(MouseEvent e) {
        canvas.setCursor(null);
        if (spanCancelled) {
            spanCancelled = false;
            return;
        }
        if (spanDrag != null && e.getButton() == MouseButton.PRIMARY && finishSpan(e.getX())) return;
        if (dragging || e.getButton() != MouseButton.PRIMARY) {
            dragging = false;
            return;
        }
        TimelineView c = getSkinnable();
        TimelineFrame.Shown hit = frame().hit(e.getX(), e.getY());
        if (hit == null) {
            if (e.getX() < geometry.headerWidth() && e.getY() > geometry.axisHeight() && otherLanesHeaderAt(e.getY())) {
                c.setOtherLanesExpanded(!c.isOtherLanesExpanded());
                return;
            }
            if (e.getClickCount() == 2 && e.getX() > geometry.headerWidth()) {
                TimeScale z = scale().zoomed(0.5, e.getX());
                navigate(z.startDay(), z.endDay());
            }
            return;
        }
        Marker m = hit.marker();
        if (m.isCluster()) {
            // A cluster opens up: zoom to its members with some room around them.
            double pad = Math.max(1, (m.maxDay() - m.minDay()) * 0.3);
            navigate(m.minDay() - pad, m.maxDay() + pad);
            return;
        }
        Event event = layout.events().get(m.event());
        c.setSelectedEvent(event);
        if (e.getClickCount() == 2) c.fireEvent(new TimelineEvent(TimelineEvent.EVENT_OPENED, event));
    }

    /** Whether {@code y} is on the header of the lane that gathers the folded lanes. */
    private boolean otherLanesHeaderAt(double y) {
        TimelineFrame f = frame();
        for (int li = f.firstLane(); li <= f.lastLane(); li++) {
            if (y >= f.laneTop(li) && y < f.laneTop(li) + f.laneHeight(li)) {
                return layout.lanes().get(li).key().equals(LaneLayout.OTHER_LANES);
            }
        }
        return false;
    }

    private void onMoved(MouseEvent e) {
        TimelineFrame.Shown hit = frame == null ? null : frame.hit(e.getX(), e.getY());
        setHovered(hit == null ? null : hit.marker());
        // Over the lane names: the lane's whole name (a long one is cut there), never an event's.
        int lane = hit == null && frame != null && e.getX() < geometry.headerWidth() ? frame.laneAt(e.getY()) : -1;
        setHoveredLane(lane);
        // Over the axis band, the pointer says that a drag there selects a span (it pans elsewhere).
        if (hovered == null) {
            canvas.setCursor(e.getY() < geometry.axisHeight() && e.getX() >= geometry.headerWidth() ? Cursor.CROSSHAIR : null);
        }
    }

    private void viewMoved() {
        tooltip.hide();
        Tooltip.uninstall(canvas, tooltip);
        hoveredLane = -1;
        if (hovered != null) {
            hovered = null;
            canvas.setCursor(null);
        }
        invalidateFrame();
    }

    /** The lane whose name is under the pointer (-1: none). */
    private int hoveredLane = -1;

    private void setHoveredLane(int lane) {
        if (lane == hoveredLane) return;
        hoveredLane = lane;
        if (hovered != null) return;
        if (lane < 0) {
            tooltip.hide();
            Tooltip.uninstall(canvas, tooltip);
        } else {
            tooltip.setText(layout.lanes().get(lane).title());
            Tooltip.install(canvas, tooltip);
        }
    }

    private void setHovered(Marker m) {
        if (m == hovered) return;
        hovered = m;
        if (m == null) {
            tooltip.hide();
            Tooltip.uninstall(canvas, tooltip);
            canvas.setCursor(null);
        } else {
            hoveredLane = -1;
            tooltip.setText(describe(m));
            Tooltip.install(canvas, tooltip);
            canvas.setCursor(Cursor.HAND);
        }
        invalidateFrame();
    }

    /** Tooltip text: the full title, date and organizations; for a cluster, the count, the span and why it is one. */
    String describe(Marker m) {
        TimelineView c = getSkinnable();
        Locale locale = c.getLocale();
        Labels labels = labels();
        if (m.isCluster()) {
            String span = DateText.dayRange(EpochDays.dateOf(m.minDay()), EpochDays.lastDateBefore(m.maxDay()), locale);
            return labels.format("timeline.cluster", m.count(), span, packing.rowCap());
        }
        Event e = layout.events().get(m.event());
        String orgs = e.organizations().stream()
                .map(id -> c.getLaneTitles().title(LaneGrouping.ORGANIZATION, id, locale))
                .collect(Collectors.joining(", "));
        StringBuilder sb = new StringBuilder(e.title().in(locale)).append('\n').append(DateText.format(e.date(), locale));
        if (!orgs.isEmpty()) sb.append('\n').append(orgs);
        if (e.isCommentary()) sb.append('\n').append(labels.get("timeline.commentary"));
        if (e.isContext()) sb.append('\n').append(labels.get("timeline.context"));
        if (e.isCorrected()) sb.append('\n').append(labels.format("timeline.corrected", e.corrections().size()));
        return sb.toString();
    }

    // ----- overview band -----

    private void onOverviewPressed(MouseEvent e) {
        getSkinnable().requestFocus();
        TimelineView c = getSkinnable();
        pressX = e.getX();
        pressStart = c.visibleStartDay();
        pressEnd = c.visibleEndDay();
        overviewHandle = band.handleAt(e.getX(), overview.getWidth(), geometry.headerWidth(), pressStart, pressEnd);
        // Outside the window: a drag selects a span to zoom to, a click centres the view there (on release).
        startSpan(overviewHandle == OverviewGrab.Handle.NONE && e.getButton() == MouseButton.PRIMARY ? overview : null, e.getX());
    }

    private void onOverviewReleased(MouseEvent e) {
        if (spanCancelled) {
            spanCancelled = false;
            return;
        }
        if (spanDrag == null || e.getButton() != MouseButton.PRIMARY || finishSpan(e.getX())) return;
        double day = band.toDay(e.getX(), overview.getWidth(), geometry.headerWidth());
        double half = (pressEnd - pressStart) / 2;
        navigate(day - half, day + half);
    }

    private void onOverviewDragged(MouseEvent e) {
        if (spanCancelled) return;
        if (spanDrag != null) {
            dragSpan(e.getX());
            return;
        }
        double daysPerPx = band.daysPerPixel(overview.getWidth(), geometry.headerWidth());
        double dd = (e.getX() - pressX) * daysPerPx;
        switch (overviewHandle) {
            case MOVE -> navigate(pressStart + dd, pressEnd + dd);
            case LEFT -> navigate(Math.min(pressStart + dd, pressEnd - TimelineView.MIN_SPAN_DAYS), pressEnd);
            case RIGHT -> navigate(pressStart, Math.max(pressEnd + dd, pressStart + TimelineView.MIN_SPAN_DAYS));
            default -> { }
        }
    }

    private void onOverviewMoved(MouseEvent e) {
        TimelineView c = getSkinnable();
        OverviewGrab.Handle h = band == null ? OverviewGrab.Handle.NONE
                : band.handleAt(e.getX(), overview.getWidth(), geometry.headerWidth(), c.visibleStartDay(), c.visibleEndDay());
        overview.setCursor(switch (h) {
            case LEFT, RIGHT -> Cursor.H_RESIZE;
            case MOVE -> Cursor.OPEN_HAND;
            default -> Cursor.CROSSHAIR;
        });
    }

    // ----- keyboard -----

    private void onKey(KeyEvent e) {
        TimelineView c = getSkinnable();
        KeyCode k = e.getCode();
        boolean mod = e.isControlDown() || e.isAltDown() || e.isMetaDown();
        TimeScale s = scale();
        switch (k) {
            case PLUS, ADD, EQUALS -> {
                c.userNavigated();
                c.zoomIn();
            }
            case MINUS, SUBTRACT -> {
                c.userNavigated();
                c.zoomOut();
            }
            case HOME -> c.fitAll();
            case ESCAPE -> {
                if (!cancelSpan()) return;
            }
            case LEFT -> {
                if (mod) c.selectAdjacent(-1);
                else navigate(s.startDay() - s.span() * 0.1, s.endDay() - s.span() * 0.1);
            }
            case RIGHT -> {
                if (mod) c.selectAdjacent(1);
                else navigate(s.startDay() + s.span() * 0.1, s.endDay() + s.span() * 0.1);
            }
            case UP -> scrollBar.setValue(Math.max(0, scrollBar.getValue() - geometry.rowHeight() * 2));
            case DOWN -> scrollBar.setValue(Math.min(scrollBar.getMax(), scrollBar.getValue() + geometry.rowHeight() * 2));
            case ENTER -> {
                if (c.getSelectedEvent() == null) return;
                c.fireEvent(new TimelineEvent(TimelineEvent.EVENT_OPENED, c.getSelectedEvent()));
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 900;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 520;
    }

    /** Fixed: the canvases are not resizable, and taking their current size as the minimum would stop shrinking. */
    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return TimelineGeometry.DEFAULT.headerWidth() + 200;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return OVERVIEW_HEIGHT + TimelineGeometry.DEFAULT.axisHeight() + 60;
    }
}
