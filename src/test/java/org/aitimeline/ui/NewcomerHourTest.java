package org.aitimeline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.aitimeline.model.Event;
import org.aitimeline.model.Verdict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What got in a newcomer's way in their first hour (issue 25), each as the person meets it in the window. */
@ExtendWith(ApplicationExtension.class)
class NewcomerHourTest {

    private WindowRobot w;

    @Start
    void start(Stage stage) throws Exception {
        w = new WindowRobot(stage, prefs -> { });
    }

    @AfterEach
    void close() throws Exception {
        w.close();
    }

    private static boolean hasVerdict(Event e, Verdict v) {
        return e.corrections().stream().anyMatch(c -> c.verdict() == v);
    }

    @Test
    void theCorrectionsAreAFacetWithCountsAndTheirVerdictsAreSearchWords(FxRobot robot) {
        long incorrect = w.countShown(e -> hasVerdict(e, Verdict.INCORRECT));
        assertTrue(incorrect > 0, "the bundled dataset has incorrect claims");
        long corrected = w.countShown(Event::isCorrected);

        // The facet lists the verdict with its count, and ticking it keeps those events.
        javafx.scene.text.Text count = robot.lookup("#corrections .list-cell").match((javafx.scene.control.ListCell<?> c) ->
                Verdict.INCORRECT.id().equals(c.getItem())).lookup(".facet-count").queryAs(javafx.scene.text.Text.class);
        assertEquals(Long.toString(incorrect), count.getText());
        w.tick(robot, "corrections", Verdict.INCORRECT.id());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(incorrect, w.window.model().getFilteredEvents().size());
        assertTrue(w.status(robot).startsWith(incorrect + " of"), w.status(robot));
        assertTrue(robot.lookup("#statusFilters").queryAs(Label.class).getText().contains("Corrected by the record: Incorrect"));
        robot.clickOn("#clearFilters");

        // A search for the verdict or for "correction" lists them, in English and in Italian.
        robot.clickOn("#search").write("correction");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(corrected, w.window.model().getFilteredEvents().size());
        robot.doubleClickOn("#search").eraseText(12).write("errato");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(incorrect, w.window.model().getFilteredEvents().size());
    }

