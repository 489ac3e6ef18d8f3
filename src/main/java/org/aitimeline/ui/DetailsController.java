package org.aitimeline.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.aitimeline.model.Correction;
import org.aitimeline.model.Dataset;
import org.aitimeline.model.Event;
import org.aitimeline.model.Evidence;
import org.aitimeline.model.Facet;
import org.aitimeline.model.PartialDate;
import org.aitimeline.model.Passage;
import org.aitimeline.model.Source;
import org.aitimeline.text.DateText;
import org.aitimeline.text.Labels;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The details pane: what the selected event is, when, who, where an article is wrong (the article's words, the
 * verdict, what the record says), the article passages it comes from and the public record it cites.
 */
public class DetailsController {

    @FXML private Label emptyLabel;
    @FXML private ScrollPane scroll;
    @FXML private Label title;
    @FXML private Label date;
    @FXML private Label dateNote;
    @FXML private GridPane facts;
    @FXML private VBox recordEntry;
    @FXML private Label commentaryNote;
    @FXML private Label unsourcedNote;
    @FXML private Label summary;
    @FXML private Label correctionsTitle;
    @FXML private VBox corrections;
    @FXML private VBox passages;
    @FXML private Label evidenceTitle;
    @FXML private VBox evidence;

    private ExplorerModel model;
    private Consumer<Passage> showInArticle;
    private Consumer<String> openLink;

    /** Wires the pane to the model; the returned subscription unwires it. */
    Subscription init(ExplorerModel model, Consumer<Passage> showInArticle, Consumer<String> openLink) {
        this.model = model;
        this.showInArticle = showInArticle;
        this.openLink = openLink;
        title.setId("detailsTitle");
        passages.setId("detailsPassages");
        corrections.setId("detailsCorrections");
        evidence.setId("detailsEvidence");
        scroll.setId("detailsScroll");
        return model.selectedEventProperty().subscribe(this::show).and(new RecordEntryView(recordEntry).bind(model));
    }

    private void show(Event e) {
        emptyLabel.setVisible(e == null);
        scroll.setVisible(e != null);
        if (e == null) return;
        Locale locale = model.getLocale();
        Labels labels = model.labels();
        Dataset d = model.getDataset();
        title.setText(e.title().in(locale));
        date.setText(DateText.inFull(e.date(), locale) + "  ·  " + precision(e.date(), labels));
        dateNote.setText(labels.dateNote(e));
        shown(dateNote, !e.dateNote().isBlank());
        facts.getChildren().clear();
        int row = 0;
        row = fact(row, labels.get("details.category"), labels.category(e.category()));
        if (e.access() != null) row = fact(row, labels.get("details.access"), labels.access(e.access()));
        row = fact(row, labels.get("details.licence"), e.licence());
        row = fact(row, labels.get("details.organizations"), names(Facet.ORGANIZATION, e.organizations()));
        row = fact(row, labels.get("details.countries"), names(Facet.COUNTRY, e.countries()));
        fact(row, labels.get("details.models"), String.join(", ", e.models()));
        shown(commentaryNote, e.isCommentary());
        shown(unsourcedNote, e.isUnsourced());
        summary.setText(e.summary().in(locale));

        corrections.getChildren().clear();
        for (int i = 0; i < e.corrections().size(); i++) {
            corrections.getChildren().add(correctionCard(e, e.corrections().get(i), i, d, labels));
        }
        shown(correctionsTitle, e.isCorrected());
        shown(corrections, e.isCorrected());

        passages.getChildren().clear();
        List<Passage> list = e.passages();
        for (int i = 0; i < list.size(); i++) {
            Passage p = list.get(i);
            VBox card = new VBox(quote(p), sourceLine(d, p), showButton(p, "showInArticle" + i, labels));
            card.getStyleClass().add("passage-card");
            passages.getChildren().add(card);
        }

        evidence.getChildren().clear();
        for (int i = 0; i < e.evidence().size(); i++) evidence.getChildren().add(evidenceItem(e.evidence().get(i), i, labels));
        shown(evidenceTitle, !e.evidence().isEmpty());
        shown(evidence, !e.evidence().isEmpty());
        scroll.setVvalue(0);
    }

    private static void shown(Node n, boolean visible) {
        n.setVisible(visible);
        n.setManaged(visible);
    }

    private String names(Facet f, List<String> keys) {
        return keys.stream().map(k -> model.facetValue(f, k)).collect(Collectors.joining(", "));
    }

    private static Label quote(Passage p) {
        Label quote = new Label("“" + p.exact().strip() + "”");
        quote.setWrapText(true);
        quote.getStyleClass().add("passage-quote");
        return quote;
    }

