package org.aitimeline.ui;

import java.util.UUID;
import java.util.function.Predicate;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.aitimeline.model.Dataset;
import org.aitimeline.model.Event;
import org.aitimeline.timeline.TimelineView;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The explorer window on the bundled dataset for robot tests: a fresh preference node per test, fake dialogs, and
 * the few gestures the tests share (ticking a facet option as a user does, reading the status bar).
 */
final class WindowRobot {

    final FakeDialogService dialogs = new FakeDialogService();
    final Preferences prefsNode = Preferences.userRoot().node("aitimeline-test-" + UUID.randomUUID());
    final Stage stage;
    final ExplorerWindow window;
    final Dataset bundled;

    /**
     * Opens the window on a stage of its own, as the app does at start-up (the test's primary stage keeps a scene
     * from earlier tests); {@code prepare} may put remembered state into the fresh preference node first.
     */
    WindowRobot(Stage primary, java.util.function.Consumer<Preferences> prepare) throws Exception {
        this(primary, prepare, dialogs -> { });
    }

    /** As above, with the fake dialogs' answers prepared first (those asked while the window opens). */
    WindowRobot(Stage primary, java.util.function.Consumer<Preferences> prepare,
                java.util.function.Consumer<FakeDialogService> answers) throws Exception {
        answers.accept(dialogs);
        this.stage = new Stage();
        prefsNode.put("language", "en");
        prefsNode.putDouble("width", 1240);
        prefsNode.putDouble("height", 780);
        prepare.accept(prefsNode);
        window = new ExplorerWindow(stage, new UserPreferences(prefsNode), labels -> dialogs);
        window.show();
        bundled = window.model().getDataset();
    }

    /** Closes the window (which saves its state) and removes the preference node. */
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(stage::hide).get();
        prefsNode.removeNode();
    }

    TimelineView timeline(FxRobot robot) {
        return robot.lookup("#timeline").queryAs(TimelineView.class);
    }

    String status(FxRobot robot) {
        return robot.lookup("#statusCount").queryAs(Label.class).getText();
    }

    /** Events of the dataset the window shows by default (commentary and context are hidden) that pass {@code p}. */
    long countShown(Predicate<Event> p) {
        return bundled.events().stream().filter(Event::isHappening).filter(p).count();
    }

    /** Ticks an option of a facet list by clicking its check box, as a user does (scrolling it into view first). */
    void tick(FxRobot robot, String list, Object item) {
        @SuppressWarnings("unchecked")
        ListView<Object> view = robot.lookup("#" + list).queryAs(ListView.class);
        robot.interact(() -> view.scrollTo(item));
        scrollIntoView(robot, view);
        Node box = robot.lookup("#" + list + " .list-cell").match((ListCell<?> c) -> item.equals(c.getItem()))
                .queryAs(ListCell.class).lookup(".check-box");
        robot.clickOn(box);
    }

    /** Scrolls the scroll pane around {@code node} so that the node is in view (as a user would with the wheel). */
    static void scrollIntoView(FxRobot robot, Node node) {
        ScrollPane scroll = null;
        for (Node n = node.getParent(); n != null && scroll == null; n = n.getParent()) {
            if (n instanceof ScrollPane s) scroll = s;
        }
        if (scroll == null) return;
        ScrollPane pane = scroll;
        robot.interact(() -> {
            Node content = pane.getContent();
            double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
            double total = content.getBoundsInLocal().getHeight();
            double viewport = pane.getViewportBounds().getHeight();
            if (total > viewport) pane.setVvalue(Math.max(0, Math.min(1, (y - 20) / (total - viewport))));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens an article with no page furniture and drags across its first lines; returns the selection. */
    org.aitimeline.model.Passage selectText(FxRobot robot) {
        robot.clickOn(window.model().labels().get("tab.articles"));
        WaitForAsyncUtils.waitForFxEvents();
        org.aitimeline.model.Source article = bundled.sources().stream().filter(s -> s.furniture().isEmpty()).findFirst()
                .orElseThrow();
        ListView<?> list = robot.lookup("#articles").queryAs(ListView.class);
        robot.clickOn(robot.from(list).lookup(".list-cell").match((ListCell<?> c) -> article.equals(c.getItem()))
                .queryAs(ListCell.class));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.text.TextFlow flow = robot.lookup("#articleText").queryAs(javafx.scene.text.TextFlow.class);
        javafx.geometry.Bounds b = flow.localToScreen(flow.getBoundsInLocal());
        robot.drag(new javafx.geometry.Point2D(b.getMinX() + 3, b.getMinY() + 60), javafx.scene.input.MouseButton.PRIMARY)
                .moveTo(new javafx.geometry.Point2D(b.getMinX() + 220, b.getMinY() + 62))
                .release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        org.aitimeline.model.Passage p = window.model().getTextSelection();
        org.junit.jupiter.api.Assertions.assertNotNull(p, "the drag selected text");
        org.junit.jupiter.api.Assertions.assertEquals(article.id(), p.source());
        org.junit.jupiter.api.Assertions.assertEquals(article.text().substring(p.start(), p.end()), p.exact());
        return p;
    }
}
