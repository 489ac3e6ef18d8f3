package org.aitimeline.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.Subscription;
import org.aitimeline.model.Correction;
import org.aitimeline.model.Dataset;
import org.aitimeline.model.Event;
import org.aitimeline.model.Passage;
import org.aitimeline.model.Source;
import org.aitimeline.text.DateText;
import org.aitimeline.text.Labels;

/**
 * The article view: the list of articles, and the full text of one in a readable column (60–80 characters a line),
 * its sub-headings styled as headings, every cited passage underlined, and every claim the dataset corrects
 * highlighted in amber with the correction as its tooltip. Clicking a passage selects the event that cites it.
 */
public class SourceController {

    /** What one piece of the article's text is part of. */
    private record Piece(List<Event> events, List<Passage> passages, List<Correction> corrections, int heading) {
    }

    @FXML private ListView<Source> articles;
    @FXML private ScrollPane scroll;
    @FXML private StackPane page;
    @FXML private Path highlights;
    @FXML private TextFlow text;
    @FXML private VBox header;

    private ExplorerModel model;
    private ArticleHeader byline;
    /** Events citing each source (by a passage or a corrected claim), rebuilt per dataset. */
    private Map<String, List<Event>> citing = new HashMap<>();
    private Passage emphasised;
    /** Character ranges of corrected claims in the article shown, for the highlight shapes. */
    private final List<int[]> claimRanges = new ArrayList<>();

