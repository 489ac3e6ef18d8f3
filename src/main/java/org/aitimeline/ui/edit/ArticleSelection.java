package org.aitimeline.ui.edit;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Path;
import javafx.scene.text.TextFlow;
import org.aitimeline.data.PassageQuote;
import org.aitimeline.model.Passage;
import org.aitimeline.model.Source;

/**
 * Text selection in the article view, which shows the article as a {@link TextFlow} (no built-in selection): drag
 * to select; the selection is drawn from the flow's own range shapes and published as the passage a dataset would
 * quote for it (exact text plus the prefix and suffix that make it unique), or null when nothing is selected.
 */
public final class ArticleSelection {

    private final TextFlow text;
    private final Path shape = new Path();
    private final Supplier<Source> source;
    private final Consumer<Passage> selected;
    private int anchor = -1;

    private ArticleSelection(TextFlow text, Supplier<Source> source, Consumer<Passage> selected) {
        this.text = text;
        this.source = source;
        this.selected = selected;
    }

    /**
     * Makes {@code text} selectable by dragging; the selection is drawn in {@code page} (the flow's parent) and
     * told to {@code selected}; {@code source} is the article shown.
     */
    public static ArticleSelection install(TextFlow text, Pane page, Supplier<Source> source, Consumer<Passage> selected) {
        ArticleSelection s = new ArticleSelection(text, source, selected);
        s.shape.setId("articleSelection");
        s.shape.getStyleClass().add("article-selection");
        s.shape.setManaged(false);
        s.shape.setMouseTransparent(true);
        page.getChildren().add(0, s.shape);
        text.addEventHandler(MouseEvent.MOUSE_PRESSED, m -> {
            if (m.getButton() != MouseButton.PRIMARY) return;
            s.anchor = s.index(m);
            s.draw(s.anchor, s.anchor);
        });
        text.addEventHandler(MouseEvent.MOUSE_DRAGGED, m -> {
            if (s.anchor >= 0) s.draw(s.anchor, s.index(m));
        });
        text.addEventHandler(MouseEvent.MOUSE_RELEASED, m -> {
            if (m.getButton() != MouseButton.PRIMARY || s.anchor < 0) return;
            int caret = s.index(m);
            int from = Math.min(s.anchor, caret);
            int to = Math.max(s.anchor, caret);
            s.anchor = -1;
            Source article = source.get();
            Passage p = from == to || article == null ? null : PassageQuote.of(article, from, to);
            if (p == null) s.clear();
            selected.accept(p);
        });
        text.boundsInParentProperty().addListener(o -> s.shape.getElements().clear());
        return s;
    }

    /** Forgets the selection (another article was opened). */
    public void clear() {
        shape.getElements().clear();
        anchor = -1;
        selected.accept(null);
    }

    private int index(MouseEvent m) {
        Point2D p = text.sceneToLocal(m.getSceneX(), m.getSceneY());
        return text.hitTest(p).getInsertionIndex();
    }

    private void draw(int a, int b) {
        int from = Math.min(a, b);
        int to = Math.max(a, b);
        shape.getElements().setAll(text.rangeShape(from, to));
        shape.setLayoutX(text.getBoundsInParent().getMinX());
        shape.setLayoutY(text.getBoundsInParent().getMinY());
    }
}