    /** The countries of the event's organizations, as the bundled dataset records where each is based. */
    private java.util.Set<String> organizationCountries(Event e) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String id : e.organizations()) {
            var o = w.bundled.organizationsById().get(id);
            if (o != null) out.add(o.country());
        }
        return out;
    }

    @Test
    void theCountryFilterMeansTheOrganizationsCountryUnlessThePersonChoosesTheEventsCountries(FxRobot robot) {
        long chineseOrganizations = w.countShown(e -> organizationCountries(e).contains("CN"));
        long concerningChina = w.countShown(e -> e.countries().contains("CN"));
        assertTrue(chineseOrganizations != concerningChina, "the two meanings differ on the bundled dataset");
        assertEquals("Countries (organizations)", robot.lookup("#countries-section").queryAs(javafx.scene.control.TitledPane.class).getText());

        // By default, China keeps the events of Chinese organizations only.
        w.tick(robot, "countries", "CN");
        WaitForAsyncUtils.waitForFxEvents();
        var shown = w.window.model().getFilteredEvents();
        assertEquals(chineseOrganizations, shown.size());
        assertTrue(shown.stream().allMatch(e -> organizationCountries(e).contains("CN")));
        assertTrue(robot.lookup("#statusFilters").queryAs(Label.class).getText()
                .contains("Countries (organizations): China"));

        // The person chooses the other meaning in the View menu: the same tick now keeps what concerns China.
        robot.clickOn("View").clickOn("Countries mean").clickOn("What the events concern");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(concerningChina, w.window.model().getFilteredEvents().size());
        assertEquals("Countries (events)", robot.lookup("#countries-section").queryAs(javafx.scene.control.TitledPane.class).getText());
        assertTrue(robot.lookup("#statusFilters").queryAs(Label.class).getText()
                .contains("Countries (events): China"));
        assertEquals("event", w.prefsNode.get("filter.countryMeaning", ""), "remembered for the next session");
    }

    @Test
    void showContextTogglesTheHistoryTheArticlesCompareWithAndIsRemembered(FxRobot robot) {
        long events = w.countShown(e -> true);
        long context = w.bundled.events().stream().filter(Event::isContext).count();
        assertTrue(context > 0);
        robot.clickOn("#timeline", javafx.scene.input.MouseButton.SECONDARY);
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT).type(javafx.scene.input.KeyCode.K)
                .release(javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(events + context, w.window.model().getFilteredEvents().size());
        assertTrue(w.prefsNode.getBoolean("filter.context", false), "remembered for the next session");
        assertTrue(new UserPreferences(w.prefsNode).filter().context(), "restored at the next start");
        robot.clickOn("View").clickOn("Show context");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(events, w.window.model().getFilteredEvents().size());
    }

    @Test
    void ctrlRightScrollsTheLanesToASelectionOutsideThem(FxRobot robot) {
        var timeline = w.timeline(robot);
        var bar = (javafx.scene.control.ScrollBar) timeline.lookup(".lane-scroll-bar");
        assertTrue(bar.isVisible(), "more lanes than fit the window");
        robot.clickOn("#timeline", javafx.scene.input.MouseButton.SECONDARY);
        java.util.List<String> unseen = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.RIGHT).release(javafx.scene.input.KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            Event selected = w.window.model().getSelectedEvent();
            if (timeline.locationOf(selected).isEmpty()) unseen.add(selected.id());
        }
        assertEquals(java.util.List.of(), unseen, "every event selected with Ctrl+→ is in view");
    }

    /** The timeline's tooltip on screen, if one is (the filter pane's own may show as the pointer crosses it). */
    private java.util.Optional<javafx.scene.control.Tooltip> tooltipShown() {
        var canvas = w.window.controller().timeline().lookup(".timeline-canvas");
        return canvas.getProperties().get("javafx.scene.control.Tooltip") instanceof javafx.scene.control.Tooltip t && t.isShowing()
                ? java.util.Optional.of(t) : javafx.stage.Window.getWindows().stream()
                .filter(x -> x instanceof javafx.scene.control.Tooltip t && x.isShowing() && timelineTooltips.contains(t))
                .map(x -> (javafx.scene.control.Tooltip) x).findFirst();
    }

    /** Every tooltip the timeline's canvas has carried in this test. */
    private final java.util.Set<javafx.scene.control.Tooltip> timelineTooltips = new java.util.HashSet<>();

    @Test
    void noTooltipOutlivesAZoomAndALaneNameShowsItsWholeName(FxRobot robot) throws Exception {
        var timeline = w.timeline(robot);
        var canvas = timeline.lookup(".timeline-canvas");
        robot.interact(() -> canvas.getProperties().addListener((javafx.collections.MapChangeListener<Object, Object>) c -> {
            if (c.getValueAdded() instanceof javafx.scene.control.Tooltip t) timelineTooltips.add(t);
        }));
        // An event drawn well inside the plot (a glyph left of it is not hovered there).
        Event first = timeline.getEvents().stream().filter(e -> timeline.locationOf(e).map(p -> p.getX() > timeline.getWidth() / 3).orElse(false))
                .findFirst().orElseThrow();
        javafx.geometry.Point2D at = timeline.localToScreen(timeline.locationOf(first).orElseThrow());
        robot.moveTo(at).moveBy(1, 0); // a tooltip starts its delay on a move over its node
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> tooltipShown().isPresent());
        assertTrue(tooltipShown().orElseThrow().getText().startsWith(first.title().en()), "the event's tooltip: " + tooltipShown().orElseThrow().getText() + " / " + first.title().en());

        // A zoom with the wheel (Ctrl or not) moves what is under the pointer: the tooltip goes.
        robot.scroll(3, javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(tooltipShown().isEmpty(), "no tooltip stays after a zoom");

        // Over a lane's name, the tooltip is the lane's whole name.
        robot.moveTo(timeline).moveBy(-timeline.getWidth() / 2 + 30, -timeline.getHeight() / 2 + 50).moveBy(1, 0);
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> tooltipShown().isPresent());
        String text = tooltipShown().orElseThrow().getText();
        var laneNames = w.window.model().getDataset().organizations().stream().map(o -> o.name()).toList();
        assertTrue(laneNames.contains(text), "a lane name, not an event: " + text);
    }

    @Test
    void aTitlePinnedAtTheLeftEdgeSaysWhereItsEventIsAndOverlapsNoOtherTitle(FxRobot robot) {
        var timeline = w.timeline(robot);
        // Zoom in with the keyboard, then drag the view on by a third of its width: earlier events leave on the left.
        robot.clickOn("#timeline", javafx.scene.input.MouseButton.SECONDARY);
        robot.type(javafx.scene.input.KeyCode.EQUALS, 3);
        robot.drag("#timeline", javafx.scene.input.MouseButton.PRIMARY).moveBy(-timeline.getWidth() / 3, 0).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        var frame = new java.util.concurrent.atomic.AtomicReference<org.aitimeline.timeline.TimelineFrame>();
        WaitForAsyncUtils.waitForAsyncFx(5000, () ->
                frame.set(((org.aitimeline.timeline.TimelineViewSkin) timeline.getSkin()).layoutOfAllLanes()));
        double plotLeft = frame.get().scale().x0();
        var events = frame.get().layout().events();
        int pinned = 0;
        for (var s : frame.get().shown()) {
            if (s.marker().isCluster() || s.x() >= plotLeft || s.text().isEmpty()) continue;
            pinned++;
            Event e = events.get(s.marker().event());
            assertTrue(s.text().startsWith("◀ "), "a pinned title starts with an arrow: " + s.text());
            if (s.full()) {
                String month = org.aitimeline.text.DateText.monthName(e.date().month(), java.util.Locale.ENGLISH);
                assertTrue(s.text().contains(e.date().precision() == org.aitimeline.model.PartialDate.Precision.YEAR
                        ? Integer.toString(e.date().year()) : month), "the event's date: " + s.text());
                assertTrue(s.text().endsWith(" · " + e.title().en()), s.text());
            }
        }
        assertTrue(pinned > 0, "the drag left titles pinned at the edge");
        // No two titles of a row overlap.
        var all = frame.get().shown().stream().filter(s -> !s.marker().isCluster() && !s.text().isEmpty()).toList();
        for (int i = 0; i < all.size(); i++) {
            for (int k = i + 1; k < all.size(); k++) {
                var a = all.get(i);
                var b = all.get(k);
                if (a.marker().lane() != b.marker().lane() || a.marker().row() != b.marker().row()) continue;
                boolean apart = a.labelX() + a.textWidth() <= b.labelX() || b.labelX() + b.textWidth() <= a.labelX();
                assertTrue(apart, "overlapping titles: " + a.text() + " / " + b.text());
            }
        }
    }

    private static double day(java.time.Instant i) {
        return org.aitimeline.timeline.EpochDays.of(i);
    }

    @Test
    void ctrlWheelZoomsInLargerSteps(FxRobot robot) {
        var timeline = w.timeline(robot);
        robot.moveTo("#timeline");
        double before = day(timeline.getVisibleEnd()) - day(timeline.getVisibleStart());
        robot.scroll(1, javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        double plain = day(timeline.getVisibleEnd()) - day(timeline.getVisibleStart());
        robot.press(javafx.scene.input.KeyCode.CONTROL).scroll(1, javafx.geometry.VerticalDirection.UP).release(javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        double ctrl = day(timeline.getVisibleEnd()) - day(timeline.getVisibleStart());
        double plainStep = Math.abs(Math.log(plain / before));
        double ctrlStep = Math.abs(Math.log(ctrl / plain));
        assertTrue(plainStep > 0, "a notch zooms");
        assertTrue(ctrlStep > 2.5 * plainStep, "Ctrl+wheel takes larger steps: " + plainStep + " vs " + ctrlStep);
    }
}