    /** Wires the view to the model, links opening in the browser; the returned subscription unwires it. */
    Subscription init(ExplorerModel model, java.util.function.Consumer<String> openLink) {
        this.model = model;
        byline = new ArticleHeader(header, openLink);
        text.setId("articleText");
        highlights.setId("claimHighlights");
        articles.setCellFactory(lv -> new ArticleCell());
        // Clicks are resolved by character, not by glyph shape, so a click between letters still counts.
        text.setOnMouseClicked(m -> {
            Piece piece = pieceAt(text.hitTest(new Point2D(m.getX(), m.getY())).getCharIndex());
            if (piece != null && !piece.events().isEmpty()) select(piece.events());
        });
        // A new size or place of the text moves its bounds in the parent: one listener covers both.
        text.boundsInParentProperty().addListener(o -> drawHighlights());
        articles.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> render(s));
        org.aitimeline.ui.edit.ArticleSelection selection = org.aitimeline.ui.edit.ArticleSelection.install(text, page,
                articles.getSelectionModel()::getSelectedItem, model::selectText);
        articles.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> selection.clear());
        if (model.getDataset() != null) showDataset(model.getDataset());
        return Subscription.combine(
                model.datasetProperty().subscribe((a, d) -> showDataset(d)),
                model.selectedEventProperty().subscribe((a, e) -> restyle()));
    }

    private Piece pieceAt(int index) {
        int at = 0;
        for (Node node : text.getChildren()) {
            int len = ((Text) node).getText().length();
            if (index >= at && index < at + len) return (Piece) node.getUserData();
            at += len;
        }
        return null;
    }

    private void showDataset(Dataset d) {
        Map<String, List<Event>> map = new HashMap<>();
        for (Event e : d.events()) {
            for (Passage p : e.passages()) addCiting(map, p.source(), e);
            for (Correction c : e.corrections()) addCiting(map, c.claim().source(), e);
        }
        citing = map;
        emphasised = null;
        articles.getItems().setAll(d.sources());
        claimRanges.clear();
        text.getChildren().setAll(new Text(model.labels().get("source.choose")));
        byline.show(null, null, null);
        drawHighlights();
    }

    private static void addCiting(Map<String, List<Event>> map, String source, Event e) {
        List<Event> list = map.computeIfAbsent(source, k -> new ArrayList<>());
        if (list.isEmpty() || list.get(list.size() - 1) != e) list.add(e);
    }

    /** Opens the passage's article with the passage emphasised and scrolled into view. */
    public void show(Passage passage) {
        emphasised = passage;
        Source s = model.getDataset().source(passage.source()).orElse(null);
        if (s == null) return;
        // The article already open only needs the new passage marked, not its text built again.
        if (articles.getSelectionModel().getSelectedItem() == s) restyle();
        else articles.getSelectionModel().select(s);
        articles.scrollTo(s);
        Platform.runLater(() -> Platform.runLater(this::scrollToEmphasis));
    }

    private void render(Source s) {
        if (s == null) return;
        if (emphasised != null && !emphasised.source().equals(s.id())) emphasised = null;
        byline.show(s, model.labels(), model.getLocale());
        String body = s.text();
        List<Event> events = citing.getOrDefault(s.id(), List.of());
        List<int[]> headings = ArticleHeadings.find(body);
        // Cut the text at every passage, claim and heading boundary; each piece knows what it belongs to.
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, body.length()));
        for (Event e : events) {
            for (Passage p : e.passages()) if (p.source().equals(s.id())) addCut(cuts, p);
            for (Correction c : e.corrections()) if (c.claim().source().equals(s.id())) addCut(cuts, c.claim());
        }
        for (int[] h : headings) {
            cuts.add(h[0]);
            cuts.add(h[1]);
        }
        for (Passage f : s.furniture()) addCut(cuts, f);
        Labels labels = model.labels();
        List<Text> pieces = new ArrayList<>();
        claimRanges.clear();
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null && cut > prev) pieces.add(piece(body, prev, cut, s, events, headings, labels));
            prev = cut;
        }
        text.getChildren().setAll(pieces);
        restyle();
        scroll.setVvalue(0);
        Platform.runLater(this::drawHighlights);
    }

    private static void addCut(TreeSet<Integer> cuts, Passage p) {
        cuts.add(p.start());
        cuts.add(p.end());
    }

    private Text piece(String body, int from, int to, Source s, List<Event> events, List<int[]> headings, Labels labels) {
        Text t = new Text(body.substring(from, to));
        List<Event> covering = new ArrayList<>();
        List<Passage> covered = new ArrayList<>();
        List<Correction> corrected = new ArrayList<>();
        for (Event e : events) {
            for (Passage p : e.passages()) {
                if (p.source().equals(s.id()) && p.start() <= from && p.end() >= to) {
                    if (!covering.contains(e)) covering.add(e);
                    covered.add(p);
                }
            }
            for (Correction c : e.corrections()) {
                Passage p = c.claim();
                if (p.source().equals(s.id()) && p.start() <= from && p.end() >= to) {
                    if (!covering.contains(e)) covering.add(e);
                    covered.add(p);
                    corrected.add(c);
                }
            }
        }
        // Page furniture (menus, ads left by the web page) is greyed, never a heading; no passage may quote it.
        if (s.furnitureOverlapping(from, to).isPresent()) {
            t.setUserData(new Piece(List.of(), List.of(), List.of(), 0));
            t.getStyleClass().add(ArticleMark.FURNITURE.styleClass());
            return t;
        }
        int heading = 0;
        for (int[] h : headings) if (h[0] <= from && h[1] >= to) heading = h[2];
        t.setUserData(new Piece(covering, covered, corrected, heading));
        if (heading > 0) t.getStyleClass().add(heading == 1 ? "article-title-heading" : "article-heading");
        if (!corrected.isEmpty()) {
            t.getStyleClass().add(ArticleMark.CORRECTED.styleClass());
            claimRanges.add(new int[] {from, to});
            StringBuilder tip = new StringBuilder();
            for (Correction c : corrected) {
                if (tip.length() > 0) tip.append("\n\n");
                tip.append(labels.format("source.corrected", labels.verdict(c.verdict()), c.text().in(model.getLocale())));
            }
            Tooltip tooltip = new Tooltip(tip.toString());
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(420);
            Tooltip.install(t, tooltip);
        } else if (!covering.isEmpty()) {
            t.getStyleClass().add(ArticleMark.PASSAGE.styleClass());
            Tooltip.install(t, new Tooltip(covering.stream().map(e -> e.title().in(model.getLocale()))
                    .reduce((a, b) -> a + "\n" + b).orElse("")));
        } else if (heading == 0) {
            t.getStyleClass().add("article-plain");
        }
        return t;
    }

    /** Amber shapes behind the corrected claims, from the text flow's own range shapes (so they follow wrapping). */
    private void drawHighlights() {
        List<PathElement> elements = new ArrayList<>();
        for (int[] r : claimRanges) {
            for (PathElement e : text.rangeShape(r[0], r[1])) elements.add(e);
        }
        highlights.getElements().setAll(elements);
        // JavaFX 21's rangeShape ignores the flow's padding and line spacing, so the flow has neither.
        highlights.setLayoutX(text.getBoundsInParent().getMinX());
        highlights.setLayoutY(text.getBoundsInParent().getMinY());
    }

    private void select(List<Event> covering) {
        Event current = model.getSelectedEvent();
        int at = covering.indexOf(current);
        // Clicking again cycles through the events that cite the same words.
        Event next = covering.get((at + 1) % covering.size());
        if (next.isCommentary() && !model.getFilter().commentary()) model.setShowCommentary(true);
        if (!model.getFilteredEvents().contains(next)) model.clearFilters();
        model.select(next);
    }

    /** Marks the pieces of the emphasised passage, or of the selected event's passages. */
    private void restyle() {
        Event selected = model.getSelectedEvent();
        for (Node node : text.getChildren()) {
            Piece piece = (Piece) node.getUserData();
            boolean current = false;
            if (piece != null) {
                for (Passage p : piece.passages()) {
                    if (p == emphasised || (emphasised == null && selected != null
                            && (selected.passages().contains(p) || selected.corrections().stream().anyMatch(c -> c.claim() == p)))) {
                        current = true;
                    }
                }
            }
            node.getStyleClass().remove(ArticleMark.CURRENT.styleClass());
            if (current) node.getStyleClass().add(ArticleMark.CURRENT.styleClass());
        }
    }

    private void scrollToEmphasis() {
        // The tab may have just been switched: lay the scroll pane out first so the viewport has its size.
        scroll.applyCss();
        scroll.layout();
        for (Node node : text.getChildren()) {
            if (node.getStyleClass().contains(ArticleMark.CURRENT.styleClass())) {
                Bounds b = node.getBoundsInParent();
                double content = page.getBoundsInLocal().getHeight();
                double viewport = scroll.getViewportBounds().getHeight();
                if (content > viewport) {
                    scroll.setVvalue(Math.max(0, Math.min(1, (b.getMinY() + text.getLayoutY() - viewport / 3) / (content - viewport))));
                }
                return;
            }
        }
    }

    /** An article: its title, estimated publication date and how many events cite it. */
    private final class ArticleCell extends ListCell<Source> {
        @Override
        protected void updateItem(Source s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Labels labels = model.labels();
            Label title = new Label(s.title());
            title.getStyleClass().add("article-title");
            title.setWrapText(true);
            title.maxWidthProperty().bind(getListView().widthProperty().subtract(36));
            title.setMinHeight(Region.USE_PREF_SIZE);
            String when = s.published() == null ? "" : labels.format("source.published",
                    DateText.format(s.published(), model.getLocale())) + "  ·  ";
            Label meta = new Label(when + labels.format("source.events", citing.getOrDefault(s.id(), List.of()).size()));
            meta.getStyleClass().add("article-meta");
            VBox box = new VBox(2, title, meta);
            box.getStyleClass().add("article-cell");
            setGraphic(box);
            setText(null);
        }
    }
}
