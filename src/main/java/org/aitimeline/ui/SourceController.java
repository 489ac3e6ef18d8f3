package org.aitimeline.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeSet;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.aitimeline.model.Dataset;
import org.aitimeline.model.Event;
import org.aitimeline.model.Passage;
import org.aitimeline.model.Source;

/**
 * The article view: the list of articles, and the full text of one with every cited passage highlighted;
 * clicking a highlight selects the event that cites it.
 */
public class SourceController {

    @FXML private ListView<Source> articles;
    @FXML private ScrollPane scroll;
    @FXML private TextFlow text;

    private ExplorerModel model;
    private ResourceBundle messages;
    /** Events citing each source, and the passages per source, rebuilt per dataset. */
    private Map<String, List<Event>> citing = new HashMap<>();
    private Passage emphasised;

    void init(ExplorerModel model, ResourceBundle messages) {
        this.model = model;
        this.messages = messages;
        articles.setId("articles");
        text.setId("articleText");
        articles.setCellFactory(lv -> new ArticleCell());
        // Clicks are resolved by character, not by glyph shape, so a click between letters still counts.
        text.setOnMouseClicked(m -> {
            int index = text.hitTest(new javafx.geometry.Point2D(m.getX(), m.getY())).getCharIndex();
            int at = 0;
            for (var node : text.getChildren()) {
                int len = ((Text) node).getText().length();
                if (index >= at && index < at + len) {
                    @SuppressWarnings("unchecked")
                    List<Event> covering = (List<Event>) node.getProperties().get(Event.class);
                    if (covering != null) select(covering);
                    return;
                }
                at += len;
            }
        });
        articles.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> render(s));
        model.datasetProperty().addListener((o, a, d) -> showDataset(d));
        model.selectedEventProperty().addListener((o, a, e) -> restyle());
        if (model.getDataset() != null) showDataset(model.getDataset());
    }

    private void showDataset(Dataset d) {
        Map<String, List<Event>> map = new HashMap<>();
        for (Event e : d.events()) {
            for (Passage p : e.passages()) {
                List<Event> list = map.computeIfAbsent(p.source(), k -> new ArrayList<>());
                if (list.isEmpty() || list.get(list.size() - 1) != e) list.add(e);
            }
        }
        citing = map;
        emphasised = null;
        articles.getItems().setAll(d.sources());
        text.getChildren().setAll(new Text(messages.getString("source.choose")));
    }

    /** Opens the passage's article with the passage emphasised and scrolled into view. */
    public void show(Passage passage) {
        emphasised = passage;
        Source s = model.getDataset().source(passage.source()).orElse(null);
        if (s == null) return;
        if (articles.getSelectionModel().getSelectedItem() == s) render(s);
        else articles.getSelectionModel().select(s);
        articles.scrollTo(s);
        Platform.runLater(() -> Platform.runLater(this::scrollToEmphasis));
    }

    private void render(Source s) {
        if (s == null) return;
        if (emphasised != null && !emphasised.source().equals(s.id())) emphasised = null;
        String body = s.text();
        List<Event> events = citing.getOrDefault(s.id(), List.of());
        // Cut the text at every passage boundary; each piece knows which events cite it.
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, body.length()));
        for (Event e : events) {
            for (Passage p : e.passages()) {
                if (p.source().equals(s.id())) {
                    cuts.add(p.start());
                    cuts.add(p.end());
                }
            }
        }
        List<Text> pieces = new ArrayList<>();
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null && cut > prev) {
                Text t = new Text(body.substring(prev, cut));
                List<Event> covering = new ArrayList<>();
                List<Passage> covered = new ArrayList<>();
                for (Event e : events) {
                    for (Passage p : e.passages()) {
                        if (p.source().equals(s.id()) && p.start() <= prev && p.end() >= cut) {
                            if (!covering.contains(e)) covering.add(e);
                            covered.add(p);
                        }
                    }
                }
                if (covering.isEmpty()) {
                    t.getStyleClass().add("article-plain");
                } else {
                    t.getStyleClass().add("passage");
                    t.getProperties().put(Passage.class, covered);
                    t.getProperties().put(Event.class, covering);
                    javafx.scene.control.Tooltip.install(t, new javafx.scene.control.Tooltip(
                            covering.stream().map(e -> e.title().in(model.getLocale())).reduce((a, b) -> a + "\n" + b).orElse("")));
                }
                pieces.add(t);
            }
            prev = cut;
        }
        text.getChildren().setAll(pieces);
        restyle();
        scroll.setVvalue(0);
    }

    private void select(List<Event> covering) {
        Event current = model.getSelectedEvent();
        int at = covering.indexOf(current);
        // Clicking again cycles through the events that cite the same words.
        Event next = covering.get((at + 1) % covering.size());
        if (!model.getFilteredEvents().contains(next)) model.clearFilters();
        model.setSelectedEvent(next);
    }

    /** Marks the pieces of the emphasised passage, or of the selected event's passages. */
    @SuppressWarnings("unchecked")
    private void restyle() {
        Event selected = model.getSelectedEvent();
        for (var node : text.getChildren()) {
            List<Passage> covered = (List<Passage>) node.getProperties().get(Passage.class);
            boolean current = false;
            if (covered != null) {
                for (Passage p : covered) {
                    if (p == emphasised || (emphasised == null && selected != null && selected.passages().contains(p))) {
                        current = true;
                    }
                }
            }
            node.getStyleClass().remove("passage-current");
            if (current) node.getStyleClass().add("passage-current");
        }
    }

    private void scrollToEmphasis() {
        // The tab may have just been switched: lay the scroll pane out first so the viewport has its size.
        scroll.applyCss();
        scroll.layout();
        text.applyCss();
        text.layout();
        for (var node : text.getChildren()) {
            if (node.getStyleClass().contains("passage-current")) {
                Bounds b = node.getBoundsInParent();
                double content = text.getBoundsInLocal().getHeight();
                double viewport = scroll.getViewportBounds().getHeight();
                if (content > viewport) {
                    scroll.setVvalue(Math.max(0, Math.min(1, (b.getMinY() - viewport / 3) / (content - viewport))));
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
            Label title = new Label(s.title());
            title.getStyleClass().add("article-title");
            title.setWrapText(true);
            title.maxWidthProperty().bind(getListView().widthProperty().subtract(36));
            title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            String when = s.published() == null ? "" : Messages.format(messages, "source.published",
                    s.published().format(model.getLocale())) + "  ·  ";
            Label meta = new Label(when + Messages.format(messages, "source.events",
                    citing.getOrDefault(s.id(), List.of()).size()));
            meta.getStyleClass().add("article-meta");
            VBox box = new VBox(2, title, meta);
            box.getStyleClass().add("article-cell");
            setGraphic(box);
            setText(null);
        }
    }
}
