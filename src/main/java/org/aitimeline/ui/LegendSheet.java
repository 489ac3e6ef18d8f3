package org.aitimeline.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Window;
import org.aitimeline.text.Labels;
import org.aitimeline.timeline.CanvasSurface;
import org.aitimeline.timeline.LanePalette;
import org.aitimeline.timeline.TimelinePainter;
import org.aitimeline.timeline.TimelineTheme;

/**
 * Help › Legend: each mark of the timeline drawn by the timeline's own painter, then each way the article view marks
 * its text, styled by the article view's own style classes and stylesheet, beside what it means.
 */
final class LegendSheet {

    private static final String[] TIMELINE_KEYS = {"legend.day", "legend.span", "legend.qualified", "legend.commentary",
        "legend.context", "legend.corrected", "legend.cluster"};

    private LegendSheet() {
    }

    static void show(Window owner, Labels labels) {
        Alert alert = new Alert(Alert.AlertType.NONE, "", ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(labels.get("legend.title"));
        alert.setHeaderText(labels.get("legend.title"));
        alert.getDialogPane().setContent(grid(labels));
        // The article marks take their colours from the article view's stylesheet, on the window's theme.
        alert.getDialogPane().getStylesheets().add(LegendSheet.class.getResource("explorer.css").toExternalForm());
        alert.setResizable(true);
        alert.showAndWait();
    }

    /** The legend: the timeline's marks, a heading, the article view's marks. */
    static GridPane grid(Labels labels) {
        GridPane grid = new GridPane();
        grid.setId("legendGrid");
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setPadding(new Insets(6));
        TimelinePainter.LegendMark[] marks = TimelinePainter.LegendMark.values();
        int row = 0;
        for (int i = 0; i < TIMELINE_KEYS.length; i++) {
            Canvas c = new Canvas(TimelinePainter.LEGEND_W, TimelinePainter.LEGEND_H);
            TimelinePainter.legendMark(new CanvasSurface(c.getGraphicsContext2D()), marks[i], LanePalette.COLORS.get(0),
                    TimelineTheme.LIGHT);
            addRow(grid, row++, c, labels.get(TIMELINE_KEYS[i]));
        }
        Label heading = new Label(labels.get("legend.article"));
        heading.getStyleClass().add("shortcuts-group");
        heading.setPadding(new Insets(6, 0, 0, 0));
        grid.add(heading, 0, row++, 2, 1);
        for (ArticleMark mark : ArticleMark.values()) addRow(grid, row++, sample(mark, labels), labels.get(mark.labelKey()));
        grid.setAlignment(Pos.TOP_LEFT);
        return grid;
    }

    private static void addRow(GridPane grid, int row, Node mark, String meaning) {
        Label text = new Label(meaning);
        text.setWrapText(true);
        text.setMaxWidth(420);
        text.setMinHeight(Label.USE_PREF_SIZE); // a wrapped meaning takes its lines, never an ellipsis
        text.getStyleClass().add("legend-meaning");
        GridPane.setHgrow(text, Priority.ALWAYS);
        GridPane.setValignment(mark, VPos.CENTER);
        grid.addRow(row, mark, text);
    }

    /** A word of article text marked as the article view marks it (a current passage is a passage too). */
    private static Node sample(ArticleMark mark, Labels labels) {
        Text word = new Text(labels.get("legend.article.sample"));
        if (mark == ArticleMark.CURRENT) word.getStyleClass().add(ArticleMark.PASSAGE.styleClass());
        word.getStyleClass().add(mark.styleClass());
        TextFlow flow = new TextFlow(word);
        flow.getStyleClass().add(ArticleMark.TEXT);
        flow.setId("legend-" + mark.name().toLowerCase(java.util.Locale.ROOT));
        StackPane sample = new StackPane();
        if (mark == ArticleMark.CORRECTED) {
            Rectangle behind = new Rectangle();
            behind.getStyleClass().add(ArticleMark.CLAIM_HIGHLIGHT);
            behind.widthProperty().bind(flow.widthProperty());
            behind.heightProperty().bind(flow.heightProperty());
            sample.getChildren().add(behind);
        }
        sample.getChildren().add(flow);
        sample.setAlignment(Pos.CENTER_LEFT);
        sample.setMaxWidth(StackPane.USE_PREF_SIZE);
        return sample;
    }
}