    private static Label sourceLine(Dataset d, Passage p) {
        Label source = new Label(d.source(p.source()).map(Source::title).orElse(p.source()));
        source.setWrapText(true);
        source.getStyleClass().add("passage-source");
        return source;
    }

    private Button showButton(Passage p, String id, Labels labels) {
        Button show = new Button(labels.get("details.showInArticle"), new FontIcon("fth-file-text"));
        show.setId(id);
        show.getStyleClass().addAll("small", "flat", "accent");
        show.setOnAction(a -> showInArticle.accept(p));
        return show;
    }

    /** "The article says … / The record says …", with the verdict and links to the evidence that shows it. */
    private VBox correctionCard(Event e, Correction c, int index, Dataset d, Labels labels) {
        Label verdict = new Label(labels.verdict(c.verdict()));
        verdict.getStyleClass().addAll("verdict", "verdict-" + c.verdict().id());
        Label saysTitle = new Label(labels.get("details.correction.article"));
        saysTitle.getStyleClass().add("correction-heading");
        Label recordTitle = new Label(labels.get("details.correction.record"));
        recordTitle.getStyleClass().add("correction-heading");
        Label record = new Label(c.text().in(model.getLocale()));
        record.setWrapText(true);
        record.getStyleClass().add("correction-record");
        // One reference a line, each wrapping: a publisher can be long ("Beijing Academy of Artificial Intelligence
        // (GitHub, FlagAI-Open/OpenSeek)"), and a row of them would hold the pane wider than a laptop's window.
        VBox links = new VBox(2);
        for (int k : c.evidence()) {
            Evidence ev = e.evidence().get(k);
            Hyperlink link = evidenceLink(ev, k, ev.publisher(), ev.title() + "\n" + ev.url());
            link.setWrapText(true);
            link.getStyleClass().add("evidence-ref");
            links.getChildren().add(link);
        }
        VBox card = new VBox(4, verdict, saysTitle, quote(c.claim()), sourceLine(d, c.claim()),
                showButton(c.claim(), "showClaim" + index, labels), recordTitle, record, links);
        card.setId("correction" + index);
        card.getStyleClass().add("correction-card");
        return card;
    }

    /** "[n] text", opening the record in the browser; numbered as the evidence list is. */
    private Hyperlink evidenceLink(Evidence ev, int index, String text, String tooltip) {
        Hyperlink link = new Hyperlink("[" + (index + 1) + "] " + text);
        link.setTooltip(new Tooltip(tooltip));
        link.setOnAction(a -> openLink.accept(ev.url()));
        return link;
    }

    private VBox evidenceItem(Evidence ev, int index, Labels labels) {
        Hyperlink link = evidenceLink(ev, index, ev.title(), labels.format("details.openEvidence", ev.url()));
        link.setWrapText(true);
        link.setId("evidence" + index);
        // An imported link (TimelineJS) may have no publisher, no date and support nothing: say only what is known.
        List<String> parts = new java.util.ArrayList<>();
        if (!ev.publisher().isBlank() && ev.published() != null) {
            parts.add(labels.format("details.evidence.meta", ev.publisher(), DateText.inFull(ev.published(), model.getLocale())));
        } else if (!ev.publisher().isBlank()) {
            parts.add(ev.publisher());
        } else if (ev.published() != null) {
            parts.add(DateText.inFull(ev.published(), model.getLocale()));
        }
        if (!ev.supports().isEmpty()) {
            parts.add(labels.format("details.supports", ev.supports().stream()
                    .map(s -> labels.get("details.supports." + s.id())).collect(Collectors.joining(", "))));
        }
        Label meta = new Label(String.join("  ·  ", parts));
        meta.setWrapText(true);
        meta.getStyleClass().add("evidence-meta");
        VBox item = new VBox(0, link, meta);
        item.getStyleClass().add("evidence-item");
        return item;
    }

    private int fact(int row, String name, String value) {
        if (value == null || value.isBlank()) return row;
        Label n = new Label(name);
        n.getStyleClass().add("fact-name");
        n.setMinWidth(Control.USE_PREF_SIZE);
        Label v = new Label(value);
        v.setWrapText(true);
        facts.addRow(row, n, v);
        return row + 1;
    }

    private static String precision(PartialDate date, Labels labels) {
        String text = labels.get("details.precision." + date.precision().name());
        if (date.approximate()) text += ", " + labels.get("details.approximate");
        if (date.uncertain()) text += ", " + labels.get("details.uncertain");
        return text;
    }
}
