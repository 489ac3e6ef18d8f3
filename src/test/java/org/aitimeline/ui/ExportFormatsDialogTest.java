package org.aitimeline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import javax.xml.parsers.DocumentBuilderFactory;
import org.aitimeline.export.ExportContext;
import org.aitimeline.export.TimelineImage;
import org.aitimeline.export.TimelineImageTest;
import org.aitimeline.ui.task.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File › Export… in every format the window writes, driven by a robot; the choices remembered between dialogs. */
@ExtendWith(ApplicationExtension.class)
class ExportFormatsDialogTest {

    @TempDir
    Path dir;

    private final FakeDialogService dialogs = new FakeDialogService();
    private final Preferences node = Preferences.userRoot().node("aitimeline-test-" + UUID.randomUUID());
    private final UserPreferences prefs = new UserPreferences(node);
    private Stage owner;
    private ExportContext context;

    @Start
    void start(Stage stage) throws Exception {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300));
        stage.show();
        owner = stage;
        context = TimelineImageTest.bundledContext();
    }

    @AfterEach
    void closeAll(FxRobot robot) throws Exception {
        robot.interact(() -> javafx.stage.Window.getWindows().stream().filter(w -> w != owner).toList()
                .forEach(javafx.stage.Window::hide));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, TaskRunner.shared()::isIdle);
        node.removeNode();
    }

    private void open(FxRobot robot, ExportFormat format) {
        robot.interact(() -> new ExportDialog(owner, new ExportRequest(context, format, prefs), dialogs, TaskRunner.shared()).show());
    }

    private void choose(FxRobot robot, String choiceId, String text) {
        robot.clickOn("#" + choiceId);
        robot.clickOn(text);
    }

    private String status(FxRobot robot) {
        return robot.lookup("#exportStatus").queryAs(Label.class).getText();
    }

    private void exportAndWait(FxRobot robot) throws Exception {
        robot.clickOn("#exportButton");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> status(robot).startsWith("Wrote") || status(robot).startsWith("Export failed"));
        assertTrue(status(robot).startsWith("Wrote"), status(robot));
    }

    @Test
    void anSvgChosenInTheDialogGetsItsExtensionAndIsAVectorPoster(FxRobot robot) throws Exception {
        open(robot, null);
        dialogs.exportTarget = dir.resolve("poster");
        choose(robot, "exportFormat", "SVG (vector image)");
        exportAndWait(robot);
        assertEquals(List.of("timeline.svg"), dialogs.suggestedExportNames, "the chooser is asked for an SVG");
        Path svg = dir.resolve("poster.svg");
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertEquals("svg", doc.getDocumentElement().getNodeName());
        assertTrue(status(robot).contains("poster.svg"), status(robot));
    }

    @Test
    void aPdfFittedToOnePageHasOnePageAndSplitHasMore(FxRobot robot) throws Exception {
        open(robot, ExportFormat.PDF);
        choose(robot, "exportPages", "Fit on one page");
        dialogs.exportTarget = dir.resolve("fit.pdf");
        exportAndWait(robot);
        assertTrue(status(robot).endsWith("(1 page)"), status(robot));
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(dir.resolve("fit.pdf").toFile())) {
            assertEquals(1, pdf.getNumberOfPages());
        }
        choose(robot, "exportPages", "Split across A3 pages");
        robot.clickOn("#exportAll");
        dialogs.exportTarget = dir.resolve("split.pdf");
        exportAndWait(robot);
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(dir.resolve("split.pdf").toFile())) {
            assertTrue(pdf.getNumberOfPages() > 1, "the whole range does not fit one A3 page");
            assertTrue(status(robot).endsWith("(" + pdf.getNumberOfPages() + " pages)"), status(robot));
        }
    }

    @Test
    void aTimelineJsStoryHasASlidePerFilteredEvent(FxRobot robot) throws Exception {
        open(robot, ExportFormat.TIMELINEJS);
        assertEquals("TimelineJS story (JSON)", robot.lookup("#exportFormat").queryAs(ChoiceBox.class).getConverter()
                .toString(robot.lookup("#exportFormat").queryAs(ChoiceBox.class).getValue()));
        assertTrue(robot.lookup("#exportTheme").query().isDisabled(), "no theme for a story");
        dialogs.exportTarget = dir.resolve("story.json");
        exportAndWait(robot);
        assertEquals(List.of("timeline.timelinejs.json"), dialogs.suggestedExportNames);
        JsonNode story = new ObjectMapper().readTree(dir.resolve("story.json").toFile());
        // A context event is an era of the story, not a slide.
        assertEquals(context.events().stream().filter(e -> !e.isContext()).count(), story.get("events").size());
        assertEquals(context.events().stream().filter(e -> e.isContext()).count(), story.path("eras").size());
    }

    @Test
    void aCsvTableHasOneRowPerFilteredEventAndTheSubsetOpensAgain(FxRobot robot) throws Exception {
        open(robot, null);
        choose(robot, "exportFormat", "CSV table (spreadsheet)");
        assertTrue(robot.lookup("#exportVisible").query().getParent().isDisabled(), "a table holds every filtered event");
        dialogs.exportTarget = dir.resolve("events");
        exportAndWait(robot);
        assertEquals("timeline.csv", dialogs.suggestedExportNames.get(0));
        var csv = new com.fasterxml.jackson.dataformat.csv.CsvMapper();
        List<String> ids = new java.util.ArrayList<>();
        try (var rows = csv.readerFor(java.util.Map.class).with(com.fasterxml.jackson.dataformat.csv.CsvSchema.emptySchema().withHeader())
                .<java.util.Map<String, String>>readValues(
                        Files.readString(dir.resolve("events.csv")).replaceFirst("^\uFEFF", ""))) {
            while (rows.hasNext()) ids.add(rows.next().get("id"));
        }
        assertEquals(context.events().stream().map(org.aitimeline.model.Event::id).toList(), ids);

        choose(robot, "exportFormat", "Dataset subset (JSON, shareable)");
        dialogs.exportTarget = dir.resolve("share").resolve("subset.json");
        Files.createDirectories(dir.resolve("share"));
        exportAndWait(robot);
        var reloaded = new org.aitimeline.data.DatasetLoader().load(dir.resolve("share").resolve("subset.json"));
        assertEquals(context.events().size(), reloaded.events().size());
    }

    @Test
    void theDialogStartsOnTheCurrentViewAndRemembersFormatAndRange(FxRobot robot) throws Exception {
        open(robot, null);
        assertTrue(robot.lookup("#exportVisible").queryAs(RadioButton.class).isSelected(), "the current view by default");
        choose(robot, "exportFormat", "SVG (vector image)");
        robot.clickOn("#exportAll");
        robot.clickOn("#exportClose");
        WaitForAsyncUtils.waitForFxEvents();

        open(robot, null);
        assertEquals(ExportFormat.SVG, robot.lookup("#exportFormat").queryAs(ChoiceBox.class).getValue());
        assertTrue(robot.lookup("#exportAll").queryAs(RadioButton.class).isSelected(), "the whole range, as chosen last time");
        // A format asked for by the menu wins over the remembered one.
        robot.clickOn("#exportClose");
        open(robot, ExportFormat.PDF);
        assertEquals(ExportFormat.PDF, robot.lookup("#exportFormat").queryAs(ChoiceBox.class).getValue());
    }

    @Test
    void clickingThePreviewShowsThePosterAtFullSize(FxRobot robot) throws Exception {
        open(robot, ExportFormat.PNG);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#exportPreview").queryAs(ImageView.class).getImage() != null);
        robot.clickOn("#exportPreview");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#exportFullPreview").tryQuery().isPresent());
        ImageView full = robot.lookup("#exportFullPreview").queryAs(ImageView.class);
        int expected = TimelineImage.layout(context, new TimelineImage.Options(TimelineImage.Range.VISIBLE, 0, 1, "", null)).width();
        assertEquals(expected, (int) full.getImage().getWidth(), "the real width, not the preview's");
        assertTrue(full.getImage().getWidth() > robot.lookup("#exportPreview").queryAs(ImageView.class).getBoundsInLocal().getWidth());
    }

    @Test
    void cancellingAnExportLeavesNoFile(FxRobot robot) throws Exception {
        open(robot, ExportFormat.PNG);
        robot.clickOn("#exportAll");
        robot.clickOn("#exportByWidth");
        robot.doubleClickOn("#exportWidth .text-field").write("20000").type(javafx.scene.input.KeyCode.ENTER);
        dialogs.exportTarget = dir.resolve("big.png");
        robot.clickOn("#exportButton");
        assertEquals("Cancel", robot.lookup("#exportClose").queryAs(javafx.scene.control.Button.class).getText());
        robot.clickOn("#exportClose");
        assertTrue(status(robot).startsWith("Export cancelled"), status(robot));
        assertEquals("Close", robot.lookup("#exportClose").queryAs(javafx.scene.control.Button.class).getText());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, TaskRunner.shared()::isIdle);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.toList(), "neither the file nor its temporary part");
        }
        assertFalse(status(robot).startsWith("Wrote"));
    }
}
