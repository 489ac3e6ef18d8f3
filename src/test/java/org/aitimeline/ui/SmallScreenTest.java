package org.aitimeline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.aitimeline.model.Event;
import org.aitimeline.model.Facet;
import org.aitimeline.timeline.TimelineGeometry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window on a laptop screen (issue 24): at 1280×720 and 1366×768 no control's text is cut, every facet option is
 * reachable from the keyboard, a closed facet names its choice, the outside-view hint stays off the axis, and the
 * side panes give way before the timeline gets too narrow; the details of a corrected event wrap to their pane.
 */
@ExtendWith(ApplicationExtension.class)
class SmallScreenTest {

    private WindowRobot w;

    @Start
    void start(Stage stage) throws Exception {
        w = new WindowRobot(stage, prefs -> { });
    }

    @AfterEach
    void close() throws Exception {
        w.close();
    }

    private void resize(FxRobot robot, double width, double height) {
        robot.interact(() -> {
            w.stage.setWidth(width);
            w.stage.setHeight(height);
        });
        SplitPane split = robot.lookup("#split").queryAs(SplitPane.class);
        double expected = Math.max(width, ExplorerWindow.MIN_WIDTH);
        try {
            // The platform resizes the window asynchronously; the panes are fitted on the layout pass that follows.
            WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                    () -> Math.abs(split.getWidth() - expected) < 1 && !split.isNeedsLayout());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the window did not take the size " + width + "×" + height, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Labeled nodes on show whose text the skin shortened with an ellipsis. A name cut in a list cell whose tooltip
     * shows it whole (a long organization name) is allowed, as lane names are; nothing else is. A cell that makes its
     * tooltip on the first hover (a facet row) is hovered by the robot and then checked.
     */
    static List<String> cutTexts(FxRobot robot, Node root) {
        List<String> cut = new ArrayList<>();
        List<Labeled> toHover = new ArrayList<>();
        robot.interact(() -> collectCut(root, cut, toHover));
        for (Labeled l : toHover) {
            robot.moveTo(l);
            boolean[] whole = new boolean[1];
            robot.interact(() -> whole[0] = wholeInTooltip(l));
            if (!whole[0]) cut.add(describe(l) + ", with no tooltip on hover");
        }
        return cut;
    }

    private static void collectCut(Node n, List<String> cut, List<Labeled> toHover) {
        if (!n.isVisible()) return;
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            for (Node child : l.getChildrenUnmodifiable()) {
                if (child instanceof Text shown && shown.getText().endsWith(l.getEllipsisString())
                        && !l.getText().endsWith(l.getEllipsisString()) && !wholeInTooltip(l)) {
                    if (cellOf(l) != null && cellOf(l).getTooltip() == null) toHover.add(l);
                    else cut.add(describe(l));
                }
            }
        }
        if (n instanceof Parent p) p.getChildrenUnmodifiable().forEach(c -> collectCut(c, cut, toHover));
    }

    private static String describe(Labeled l) {
        String shown = l.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(t -> ((Text) t).getText())
                .findFirst().orElse("");
        return l.getClass().getSimpleName() + " “" + l.getText() + "” shown as “" + shown + "”";
    }

