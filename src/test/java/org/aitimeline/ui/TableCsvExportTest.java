package org.aitimeline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.aitimeline.model.Event;
import org.aitimeline.ui.task.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 21: the Table view's own Export CSV… writes the rows it shows, in its order, one CSV row each. */
@ExtendWith(ApplicationExtension.class)
class TableCsvExportTest {

    @TempDir
    Path dir;
    private WindowRobot w;

    @Start
    void start(Stage stage) throws Exception {
        w = new WindowRobot(stage, prefs -> { });
    }

    @AfterEach
    void close() throws Exception {
        w.close();
    }

    @Test
    void exportCsvWritesTheFilteredRowsInTheTablesOrder(FxRobot robot) throws Exception {
        // given: the table open, filtered to one organization, sorted by title
        robot.clickOn("View").clickOn("Table");
        WaitForAsyncUtils.waitForFxEvents();
        w.tick(robot, "organizations", "openai");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#eventTable .column-header").match(n -> "column-title".equals(n.getId())).queryAs(Node.class));
        List<Event> filtered = w.window.model().getFilteredEvents();
        assertTrue(filtered.size() > 1 && filtered.size() < w.countShown(e -> true), "the filter leaves some events");
        assertEquals(filtered.size() + " rows", robot.lookup("#tableRowCount").queryAs(Label.class).getText());
        w.dialogs.exportTarget = dir.resolve("openai");

        // when
        robot.clickOn("#tableExportCsv");
        Path file = dir.resolve("openai.csv");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> TaskRunner.shared().isIdle() && Files.exists(file));
        WaitForAsyncUtils.waitForFxEvents();

        // then: a header, and one row per filtered event, ordered by English title as the table shows them
        assertEquals(List.of("events.csv"), w.dialogs.suggestedExportNames);
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "");
        List<String> header = new ArrayList<>();
        List<Map<String, String>> rows = new ArrayList<>();
        try (var it = new CsvMapper().readerFor(Map.class).with(CsvSchema.emptySchema().withHeader())
                .<Map<String, String>>readValues(text)) {
            while (it.hasNext()) {
                Map<String, String> row = it.next();
                if (header.isEmpty()) header.addAll(row.keySet());
                rows.add(row);
            }
        }
        assertTrue(header.containsAll(List.of("id", "date", "title_en", "organizations")), header.toString());
        List<Event> expected = filtered.stream()
                .sorted(Comparator.comparing((Event e) -> e.title().in(Locale.ENGLISH), String.CASE_INSENSITIVE_ORDER))
                .toList();
        assertEquals(expected.stream().map(Event::id).toList(), rows.stream().map(r -> r.get("id")).toList());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(expected.get(i).title().en(), rows.get(i).get("title_en"));
            assertEquals(expected.get(i).date().toEdtf(), rows.get(i).get("date"));
            assertTrue(rows.get(i).get("organizations").contains("OpenAI"), rows.get(i).toString());
        }
        String said = robot.lookup("#tableExportStatus").queryAs(Label.class).getText();
        assertTrue(said.contains("openai.csv") && said.contains(rows.size() + " events"), said);
        assertTrue(w.dialogs.errors.isEmpty() && w.dialogs.unexpected.isEmpty());
        assertTrue(w.dialogs.exportRequests.isEmpty(), "no export dialog in between");
    }

    @Test
    void aFileThatCannotBeWrittenIsOneSentenceAndNoFile(FxRobot robot) throws Exception {
        robot.clickOn("View").clickOn("Table");
        WaitForAsyncUtils.waitForFxEvents();
        w.dialogs.exportTarget = dir.resolve("missing-folder").resolve("events.csv");
        robot.clickOn("#tableExportCsv");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> TaskRunner.shared().isIdle() && !w.dialogs.errors.isEmpty());
        assertTrue(w.dialogs.errors.get(0).startsWith("Export CSV: Export failed:"), w.dialogs.errors.get(0));
        assertTrue(w.dialogs.errors.get(0).contains("missing-folder"), w.dialogs.errors.get(0));
        assertFalse(Files.exists(dir.resolve("missing-folder")));
        assertTrue(w.dialogs.unexpected.isEmpty());
    }
}
