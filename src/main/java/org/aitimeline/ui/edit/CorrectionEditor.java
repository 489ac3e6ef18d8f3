package org.aitimeline.ui.edit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.aitimeline.model.Correction;
import org.aitimeline.model.Evidence;
import org.aitimeline.model.LocalizedText;
import org.aitimeline.model.Passage;
import org.aitimeline.model.Verdict;
import org.aitimeline.text.Labels;

/**
 * The event's corrections as an editable list. A correction's claim is a passage of an article, so a new one is made
 * from the text selected in the article view; the selected correction's verdict, its text in both languages and the
 * evidence it cites (ticked from the event's evidence list) are edited below the list as the author types.
 */
final class CorrectionEditor {

    private final ListView<Correction> list = new ListView<>();
    private final Label claim = new Label();
    private final ComboBox<Verdict> verdict = new ComboBox<>(FXCollections.observableArrayList(Verdict.values()));
    private final TextArea textEn = FormRows.area("formCorrectionTextEn");
    private final TextArea textIt = FormRows.area("formCorrectionTextIt");
    private final FlowPane cited = new FlowPane(10, 4);
    private final Map<String, Label> problems = new LinkedHashMap<>();
    private final GridPane fields = new GridPane();
    private final Runnable changed;
    private List<Evidence> evidence = List.of();
    private boolean filling;

    CorrectionEditor(Labels labels, Runnable changed) {
        this.changed = changed;
        list.setId("formCorrections");
        list.setPrefHeight(80);
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(Correction c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : labels.verdict(c.verdict()) + ": “" + c.claim().exact() + "”");
            }
        });
        claim.setId("formCorrectionClaim");
        claim.setWrapText(true);
        verdict.setId("formCorrectionVerdict");
        verdict.setConverter(FormRows.converter(v -> v == null ? "" : labels.verdict(v)));
        cited.setId("formCorrectionEvidence");
        textEn.setPrefRowCount(2);
        textIt.setPrefRowCount(2);
        fields.setHgap(8);
        fields.setVgap(2);
        int row = 0;
        row = fieldRow(labels, row, "form.correction.claim", "claim", claim);
        row = fieldRow(labels, row, "form.correction.verdict", "verdict", verdict);
        row = fieldRow(labels, row, "form.correction.textEn", "text.en", textEn);
        row = fieldRow(labels, row, "form.correction.textIt", "text.it", textIt);
        fieldRow(labels, row, "form.correction.evidence", "evidence", cited);
        problems.put("text", problems.get("text.en"));
        verdict.valueProperty().addListener(o -> edited());
        textEn.textProperty().addListener(o -> edited());
        textIt.textProperty().addListener(o -> edited());
        list.getSelectionModel().selectedIndexProperty().addListener(o -> selected());
        selected();
    }

    private int fieldRow(Labels labels, int row, String key, String field, Node input) {
        fields.add(new Label(labels.get(key)), 0, row);
        fields.add(input, 1, row);
        fields.add(problems.computeIfAbsent(field, f -> FormRows.problemLabel(input.getId() + "Problem")), 1, row + 1);
        GridPane.setHgrow(input, Priority.ALWAYS);
        return row + 2;
    }

    /** {@code selection} gives the text selected in the article view (or null): Add makes a correction of it. */
    Node node(Labels labels, Supplier<Passage> selection) {
        Button add = new Button(labels.get("form.correction.add"));
        add.setId("formAddCorrection");
        add.setOnAction(a -> {
            Passage p = selection.get();
            if (p != null) add(p);
        });
        Button remove = new Button(labels.get("form.correction.remove"));
        remove.setId("formRemoveCorrection");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(a -> {
            list.getItems().remove(list.getSelectionModel().getSelectedIndex());
            changed.run();
        });
        return new VBox(4, list, new HBox(8, add, remove), fields);
    }

    /** A new correction whose claim is {@code passage}, selected for editing. */
    void add(Passage passage) {
        list.getItems().add(new Correction(passage, Verdict.INCORRECT, LocalizedText.EMPTY, List.of()));
        list.getSelectionModel().selectLast();
        textEn.requestFocus();
        changed.run();
    }

    List<Correction> items() {
        return List.copyOf(list.getItems());
    }

    void setItems(List<Correction> corrections) {
        list.getItems().setAll(corrections);
    }

    int selectedIndex() {
        return list.getSelectionModel().getSelectedIndex();
    }

    Map<String, Label> fieldProblems() {
        return problems;
    }

    /** The event's evidence changed: the boxes to tick follow it. */
    void evidenceChanged(List<Evidence> now) {
        if (now.equals(evidence)) return;
        evidence = now;
        boxes();
    }

    /** Evidence entry {@code k} was taken out: every correction's citations follow the entries after it. */
    void evidenceRemoved(int k) {
        for (int i = 0; i < list.getItems().size(); i++) {
            Correction c = list.getItems().get(i);
            List<Integer> kept = new ArrayList<>();
            for (int e : c.evidence()) if (e != k) kept.add(e > k ? e - 1 : e);
            filling = true;
            list.getItems().set(i, new Correction(c.claim(), c.verdict(), c.text(), kept));
            filling = false;
        }
    }

    private void boxes() {
        Correction c = list.getSelectionModel().getSelectedItem();
        List<CheckBox> all = new ArrayList<>();
        for (int k = 0; k < evidence.size(); k++) {
            CheckBox box = new CheckBox("[" + k + "] " + evidence.get(k).title());
            box.setId("formCorrectionEvidence-" + k);
            box.setSelected(c != null && c.evidence().contains(k));
            box.selectedProperty().addListener(o -> edited());
            all.add(box);
        }
        cited.getChildren().setAll(all);
    }

    private void selected() {
        if (filling) return;
        Correction c = list.getSelectionModel().getSelectedItem();
        fields.setDisable(c == null);
        filling = true;
        claim.setText(c == null ? "" : c.claim().source() + ": “" + c.claim().exact() + "”");
        verdict.setValue(c == null ? null : c.verdict());
        textEn.setText(c == null ? "" : c.text().en());
        textIt.setText(c == null ? "" : c.text().it());
        boxes();
        filling = false;
        changed.run();
    }

    private void edited() {
        int i = selectedIndex();
        if (filling || i < 0 || verdict.getValue() == null) return;
        Correction c = list.getItems().get(i);
        List<Integer> ticked = new ArrayList<>();
        for (Node n : cited.getChildren()) {
            if (((CheckBox) n).isSelected()) ticked.add(Integer.parseInt(n.getId().substring(n.getId().lastIndexOf('-') + 1)));
        }
        filling = true; // replacing the item re-selects it: the fields must not be filled again
        list.getItems().set(i, new Correction(c.claim(), verdict.getValue(),
                new LocalizedText(textEn.getText().trim(), textIt.getText().trim()), ticked));
        list.getSelectionModel().select(i);
        filling = false;
        changed.run();
    }
}
