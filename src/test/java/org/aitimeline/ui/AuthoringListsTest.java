package org.aitimeline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.aitimeline.model.Correction;
import org.aitimeline.model.Event;
import org.aitimeline.model.Evidence;
import org.aitimeline.model.Organization;
import org.aitimeline.model.Passage;
import org.aitimeline.model.Verdict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The event form's lists as an author uses them: evidence and corrections added and edited, each checked at its
 * field; an organization created inline; a correction or a passage from a selection in the article view (asking
 * which event when none is selected); a double-click in the details pane or the table opening the form.
 */
@ExtendWith(ApplicationExtension.class)
class AuthoringListsTest {

    private WindowRobot w;

    @Start
    void start(Stage stage) throws Exception {
        w = new WindowRobot(stage, prefs -> { });
    }

    @AfterEach
    void close() throws Exception {
        w.dialogs.unsavedAnswers.add(DialogService.UnsavedChoice.DISCARD);
        robotCloseForms();
        w.close();
    }

    private void robotCloseForms() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> javafx.stage.Window.getWindows().stream()
                .filter(x -> x != w.stage && x instanceof Stage s && s.getOwner() == w.stage).toList()
                .forEach(javafx.stage.Window::hide)).get();
    }

    private ExplorerModel model() {
        return w.window.model();
    }

    /** Clicks a node of the form after scrolling it into view, as a user would. */
    private org.testfx.api.FxRobotInterface click(FxRobot robot, String id) {
        Node n = robot.lookup(id).query();
        WindowRobot.scrollIntoView(robot, n);
        return robot.clickOn(n);
    }

    private void type(FxRobot robot, String id, String text) {
        click(robot, id);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).type(KeyCode.BACK_SPACE);
        if (!text.isEmpty()) robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Label problem(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class);
    }

    private Button commit(FxRobot robot) {
        return robot.lookup("#formCommit").queryAs(Button.class);
    }

    private void undo(FxRobot robot) {
        robot.clickOn("#timeline", MouseButton.SECONDARY).type(KeyCode.ESCAPE);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }


    /** Chooses an item of the Edit menu (the selection stays). */
    private void fromEditMenu(FxRobot robot, Passage p, String itemKey) {
        robot.clickOn(model().labels().get("menu.edit")).clickOn(model().labels().get(itemKey));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(p, model().getTextSelection());
    }

    /** Answers "Which event?" by typing words of its title and choosing it. */
    private void choose(FxRobot robot, Event e) {
        robot.clickOn("#chooserFilter").write(e.title().en().toLowerCase());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(e, robot.lookup("#chooserList").queryAs(ListView.class).getSelectionModel().getSelectedItem());
        robot.clickOn("#chooserOk");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void evidenceIsAddedInTheFormFromTheDetailsPaneCheckedAtItsFieldsAndUndone(FxRobot robot) {
        // given: an event without evidence, shown in the details pane
        Event before = w.bundled.events().stream().filter(e -> e.evidence().isEmpty() && e.isHappening()).findFirst().orElseThrow();
        robot.interact(() -> model().select(before));
        robot.clickOn(model().labels().get("tab.event"));
        WaitForAsyncUtils.waitForFxEvents();

        // when: a double-click in the details pane opens the form on it
        robot.doubleClickOn("#detailsTitle");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before.title().en(), robot.lookup("#formTitleEn").queryAs(TextField.class).getText());

        click(robot, "#formAddEvidence");
        type(robot, "#formEvidenceTitle", "Release notes");
        type(robot, "#formEvidencePublisher", "The lab");
        type(robot, "#formEvidenceUrl", "example.org/notes");
        // then: the loader's words at the URL field, and no commit
        assertTrue(problem(robot, "#formEvidenceUrlProblem").isVisible());
        assertEquals("must be an absolute http or https URL: \"example.org/notes\"",
                problem(robot, "#formEvidenceUrlProblem").getText());
        assertTrue(commit(robot).isDisabled());
        type(robot, "#formEvidenceUrl", "https://example.org/notes");
        type(robot, "#formEvidenceDate", "2023-02-30");
        assertTrue(problem(robot, "#formEvidenceDateProblem").getText().startsWith("impossible or malformed date"),
                problem(robot, "#formEvidenceDateProblem").getText());
        type(robot, "#formEvidenceDate", "2023-02");
        assertTrue(problem(robot, "#formEvidenceSupportsProblem").isVisible(), "what it supports is required");
        click(robot, "#formEvidenceSupports-date");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(commit(robot).isDisabled(), robot.lookup("#formProblems").queryAs(Label.class).getText());
        robot.clickOn(commit(robot));
        WaitForAsyncUtils.waitForFxEvents();

        Event after = model().getDataset().event(before.id()).orElseThrow();
        assertEquals(List.of(new Evidence("Release notes", "The lab", "https://example.org/notes",
                org.aitimeline.model.PartialDate.parse("2023-02"), java.util.Set.of(Evidence.Support.DATE))), after.evidence());
        undo(robot);
        assertEquals(before, model().getDataset().event(before.id()).orElseThrow(), "undone");
    }

    @Test
    void aCorrectionFromTheSelectionAsksWhichEventThenIsEditedAndCommitted(FxRobot robot) {
        // given: no event selected, text selected in an article
        robot.interact(() -> model().select(null));
        Event target = w.bundled.events().stream().filter(e -> !e.evidence().isEmpty() && e.isHappening()).findFirst().orElseThrow();
        Passage claim = w.selectText(robot);

        // when: Edit › Add correction from selection, then the event chosen
        fromEditMenu(robot, claim, "menu.edit.addCorrection");
        choose(robot, target);

        // then: the form on that event, with a new correction whose claim is the selection
        ListView<?> corrections = robot.lookup("#formCorrections").queryAs(ListView.class);
        assertEquals(target.corrections().size() + 1, corrections.getItems().size());
        assertTrue(robot.lookup("#formCorrectionClaim").queryAs(Label.class).getText().contains(claim.exact()));
        assertTrue(commit(robot).isDisabled(), "a correction with no text cannot be committed");
        assertTrue(problem(robot, "#formCorrectionTextEnProblem").isVisible());

        click(robot, "#formCorrectionVerdict");
        robot.clickOn(model().labels().verdict(Verdict.MISLEADING));
        type(robot, "#formCorrectionTextEn", "The record says otherwise.");
        type(robot, "#formCorrectionTextIt", "Le fonti dicono altro.");
        assertTrue(problem(robot, "#formCorrectionEvidenceProblem").getText()
                .startsWith("a correction must cite at least one entry of the event's \"evidence\""),
                problem(robot, "#formCorrectionEvidenceProblem").getText());
        click(robot, "#formCorrectionEvidence-0");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(commit(robot).isDisabled(), robot.lookup("#formProblems").queryAs(Label.class).getText());
        robot.clickOn(commit(robot));
        WaitForAsyncUtils.waitForFxEvents();

        List<Correction> made = model().getDataset().event(target.id()).orElseThrow().corrections();
        Correction last = made.get(made.size() - 1);
        assertEquals(claim.exact(), last.claim().exact());
        assertEquals(claim.source(), last.claim().source());
        assertEquals(Verdict.MISLEADING, last.verdict());
        assertEquals("The record says otherwise.", last.text().en());
        assertEquals(List.of(0), last.evidence());
        undo(robot);
        assertEquals(target, model().getDataset().event(target.id()).orElseThrow(), "undone");
    }

    @Test
    void aPassageFromTheSelectionGoesToTheEventChosenWhenNoneIsSelected(FxRobot robot) {
        robot.interact(() -> model().select(null));
        Event target = w.bundled.events().stream().filter(Event::isHappening).skip(3).findFirst().orElseThrow();
        Passage p = w.selectText(robot);
        fromEditMenu(robot, p, "menu.edit.addPassage");
        choose(robot, target);
        List<Passage> passages = model().getDataset().event(target.id()).orElseThrow().passages();
        assertEquals(p, passages.get(passages.size() - 1));
        undo(robot);
        assertEquals(target, model().getDataset().event(target.id()).orElseThrow(), "undone");
    }

    @Test
    void anOrganizationIsCreatedInlineAndAddedWithTheEventInOneUndoableEdit(FxRobot robot) {
        w.selectText(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#formTitleEn").write("A new lab opens");
        robot.clickOn("#formTitleIt").write("Apre un nuovo laboratorio");
        robot.clickOn("#formSummaryEn").write("A lab made in the form.");
        robot.clickOn("#formSummaryIt").write("Un laboratorio fatto nel modulo.");
        robot.clickOn("#formCategory").clickOn(model().labels().get("category.statement"));

        // an existing organization picked from the list
        Organization existing = w.bundled.organizations().stream()
                .min(java.util.Comparator.comparing((Organization o) -> o.name().toLowerCase())).orElseThrow();
        click(robot, "#formPickOrganization");
        robot.clickOn(existing.name() + " (" + existing.id() + ")");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(existing.id(), robot.lookup("#formOrganizations").queryAs(TextField.class).getText());

        // a new one, inline: its id follows the name, a bad country is shown at its field and blocks it
        click(robot, "#formNewOrganizationButton");
        type(robot, "#formNewOrgName", "Laboratorio Prova");
        assertEquals("laboratorio-prova", robot.lookup("#formNewOrgId").queryAs(TextField.class).getText());
        type(robot, "#formNewOrgCountry", "XX");
        assertTrue(problem(robot, "#formNewOrgCountryProblem").getText().startsWith("unknown country code \"XX\""),
                problem(robot, "#formNewOrgCountryProblem").getText());
        assertTrue(robot.lookup("#formCreateOrganization").queryAs(Button.class).isDisabled());
        type(robot, "#formNewOrgCountry", "IT");
        type(robot, "#formNewOrgAliases", "LP");
        click(robot, "#formCreateOrganization");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(existing.id() + ", laboratorio-prova", robot.lookup("#formOrganizations").queryAs(TextField.class).getText());
        assertFalse(commit(robot).isDisabled(), robot.lookup("#formProblems").queryAs(Label.class).getText());
        robot.clickOn(commit(robot));
        WaitForAsyncUtils.waitForFxEvents();

        Organization lab = new Organization("laboratorio-prova", "Laboratorio Prova", "IT", List.of("LP"));
        assertTrue(model().getDataset().organizations().contains(lab));
        Event made = model().getSelectedEvent();
        assertEquals(List.of(existing.id(), lab.id()), made.organizations());
        undo(robot);
        assertFalse(model().getDataset().organizations().contains(lab), "the organization is undone with the event");
        assertTrue(model().getDataset().event(made.id()).isEmpty());
        assertEquals(w.bundled.organizations(), model().getDataset().organizations());
    }

    @Test
    void aDoubleClickOnATableRowOpensTheFormOnItsEvent(FxRobot robot) {
        robot.clickOn("View").clickOn("Table");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#eventTable").queryAs(TableView.class);
        Node row = robot.from(table).lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getIndex() == 2).findFirst().orElseThrow();
        assertTrue(robot.lookup("#eventForm").tryQuery().isEmpty());
        robot.doubleClickOn(row);
        WaitForAsyncUtils.waitForFxEvents();
        Event chosen = model().getSelectedEvent();
        assertNotNull(chosen);
        assertEquals(chosen.title().en(), robot.lookup("#formTitleEn").queryAs(TextField.class).getText());
    }
}
