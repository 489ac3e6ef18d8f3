package org.aitimeline.timeline;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;
import org.aitimeline.model.Event;

/**
 * Draws a {@link TimelineView} on a canvas (lanes, markers, axis, headers) above an overview band, and turns
 * mouse and keyboard input into changes of the control's properties. All layout decisions are made by the pure
 * classes ({@link LaneLayout}, {@link TimelineFrame}); this class only wires them to the scene graph.
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

    private TimelineTheme theme = TimelineTheme.LIGHT;
    private TextWidth textWidth;
    private LaneLayout layout;
    private TimelineFrame frame;
    private OverviewBand band;
    private TimelineGeometry geometry = TimelineGeometry.DEFAULT;
    private Marker hovered;
    /** Index of the selected event in the layout, found once per selection or layout change, not per frame. */
    private int selectedIndex = -1;
    private boolean selectionDirty = true;
    private boolean layoutDirty = true;
    private boolean frameDirty = true;

    // Drag state.
    private double pressX;
    private double pressY;
    private double pressStart;
    private double pressEnd;
    private double pressScrollY;
    private boolean dragging;
    private OverviewBand.Handle overviewHandle;

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
        getChildren().addAll(themeProbe, canvas, overview, scrollBar);
        tooltip.setShowDelay(Duration.millis(250));
        tooltip.setHideDelay(Duration.millis(100));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(360);

        registerChangeListener(control.groupingProperty(), o -> invalidateLayout());
        registerChangeListener(control.laneTitlesProperty(), o -> invalidateLayout());
        registerChangeListener(control.localeProperty(), o -> invalidateLayout());
        registerChangeListener(control.selectedEventProperty(), o -> {
            selectionDirty = true;
            invalidateFrame();
        });
        registerChangeListener(control.visibleStartProperty(), o -> invalidateFrame());
        registerChangeListener(control.visibleEndProperty(), o -> invalidateFrame());
        registerChangeListener(control.emptyTextProperty(), o -> invalidateFrame());
        registerListChangeListener(control.getEvents(), c -> invalidateLayout());
        registerChangeListener(themeProbe.backgroundProperty(), o -> {
            theme = TimelineTheme.fromFills(themeProbe.getBackground(), TimelineTheme.LIGHT);
            textWidth = null;
            invalidateFrame();
        });
        scrollBar.valueProperty().addListener(o -> {
            geometry = geometry.withScrollY(scrollBar.getValue());
            invalidateFrame();
        });

        canvas.addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::onReleased);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::onMoved);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> setHovered(null));
        overview.addEventHandler(MouseEvent.MOUSE_PRESSED, this::onOverviewPressed);
        overview.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onOverviewDragged);
        overview.addEventHandler(MouseEvent.MOUSE_MOVED, this::onOverviewMoved);
        overview.addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        control.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
    }

    // ----- invalidation and layout -----

    private void invalidateLayout() {
        layoutDirty = true;
        invalidateFrame();
    }

    private void invalidateFrame() {
        frameDirty = true;
        getSkinnable().requestLayout();
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double sbw = scrollBar.isVisible() ? scrollBar.prefWidth(-1) : 0;
        double mainH = Math.max(0, h - OVERVIEW_HEIGHT);
        if (canvas.getWidth() != w - sbw || canvas.getHeight() != mainH) {
            canvas.setWidth(Math.max(0, w - sbw));
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
        if (layoutDirty) rebuildLayout();
        updateScrollBar(mainH);
        scrollBar.resizeRelocate(x + w - sbw, y, sbw, mainH);
        if (frameDirty) redraw();
    }

    private void rebuildLayout() {
        TimelineView c = getSkinnable();
        Locale locale = c.getLocale();
        List<Event> events = LaneLayout.sortedByDate(c.getEvents());
        layout = LaneLayout.build(events, c.getGrouping(), c.getLaneTitles(), locale);
        band = new OverviewBand(layout);
        hovered = null;
        selectionDirty = true;
        layoutDirty = false;
    }

    private void updateScrollBar(double height) {
        int lanes = layout == null ? 0 : layout.lanes().size();
        int rows = geometry.rowsToFill(height, lanes);
        geometry = geometry.withRows(rows);
        double content = geometry.contentHeight(lanes);
        double max = Math.max(0, content - height);
        boolean show = max > 0;
        if (scrollBar.isVisible() != show) {
            scrollBar.setVisible(show);
            getSkinnable().requestLayout();
        }
        scrollBar.setMin(0);
        scrollBar.setMax(max);
        scrollBar.setVisibleAmount(height * max / Math.max(1, content));
        scrollBar.setUnitIncrement(geometry.laneHeight() / 2);
        scrollBar.setBlockIncrement(height * 0.8);
        if (scrollBar.getValue() > max) scrollBar.setValue(max);
        geometry = geometry.withScrollY(Math.min(scrollBar.getValue(), max));
    }

    TimeScale scale() {
        TimelineView c = getSkinnable();
        double w = Math.max(1, canvas.getWidth() - geometry.headerWidth());
        return new TimeScale(c.visibleStartDay(), c.visibleEndDay(), geometry.headerWidth(), w);
    }

    /** Lays out the current view and paints both canvases. */
    void redraw() {
        frameDirty = false;
        if (layout == null) rebuildLayout();
        if (textWidth == null) textWidth = new FontMetricsTable(theme.font());
        TimelineView c = getSkinnable();
        Locale locale = c.getLocale();
        List<Event> events = layout.events();
        frame = TimelineFrame.build(layout, scale(), geometry, 0, canvas.getHeight(), locale, textWidth,
                i -> events.get(i).title().in(locale));
        GraphicsContext g = canvas.getGraphicsContext2D();
        int selected = selectedIndex();
        if (hovered != null && !frame.markers().contains(hovered)) hovered = null;
        TimelinePainter.paint(g, frame, theme, new TimelinePainter.Emphasis(selected, hovered),
                canvas.getWidth(), canvas.getHeight(), 0, 0, canvas.getWidth(), canvas.getHeight());
        if (events.isEmpty()) paintEmpty(g);
        band.paint(overview.getGraphicsContext2D(), theme, overview.getWidth(), overview.getHeight(),
                geometry.headerWidth(), c.visibleStartDay(), c.visibleEndDay());
    }

    private void paintEmpty(GraphicsContext g) {
        g.setFill(theme.muted());
        g.setFont(javafx.scene.text.Font.font(theme.font().getFamily(), 15));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        double cx = geometry.headerWidth() + (canvas.getWidth() - geometry.headerWidth()) / 2;
        g.fillText(getSkinnable().getEmptyText(), cx, geometry.axisHeight() + (canvas.getHeight() - geometry.axisHeight()) / 2);
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

    /** The frame last painted (for tests and the export preview). */
    TimelineFrame frame() {
        if (frameDirty || frame == null) redraw();
        return frame;
    }

    // ----- mouse -----

    private void onScroll(ScrollEvent e) {
        TimelineView c = getSkinnable();
        TimeScale s = scale();
        if (Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY())) {
            TimeScale p = s.panned(e.getDeltaX());
            c.setVisibleDays(p.startDay(), p.endDay());
        } else if (e.getSource() == canvas && e.getX() < geometry.headerWidth()) {
            scrollBar.setValue(Math.max(0, Math.min(scrollBar.getMax(), scrollBar.getValue() - e.getDeltaY())));
        } else if (e.getDeltaY() != 0) {
            double anchor = e.getSource() == canvas ? Math.max(geometry.headerWidth(), e.getX())
                    : s.toX(band.toDay(e.getX(), overview.getWidth(), geometry.headerWidth()));
            TimeScale z = s.zoomed(Math.exp(-e.getDeltaY() * 0.004), anchor);
            c.setVisibleDays(z.startDay(), z.endDay());
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
    }

    private void onDragged(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) return;
        double dx = e.getX() - pressX;
        double dy = e.getY() - pressY;
        if (!dragging && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
        dragging = true;
        setHovered(null);
        TimeScale s = new TimeScale(pressStart, pressEnd, geometry.headerWidth(), scale().width());
        TimeScale p = s.panned(dx);
        getSkinnable().setVisibleDays(p.startDay(), p.endDay());
        if (scrollBar.isVisible()) {
            scrollBar.setValue(Math.max(0, Math.min(scrollBar.getMax(), pressScrollY - dy)));
        }
        canvas.setCursor(javafx.scene.Cursor.CLOSED_HAND);
    }

    private void onReleased(MouseEvent e) {
        canvas.setCursor(null);
        if (dragging || e.getButton() != MouseButton.PRIMARY) {
            dragging = false;
            return;
        }
        TimelineView c = getSkinnable();
        Marker m = frame().hit(e.getX(), e.getY());
        if (m == null) {
            if (e.getClickCount() == 2 && e.getX() > geometry.headerWidth()) {
                TimeScale z = scale().zoomed(0.5, e.getX());
                c.setVisibleDays(z.startDay(), z.endDay());
            }
            return;
        }
        if (m.isCluster()) {
            // A cluster opens up: zoom to its members with some room around them.
            double pad = Math.max(1, (m.maxDay() - m.minDay()) * 0.3);
            c.setVisibleDays(m.minDay() - pad, m.maxDay() + pad);
            return;
        }
        Event event = layout.events().get(m.event());
        c.setSelectedEvent(event);
        if (e.getClickCount() == 2) c.fireEvent(new TimelineEvent(TimelineEvent.EVENT_OPENED, event));
    }

    private void onMoved(MouseEvent e) {
        setHovered(frame == null ? null : frame.hit(e.getX(), e.getY()));
    }

    private void setHovered(Marker m) {
        if (m == hovered) return;
        hovered = m;
        if (m == null) {
            Tooltip.uninstall(canvas, tooltip);
            canvas.setCursor(null);
        } else {
            tooltip.setText(describe(m));
            Tooltip.install(canvas, tooltip);
            canvas.setCursor(javafx.scene.Cursor.HAND);
        }
        invalidateFrame();
    }

    /** Tooltip text: title, date and organizations; for a cluster, the count and the span. */
    String describe(Marker m) {
        TimelineView c = getSkinnable();
        Locale locale = c.getLocale();
        if (m.isCluster()) {
            return m.count() + " events, " + dayText(m.minDay(), locale) + " – " + dayText(m.maxDay() - 1, locale)
                    + "\n(click to zoom in)";
        }
        Event e = layout.events().get(m.event());
        String orgs = e.organizations().stream()
                .map(id -> c.getLaneTitles().title(LaneGrouping.ORGANIZATION, id, locale))
                .collect(Collectors.joining(", "));
        return e.title().in(locale) + "\n" + e.date().format(locale) + (orgs.isEmpty() ? "" : "\n" + orgs);
    }

    private static String dayText(double day, Locale locale) {
        java.time.LocalDate d = java.time.LocalDate.ofEpochDay((long) Math.floor(day));
        return org.aitimeline.model.PartialDate.ofDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth()).format(locale);
    }

    // ----- overview band -----

    private void onOverviewPressed(MouseEvent e) {
        getSkinnable().requestFocus();
        TimelineView c = getSkinnable();
        pressX = e.getX();
        pressStart = c.visibleStartDay();
        pressEnd = c.visibleEndDay();
        overviewHandle = band.handleAt(e.getX(), overview.getWidth(), geometry.headerWidth(), pressStart, pressEnd);
        if (overviewHandle == OverviewBand.Handle.NONE) {
            // Click outside the window: centre the view there, then drag moves it.
            double day = band.toDay(e.getX(), overview.getWidth(), geometry.headerWidth());
            double half = (pressEnd - pressStart) / 2;
            c.setVisibleDays(day - half, day + half);
            pressStart = c.visibleStartDay();
            pressEnd = c.visibleEndDay();
            overviewHandle = OverviewBand.Handle.MOVE;
        }
    }

    private void onOverviewDragged(MouseEvent e) {
        TimelineView c = getSkinnable();
        double daysPerPx = band.daysPerPixel(overview.getWidth(), geometry.headerWidth());
        double dd = (e.getX() - pressX) * daysPerPx;
        switch (overviewHandle) {
            case MOVE -> c.setVisibleDays(pressStart + dd, pressEnd + dd);
            case LEFT -> c.setVisibleDays(Math.min(pressStart + dd, pressEnd - TimelineView.MIN_SPAN_DAYS), pressEnd);
            case RIGHT -> c.setVisibleDays(pressStart, Math.max(pressEnd + dd, pressStart + TimelineView.MIN_SPAN_DAYS));
            default -> { }
        }
    }

    private void onOverviewMoved(MouseEvent e) {
        TimelineView c = getSkinnable();
        OverviewBand.Handle h = band == null ? OverviewBand.Handle.NONE
                : band.handleAt(e.getX(), overview.getWidth(), geometry.headerWidth(), c.visibleStartDay(), c.visibleEndDay());
        overview.setCursor(switch (h) {
            case LEFT, RIGHT -> javafx.scene.Cursor.H_RESIZE;
            case MOVE -> javafx.scene.Cursor.OPEN_HAND;
            default -> javafx.scene.Cursor.DEFAULT;
        });
    }

    // ----- keyboard -----

    private void onKey(KeyEvent e) {
        TimelineView c = getSkinnable();
        KeyCode k = e.getCode();
        boolean mod = e.isControlDown() || e.isAltDown() || e.isMetaDown();
        TimeScale s = scale();
        switch (k) {
            case PLUS, ADD, EQUALS -> c.zoomIn();
            case MINUS, SUBTRACT -> c.zoomOut();
            case HOME -> c.fitAll();
            case LEFT -> {
                if (mod) c.selectAdjacent(-1);
                else c.setVisibleDays(s.startDay() - s.span() * 0.1, s.endDay() - s.span() * 0.1);
            }
            case RIGHT -> {
                if (mod) c.selectAdjacent(1);
                else c.setVisibleDays(s.startDay() + s.span() * 0.1, s.endDay() + s.span() * 0.1);
            }
            case UP -> scrollBar.setValue(Math.max(0, scrollBar.getValue() - geometry.laneHeight()));
            case DOWN -> scrollBar.setValue(Math.min(scrollBar.getMax(), scrollBar.getValue() + geometry.laneHeight()));
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

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return OVERVIEW_HEIGHT + TimelineGeometry.DEFAULT.axisHeight() + 60;
    }
}
