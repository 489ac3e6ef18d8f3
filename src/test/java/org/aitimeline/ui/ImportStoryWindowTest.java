package org.aitimeline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.aitimeline.data.imports.TimelineJsImport;
import org.aitimeline.model.Category;
import org.aitimeline.model.Event;
import org.aitimeline.model.Organization;
import org.aitimeline.ui.task.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File › Open on a TimelineJS story (JSON or sheet CSV): groups as chosen, notices shown, unsourced events said so. */
@ExtendWith(ApplicationExtension.class)
class ImportStoryWindowTest {

    private static final String STORY = """
            {
              "title": {"text": {"headline": "A story", "text": "<p>Read this first.</p>"}},
              "eras": [{"start_date": {"year": "2022"}, "end_date": {"year": "2023"}, "text": {"headline": "Early days"}}],
              "events": [
                {"start_date": {"year": "2023", "month": "3", "day": "14"}, "group": "release",
                 "text": {"headline": "Acme ships a model", "text": "<p>As <a href='https://example.org/acme'>announced</a>.</p>"}},
                {"start_date": {"year": "2023", "month": "9", "day": "1"}, "group": "leak",
                 "text": {"headline": "Weights leak", "text": "<p>Nobody says where.</p>"}}
              ]
            }
            """;

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

    private void openWithCtrlO(FxRobot robot, Path file) throws Exception {
        w.dialogs.datasetToOpen = file;
        robot.press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, TaskRunner.shared()::isIdle);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aStoryGroupedAsCategoriesOpensWithItsNoticesAndItsUnsourcedEventSaysSo(FxRobot robot) throws Exception {
        Path story = dir.resolve("story.json");
        Files.writeString(story, STORY);
        w.dialogs.groupAs = TimelineJsImport.GroupAs.CATEGORY;
        openWithCtrlO(robot, story);
        assertEquals(1, w.dialogs.groupAsAsked, "the person is asked what the groups are");
        var dataset = w.window.model().getDataset();
        assertEquals(Set.of(Category.RELEASE, Category.LEAK), dataset.events().stream().filter(Event::isHappening)
                .map(Event::category).collect(Collectors.toSet()));
        assertEquals(List.of("Early days"), dataset.events().stream().filter(Event::isContext).map(e -> e.title().en()).toList(),
                "the era is kept as context, hidden until View › Show context");
        String notices = w.dialogs.noticesShown.toString();
        assertFalse(notices.contains("Early days"), "an era kept is not reported: " + notices);
        assertTrue(notices.contains("title slide's text"), notices);

        // Select the events in turn from the keyboard: the first cites a web page, the second nothing at all.
        robot.clickOn("#timeline", javafx.scene.input.MouseButton.SECONDARY);
        robot.press(KeyCode.CONTROL).type(KeyCode.RIGHT).release(KeyCode.CONTROL);
        assertEquals("Acme ships a model", robot.lookup("#detailsTitle").queryAs(Label.class).getText());
        assertFalse(robot.lookup("#unsourcedNote").queryAs(Label.class).isVisible());
        robot.press(KeyCode.CONTROL).type(KeyCode.RIGHT).release(KeyCode.CONTROL);
        assertEquals("Weights leak", robot.lookup("#detailsTitle").queryAs(Label.class).getText());
        Label note = robot.lookup("#unsourcedNote").queryAs(Label.class);
        assertTrue(note.isVisible() && note.getText().startsWith("Imported without a source"), note.getText());
    }

    @Test
    void aSheetCsvGroupedAsOrganizationsMakesOneLanePerGroup(FxRobot robot) throws Exception {
        Path sheet = dir.resolve("sheet.csv");
        Files.writeString(sheet, "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,"
                + "Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\n"
                + "2024,5,2,,,,,,,Acme opens its weights,,https://example.org/a,,,,,Acme Labs,\n"
                + "2024,6,,,,,,,,Beta answers,,,,,,,Beta Inc,\n");
        openWithCtrlO(robot, sheet);
        assertEquals(1, w.dialogs.groupAsAsked);
        assertEquals(Set.of("Acme Labs", "Beta Inc"), w.window.model().getDataset().organizations().stream()
                .map(Organization::name).collect(Collectors.toSet()));
        assertEquals(2, w.timeline(robot).getEvents().size());
        assertEquals(sheet.toAbsolutePath().toString(), w.prefsNode.get("lastDataset", null));
    }

    @Test
    void cancellingTheGroupQuestionKeepsTheCurrentDataAndOurOwnFormatIsNotAsked(FxRobot robot) throws Exception {
        Path story = dir.resolve("story.json");
        Files.writeString(story, STORY);
        w.dialogs.groupAs = null;
        openWithCtrlO(robot, story);
        assertEquals(1, w.dialogs.groupAsAsked);
        assertSame(w.bundled, w.window.model().getDataset());

        Path ours = org.aitimeline.bench.SyntheticEvents.writeJson(12, dir);
        openWithCtrlO(robot, ours);
        assertEquals(1, w.dialogs.groupAsAsked, "a dataset of our own format has no groups to ask about");
        assertEquals(12, w.window.model().getDataset().events().size());
        assertTrue(w.dialogs.noticesShown.isEmpty());
    }
}
