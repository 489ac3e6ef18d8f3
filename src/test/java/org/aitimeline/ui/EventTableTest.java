package org.aitimeline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.aitimeline.model.Event;
import org.aitimeline.text.DateText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** View › Table (issue 19 §4): the filtered events, sorted by real date, selection shared with the timeline, Ctrl+C. */
@ExtendWith(ApplicationExtension.class)
class EventTableTest {

    private WindowRobot w;

    @Start
    void start(Stage stage) throws Exception {
        w = new WindowRobot(stage, prefs -> { });
    }

    @AfterEach
    void close() throws Exception {
        w.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<EventTable.Row> openTable(FxRobot robot) {
        robot.clickOn("View").clickOn("Table");
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#eventTable").queryAs(TableView.class);
    }

    private static Node row(FxRobot robot, TableView<?> table, int index) {
        return robot.from(table).lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getIndex() == index).findFirst().orElseThrow();
    }

    private static List<Long> starts(TableView<EventTable.Row> table) {
        return table.getItems().stream().map(r -> r.event().date().startEpochDay()).toList();
    }

    @Test
    void theTableListsTheFilteredEventsAndSortsByRealDate(FxRobot robot) {
        // given
        TableView<EventTable.Row> table = openTable(robot);
        assertEquals(w.countShown(e -> true), table.getItems().size());
        assertTrue(w.prefsNode.getBoolean("table.shown", false), "remembered");
        // when: the date column's header, twice
        robot.clickOn(robot.lookup("#eventTable .column-header").match(n -> "column-date".equals(n.getId())).queryAs(Node.class));
        List<Long> up = starts(table);
        robot.clickOn(robot.lookup("#eventTable .column-header").match(n -> "column-date".equals(n.getId())).queryAs(Node.class));
        List<Long> down = starts(table);
        // then: ordered by the days, not by the words ("12 Mar 2024" after "Feb 2024")
        for (int i = 1; i < up.size(); i++) assertTrue(up.get(i - 1) <= up.get(i), "ascending at " + i);
        for (int i = 1; i < down.size(); i++) assertTrue(down.get(i - 1) >= down.get(i), "descending at " + i);
        Event first = table.getItems().get(table.getItems().size() - 1).event();
        assertEquals(DateText.format(first.date(), java.util.Locale.ENGLISH), table.getItems().get(table.getItems().size() - 1).date());
        // and it follows the filter
        w.tick(robot, "organizations", "meta");
        assertEquals(w.countShown(e -> e.organizations().contains("meta")), table.getItems().size());
    }

    @Test
    void theSelectionIsSharedBothWaysWithTheTimeline(FxRobot robot) {
        TableView<EventTable.Row> table = openTable(robot);
        // when: a row is clicked
        Node row = row(robot, table, 2);
        robot.clickOn(row);
        // then: the model, the timeline and the details show it
        Event chosen = table.getItems().get(2).event();
        assertSame(chosen, w.window.model().getSelectedEvent());
        assertSame(chosen, w.timeline(robot).getSelectedEvent());
        assertTrue(w.timeline(robot).getAccessibleText().contains(chosen.title().in(java.util.Locale.ENGLISH)),
                w.timeline(robot).getAccessibleText());
        // when: the timeline moves to the next event from the keyboard
        robot.interact(() -> w.timeline(robot).requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.RIGHT).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        // then: the table follows
        Event now = w.window.model().getSelectedEvent();
        assertNotNull(now);
        assertNotSame(chosen, now);
        assertSame(now, table.getSelectionModel().getSelectedItem().event());
    }

    @Test
    void arrowKeysMoveAndCtrlCCopiesTheSelectedRowsAsTabSeparatedText(FxRobot robot) {
        TableView<EventTable.Row> table = openTable(robot);
        robot.clickOn(row(robot, table, 0));
        // when
        robot.type(KeyCode.DOWN);
        assertSame(table.getItems().get(1).event(), w.window.model().getSelectedEvent(), "Down selects the next row");
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        // then
        AtomicReference<String> copied = new AtomicReference<>();
        robot.interact(() -> copied.set(Clipboard.getSystemClipboard().getString()));
        String[] lines = copied.get().split("\n");
        assertEquals(2, lines.length, copied.get());
        for (int i = 0; i < 2; i++) {
            String[] fields = lines[i].split("\t", -1);
            EventTable.Row row = table.getItems().get(1 + i);
            assertEquals(8, fields.length, lines[i]);
            assertEquals(row.date(), fields[0]);
            assertEquals(row.event().title().in(java.util.Locale.ENGLISH), fields[1]);
        }
    }
}
