package org.aitimeline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.aitimeline.model.Source;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Who published an article, who wrote it and where, in the article view's header (issue 25, point 5): the address
 * opens in the browser, never inside the app; the web page's leftovers are drawn greyed.
 */
@ExtendWith(ApplicationExtension.class)
class ArticleSourcingTest {

    private WindowRobot w;

    @Start
    void start(Stage stage) throws Exception {
        w = new WindowRobot(stage, prefs -> { });
    }

    @AfterEach
    void close() throws Exception {
        w.close();
    }

    /** Opens the Articles tab and clicks the article {@code id} in its list. */
    private Source open(FxRobot robot, String id) {
        robot.clickOn("Articles");
        WaitForAsyncUtils.waitForFxEvents();
        Source article = w.bundled.source(id).orElseThrow();
        ListView<?> list = robot.lookup("#articles").queryAs(ListView.class);
        robot.interact(() -> list.scrollTo(w.bundled.sources().indexOf(article)));
        robot.clickOn(robot.from(list).lookup(".list-cell").match((ListCell<?> c) -> article.equals(c.getItem()))
                .queryAs(ListCell.class));
        WaitForAsyncUtils.waitForFxEvents();
        return article;
    }

    private static String byline(FxRobot robot) {
        return robot.lookup("#articleByline").queryAs(Label.class).getText();
    }

    @Test
    void theHeaderNamesOutletAuthorAndDateAndTheAddressOpensInTheBrowser(FxRobot robot) {
        // when
        open(robot, "llama2-download");
        // then
        String byline = byline(robot);
        assertTrue(byline.startsWith("ihal.it  ·  Fantasy  ·  published "), byline);
        assertTrue(byline.endsWith("October 2023"), byline);
        Hyperlink link = robot.lookup("#articleLink").queryAs(Hyperlink.class);
        assertEquals("https://ihal.it/ascesa-open-source-per-modelli-linguistici/", link.getText());
        // when: the address is clicked
        robot.clickOn(link);
        // then: the browser is asked for it, and the article stays open in the app
        assertEquals(List.of("https://ihal.it/ascesa-open-source-per-modelli-linguistici/"), w.dialogs.linksOpened);
        assertTrue(robot.lookup("#articleText").queryAs(TextFlow.class).isVisible());
        assertEquals("llama2-download", ((Source) robot.lookup("#articles").queryAs(ListView.class)
                .getSelectionModel().getSelectedItem()).id());
    }

    @Test
    void aSourceWithoutAnAuthorLeavesNoDanglingSeparator(FxRobot robot) {
        Source article = open(robot, "rivoluzione-democratica");
        assertTrue(article.author().isBlank(), "the dataset knows no author for it");
        String byline = byline(robot);
        assertTrue(byline.startsWith("ainotizie.net  ·  published "), byline);
        assertFalse(byline.contains("·  ·") || byline.endsWith("·") || byline.startsWith("·"), byline);
        assertEquals(2, byline.split("·").length, byline);
    }

    @Test
    void pageFurnitureIsDrawnGreyedAndSmaller(FxRobot robot) {
        open(robot, "illusione-fossato");
        List<Text> pieces = robot.lookup("#articleText").queryAs(TextFlow.class).getChildren().stream()
                .map(n -> (Text) n).toList();
        Text furniture = pieces.stream().filter(t -> t.getText().contains("Prestito condominio")).findFirst().orElseThrow();
        Text plain = pieces.stream().filter(t -> t.getStyleClass().contains("article-plain")).findFirst().orElseThrow();
        assertNotEquals(plain.getFill(), furniture.getFill(), "greyed, not the article's colour");
        assertTrue(furniture.getFont().getSize() < plain.getFont().getSize(), "smaller than the article's text");
    }
}
