package org.aitimeline.ui;

import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.aitimeline.model.Facet;
import org.aitimeline.model.Layer;
import org.aitimeline.model.ReleaseMatch;
import org.aitimeline.text.DateText;
import org.aitimeline.text.Labels;

/**
 * In the details pane, under the date: the public record's entry for the selected article release, when a record
 * layer is open and lists the same release ("In Epoch AI's record: DeepSeek-R1, 20 Jan 2025, open weights
 * (unrestricted)"), and a line for each disagreement of date or openness between the two.
 */
final class RecordEntryView {

    private final VBox box;
    private final Label entry = new Label();
    private final Label dateDiffers = new Label();
    private final Label accessDiffers = new Label();

    RecordEntryView(VBox box) {
        this.box = box;
        box.setId("recordEntry");
        box.getStyleClass().add("details-record");
        entry.setId("recordEntryText");
        dateDiffers.setId("recordDateDiffers");
        accessDiffers.setId("recordAccessDiffers");
        for (Label l : new Label[] {entry, dateDiffers, accessDiffers}) l.setWrapText(true);
        dateDiffers.getStyleClass().add("details-record-differs");
        accessDiffers.getStyleClass().add("details-record-differs");
        box.getChildren().setAll(entry, dateDiffers, accessDiffers);
        shown(box, false);
    }

    Subscription bind(ExplorerModel model) {
        return Subscription.combine(
                model.selectedEventProperty().subscribe(e -> show(model)),
                // Adding or hiding the record changes what can be matched.
                model.layerVisibilityProperty().subscribe(() -> show(model)));
    }

    private void show(ExplorerModel model) {
        Optional<ReleaseMatch> match = model.getSelectedEvent() == null ? Optional.empty()
                : model.recordEntryFor(model.getSelectedEvent());
        shown(box, match.isPresent());
        if (match.isEmpty()) return;
        ReleaseMatch m = match.get();
        Labels labels = model.labels();
        Locale locale = model.getLocale();
        Layer record = model.recordLayer();
        String who = publisher(record.dataset().title().in(locale));
        String date = DateText.format(m.record().date(), locale);
        String wording = m.recordWording();
        if (wording.isEmpty() && m.record().access() != null) wording = model.facetValue(Facet.ACCESS, m.record().access().id());
        entry.setText(wording.isEmpty() ? labels.format("record.entry.noAccess", who, m.record().title().in(locale), date)
                : labels.format("record.entry", who, m.record().title().in(locale), date, lowerFirst(wording)));
        dateDiffers.setText(labels.format("record.differs.date", DateText.format(m.article().date(), locale), date));
        shown(dateDiffers, m.dateDiffers());
        if (m.opennessDiffers()) {
            accessDiffers.setText(labels.format("record.differs.access",
                    lowerFirst(model.facetValue(Facet.ACCESS, m.article().access().id())),
                    lowerFirst(model.facetValue(Facet.ACCESS, m.record().access().id()))));
        }
        shown(accessDiffers, m.opennessDiffers());
    }

    /** "Epoch AI" from "Epoch AI: Data on Notable AI Models": who keeps the record. */
    static String publisher(String title) {
        int colon = title.indexOf(':');
        return colon > 0 ? title.substring(0, colon).strip() : title;
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static void shown(javafx.scene.Node n, boolean on) {
        n.setVisible(on);
        n.setManaged(on);
    }
}