    private static javafx.scene.control.ListCell<?> cellOf(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.ListCell<?> c) return c;
        }
        return null;
    }

    private static boolean wholeInTooltip(Labeled l) {
        for (Node n = l; n != null; n = n.getParent()) {
            if (n instanceof Control c && c.getTooltip() != null && c.getTooltip().getText().contains(l.getText())) return true;
        }
        return false;
    }

    @Test
    void atLaptopSizesNoControlTextIsCut(FxRobot robot) {
        for (double[] size : new double[][] {{1280, 720}, {1366, 768}}) {
            // when
            resize(robot, size[0], size[1]);
            // then
            List<String> found = new ArrayList<>();
            found.addAll(cutTexts(robot, w.stage.getScene().getRoot()));
            assertTrue(found.isEmpty(), size[0] + "×" + size[1] + ": " + found);
            SplitPane split = robot.lookup("#split").queryAs(SplitPane.class);
            assertEquals(3, split.getItems().size(), "filters, timeline and details all shown at " + size[0]);
            // Every facet is open at its natural height up to the row limit; the pane scrolls to show them all.
            for (String id : List.of("organizations", "countries", "categories", "access")) {
                ListView<?> list = robot.lookup("#" + id).queryAs(ListView.class);
                int rows = Math.min(FilterPaneController.MAX_ROWS, list.getItems().size());
                assertEquals(rows * FilterPaneController.ROW_HEIGHT + 4, list.getHeight(), 0.5, id + " height");
            }
            ScrollPane scroll = robot.lookup("#scroll").queryAs(ScrollPane.class);
            assertTrue(scroll.getContent().getLayoutBounds().getHeight() > scroll.getViewportBounds().getHeight(),
                    "the open facets need more than the window's height, so the pane scrolls");
        }
    }

    @Test
    void atLaptopSizeTheDetailsOfACorrectedEventWrapToThePaneWithNoSidewaysScrolling(FxRobot robot) {
        // given: the default panes at 1280×720
        resize(robot, 1280, 720);
        // when: a corrected event with a long licence is found and selected with the keyboard
        robot.clickOn("#search").write("Llama 3.1");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#timeline", javafx.scene.input.MouseButton.SECONDARY);
        robot.press(KeyCode.CONTROL).type(KeyCode.RIGHT).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        Event llama = w.window.model().getSelectedEvent();
        assertEquals("Meta releases Llama 3.1", llama == null ? null : llama.title().in(java.util.Locale.ENGLISH));
        assertTrue(llama.isCorrected() && llama.licence().length() > 25, "a corrected event with a long licence");
        // then: the content is as wide as the viewport, so no sideways scroll bar
        ScrollPane details = (ScrollPane) robot.lookup("#detailsScroll").query();
        double[] widths = new double[2];
        robot.interact(() -> {
            widths[0] = details.getContent().getLayoutBounds().getWidth();
            widths[1] = details.getViewportBounds().getWidth();
        });
        assertTrue(widths[0] <= widths[1] + 0.5, "content " + widths[0] + " wider than the viewport " + widths[1]
                + "; too wide for it: " + tooWide(details.getContent(), widths[1]));
        ScrollBar sideways = robot.from(details).lookup(".scroll-bar")
                .match((ScrollBar b) -> b.getOrientation() == Orientation.HORIZONTAL)
                .queryAs(ScrollBar.class);
        assertFalse(sideways.isVisible(), "no horizontal scroll bar in the details pane");
        // and every text on show is whole and inside the viewport, the licence's value among them
        Label licence = robot.from(details).lookup(".label")
                .match((Label l) -> llama.licence().equals(l.getText()))
                .queryAs(Label.class);
        List<String> found = new ArrayList<>();
        found.addAll(cutTexts(robot, details));
        assertTrue(found.isEmpty(), found.toString());
        ScrollBar upright = robot.from(details).lookup(".scroll-bar")
                .match((ScrollBar b) -> b.getOrientation() == Orientation.VERTICAL)
                .queryAs(ScrollBar.class);
        Bounds pane = details.localToScene(details.getLayoutBounds());
        double right = upright.isVisible() ? upright.localToScene(upright.getLayoutBounds()).getMinX() : pane.getMaxX();
        Bounds value = licence.localToScene(licence.getLayoutBounds());
        assertTrue(value.getMinX() >= pane.getMinX() && value.getMaxX() <= right + 0.5,
                "the licence " + value + " lies between the pane's left edge and " + right);
    }

    /** The nodes under {@code n} whose minimum width exceeds {@code width}, to name what holds the content wide. */
    private static List<String> tooWide(Node n, double width) {
        List<String> found = new ArrayList<>();
        if (!n.isManaged() || !n.isVisible()) return found;
        if (n.minWidth(-1) > width) {
            found.add(n.getClass().getSimpleName() + n.getStyleClass() + " min " + n.minWidth(-1)
                    + (n instanceof Parent p ? ", its children's " + p.getChildrenUnmodifiable().stream()
                            .map(c -> Math.round(c.minWidth(-1))).toList() : ""));
        }
        // A wrapped label's Text is as wide as the label was laid out: not a cause.
        if (n instanceof Parent p && !(n instanceof Labeled)) p.getChildrenUnmodifiable().forEach(c -> found.addAll(tooWide(c, width)));
        return found;
    }

    @Test
    void everyFacetOptionIsReachableWithTabArrowsAndSpace(FxRobot robot) {
        resize(robot, 1280, 720);
        ScrollPane scroll = robot.lookup("#scroll").queryAs(ScrollPane.class);
        robot.clickOn("#clearFilters");
        for (Facet facet : List.of(Facet.ORGANIZATION, Facet.COUNTRY, Facet.CATEGORY, Facet.ACCESS, Facet.CORRECTION)) {
            String id = switch (facet) {
                case ORGANIZATION -> "organizations";
                case COUNTRY -> "countries";
                case CATEGORY -> "categories";
                case ACCESS -> "access";
                case CORRECTION -> "corrections";
            };
            @SuppressWarnings("unchecked")
            ListView<String> list = robot.lookup("#" + id).queryAs(ListView.class);
            // given: Tab, as many times as it takes, from the previous control to this facet's list
            for (int i = 0; i < 12 && w.stage.getScene().getFocusOwner() != list; i++) robot.type(KeyCode.TAB);
            assertEquals(list, w.stage.getScene().getFocusOwner(), id + " reached with Tab");
            // when: the arrow keys walk every option
            for (int i = 0; i < list.getItems().size(); i++) {
                if (i > 0 || list.getFocusModel().getFocusedIndex() < 0) robot.type(KeyCode.DOWN);
                assertEquals(i, list.getFocusModel().getFocusedIndex(), id + " option " + i);
                assertTrue(onScreen(robot, list, scroll, i), id + " option " + i + " is scrolled into view");
            }
            // then: Space ticks the last one
            robot.type(KeyCode.SPACE);
            String last = list.getItems().get(list.getItems().size() - 1);
            assertEquals(Set.of(last), w.window.model().getFilter().selected(facet), id);
            robot.type(KeyCode.SPACE);
            assertEquals(Set.of(), w.window.model().getFilter().selected(facet), id + ": Space again unticks");
        }
    }

    /** Whether the list's cell for option {@code index} lies inside the filter pane's viewport. */
    private static boolean onScreen(FxRobot robot, ListView<?> list, ScrollPane scroll, int index) {
        Node cell = robot.from(list).lookup(".list-cell").match((javafx.scene.control.ListCell<?> c) -> c.getIndex() == index
                && c.isVisible()).tryQuery().orElse(null);
        if (cell == null) return false;
        Bounds b = cell.localToScene(cell.getLayoutBounds());
        Bounds view = scroll.localToScene(scroll.getLayoutBounds());
        Bounds listBox = list.localToScene(list.getLayoutBounds());
        return b.getMinY() >= view.getMinY() - 0.5 && b.getMaxY() <= view.getMaxY() + 0.5
                && b.getMinY() >= listBox.getMinY() - 0.5 && b.getMaxY() <= listBox.getMaxY() + 0.5;
    }

    @Test
    void aClosedFacetNamesItsChoiceAndStaysClosedAcrossALanguageSwitch(FxRobot robot) {
        // given
        w.tick(robot, "organizations", "meta");
        w.tick(robot, "organizations", "alibaba");
        TitledPane section = robot.lookup("#organizations-section").queryAs(TitledPane.class);
        assertEquals("Organizations", section.getText(), "an open section's header is its title");
        // when
        WindowRobot.scrollIntoView(robot, section);
        robot.clickOn(section.lookup(".title"));
        // then
        assertFalse(section.isExpanded());
        assertEquals("Organizations · Alibaba, Meta", section.getText());
        assertFalse(w.prefsNode.getBoolean("section.organizations", true), "remembered");
        robot.clickOn("View").clickOn("Language").clickOn("Italiano");
        WaitForAsyncUtils.waitForFxEvents();
        TitledPane rebuilt = robot.lookup("#organizations-section").queryAs(TitledPane.class);
        assertFalse(rebuilt.isExpanded(), "the new view opens the section as it was left");
        assertEquals("Organizzazioni · Alibaba, Meta", rebuilt.getText());
    }

    @Test
    void theOutsideViewHintSitsInTheHeaderColumnOffTheAxisLabels(FxRobot robot) {
        resize(robot, 1280, 720);
        Node hint = robot.lookup(".outside-hint").query();
        assertTrue(hint.isVisible(), "the bundled dataset opens on most events, so the hint is shown");
        Bounds b = hint.getBoundsInParent();
        assertTrue(b.getMaxX() <= TimelineGeometry.DEFAULT.headerWidth(), "inside the lane-name column: " + b);
        assertTrue(b.getMaxY() <= TimelineGeometry.DEFAULT.axisHeight(), "inside the axis row's height: " + b);
    }

    @Test
    void sidePanesGiveWayBeforeTheTimelineGetsNarrow(FxRobot robot) {
        SplitPane split = robot.lookup("#split").queryAs(SplitPane.class);
        Node timeline = robot.lookup("#timeline").query();
        // when: a narrow window
        resize(robot, 1000, 700);
        // then: the right pane went first, and the timeline kept its width
        assertEquals(2, split.getItems().size());
        assertTrue(split.getItems().contains(robot.lookup("#filters").query()), "the filters stay");
        assertTrue(timeline.getLayoutBounds().getWidth() >= PanelLayout.TIMELINE_MIN_WIDTH, "" + timeline.getLayoutBounds());
        // when: the smallest window
        resize(robot, 100, 100);
        // then: it is the minimum size, nothing is cut and the timeline is still useful
        assertEquals(ExplorerWindow.MIN_WIDTH, w.stage.getWidth(), 0.5);
        assertEquals(ExplorerWindow.MIN_HEIGHT, w.stage.getHeight(), 0.5);
        List<String> found = new ArrayList<>();
        found.addAll(cutTexts(robot, w.stage.getScene().getRoot()));
        assertTrue(found.isEmpty(), found.toString());
        assertTrue(timeline.getLayoutBounds().getWidth() >= PanelLayout.TIMELINE_MIN_WIDTH, "" + timeline.getLayoutBounds());
        // when: wide again, the right pane comes back
        resize(robot, 1366, 768);
        assertEquals(3, split.getItems().size(), split.getWidth() + " " + w.stage.getWidth() + " " + split.getItems());
    }

    @Test
    void atLaptopSizeTheDateSlidersYearsAreWhole(FxRobot robot) {
        resize(robot, 1280, 720);
        javafx.scene.control.TitledPane dates = robot.lookup("#dates-section").queryAs(javafx.scene.control.TitledPane.class);
        robot.interact(() -> dates.setExpanded(true));
        WaitForAsyncUtils.waitForFxEvents();
        Node content = dates.getContent();
        javafx.geometry.Bounds box = content.localToScene(content.getLayoutBounds());
        java.util.List<javafx.scene.text.Text> labels = robot.from(content).lookup(".axis Text")
                .match(Node::isVisible).queryAllAs(javafx.scene.text.Text.class).stream().toList();
        assertTrue(labels.size() >= 2, "the slider shows its years: " + labels.size());
        for (javafx.scene.text.Text label : labels) {
            javafx.geometry.Bounds b = label.localToScene(label.getLayoutBounds());
            assertTrue(b.getMinX() >= box.getMinX() - 0.5 && b.getMaxX() <= box.getMaxX() + 0.5,
                    "'" + label.getText() + "' at " + b.getMinX() + "–" + b.getMaxX() + " is cut by the section ("
                            + box.getMinX() + "–" + box.getMaxX() + ")");
        }
    }
}
