package org.aitimeline.ui;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.aitimeline.model.Dataset;
import org.aitimeline.model.Event;
import org.aitimeline.model.Passage;
import org.aitimeline.model.PartialDate;
import org.kordamp.ikonli.javafx.FontIcon;

/** The details pane: what the selected event is, when, who, and the article passages it comes from. */
public class DetailsController {

    @FXML private Label emptyLabel;
    @FXML private ScrollPane scroll;
    @FXML private Label title;
    @FXML private Label date;
    @FXML private Label dateNote;
    @FXML private GridPane facts;
    @FXML private Label summary;
    @FXML private VBox passages;

    private ExplorerModel model;
    private ResourceBundle messages;
    private Consumer<Passage> showInArticle;

    void init(ExplorerModel model, ResourceBundle messages, Consumer<Passage> showInArticle) {
        this.model = model;
        this.messages = messages;
        this.showInArticle = showInArticle;
        title.setId("detailsTitle");
        passages.setId("detailsPassages");
        model.selectedEventProperty().addListener((o, a, e) -> show(e));
        show(model.getSelectedEvent());
    }

    private void show(Event e) {
        emptyLabel.setVisible(e == null);
        scroll.setVisible(e != null);
        if (e == null) return;
        Locale locale = model.getLocale();
        Dataset d = model.getDataset();
        title.setText(e.title().in(locale));
        date.setText(e.date().format(locale) + "  ·  " + precision(e.date()));
        dateNote.setText(e.dateNote());
        dateNote.setManaged(!e.dateNote().isBlank());
        facts.getChildren().clear();
        int row = 0;
        row = fact(row, "details.category", ExplorerModel.categoryName(e.category(), messages));
        row = fact(row, "details.organizations", e.organizations().stream()
                .map(id -> model.organizations().containsKey(id) ? model.organizations().get(id).name() : id)
                .collect(Collectors.joining(", ")));
        row = fact(row, "details.countries", e.countries().stream()
                .map(c -> ExplorerModel.countryName(c, locale)).collect(Collectors.joining(", ")));
        fact(row, "details.models", String.join(", ", e.models()));
        summary.setText(e.summary().in(locale));
        passages.getChildren().clear();
        List<Passage> list = e.passages();
        for (int i = 0; i < list.size(); i++) {
            Passage p = list.get(i);
            Label quote = new Label("“" + p.exact().strip() + "”");
            quote.setWrapText(true);
            quote.getStyleClass().add("passage-quote");
            String sourceTitle = d.source(p.source()).map(s -> s.title()).orElse(p.source());
            Label source = new Label(sourceTitle);
            source.setWrapText(true);
            source.getStyleClass().add("passage-source");
            Button show = new Button(messages.getString("details.showInArticle"), new FontIcon("fth-file-text"));
            show.setId("showInArticle" + i);
            show.getStyleClass().addAll("small", "flat", "accent");
            show.setOnAction(a -> showInArticle.accept(p));
            VBox card = new VBox(quote, source, show);
            card.getStyleClass().add("passage-card");
            passages.getChildren().add(card);
        }
        scroll.setVvalue(0);
    }

    private int fact(int row, String key, String value) {
        if (value.isBlank()) return row;
        Label name = new Label(messages.getString(key));
        name.getStyleClass().add("fact-name");
        name.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        Label v = new Label(value);
        v.setWrapText(true);
        facts.addRow(row, name, v);
        return row + 1;
    }

    private String precision(PartialDate date) {
        String text = messages.getString("details.precision." + date.precision().name());
        if (date.approximate()) text += ", " + messages.getString("details.approximate");
        if (date.uncertain()) text += ", " + messages.getString("details.uncertain");
        return text;
    }
}
