package org.aitimeline.ui.edit;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.aitimeline.data.EventCheck;
import org.aitimeline.model.Evidence;
import org.aitimeline.model.PartialDate;
import org.aitimeline.text.Labels;

/**
 * The event's evidence as an editable list: the entry selected in the list is edited in the fields below it as the
 * author types (title, publisher, URL, date, what it supports); Add appends an empty entry, Remove takes the
 * selected one out. The form checks the whole event after each change, and the selected entry's problems are shown
 * at its fields.
 */
final class EvidenceEditor {

    private final ListView<Evidence> list = new ListView<>();
    private final TextField title = FormRows.field("formEvidenceTitle");
    private final TextField publisher = FormRows.field("formEvidencePublisher");
    private final TextField url = FormRows.field("formEvidenceUrl");
    private final TextField date = FormRows.field("formEvidenceDate");
    private final Map<Evidence.Support, CheckBox> supports = new LinkedHashMap<>();
    private final Map<String, Label> problems = new LinkedHashMap<>();
    private final GridPane fields = new GridPane();
    private final Runnable changed;
    private final IntConsumer removed;
    private boolean filling;

    /** {@code changed} runs after every edit; {@code removed} gets the index of an entry taken out. */
    EvidenceEditor(Labels labels, Runnable changed, IntConsumer removed) {
        this.changed = changed;
        this.removed = removed;
        list.setId("formEvidence");
        list.setPrefHeight(90);
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(Evidence e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : "[" + getIndex() + "] " + e.title()
                        + (e.publisher().isEmpty() ? "" : " — " + e.publisher()));
            }
        });
        HBox boxes = new HBox(10);
        for (Evidence.Support s : Evidence.Support.values()) {
            CheckBox box = new CheckBox(labels.get("details.supports." + s.id()));
            box.setId("formEvidenceSupports-" + s.id());
            box.selectedProperty().addListener(o -> edited());
            supports.put(s, box);
            boxes.getChildren().add(box);
        }
        fields.setHgap(8);
        fields.setVgap(2);
        int row = 0;
        row = fieldRow(labels, row, "form.evidence.title", "title", title);
        row = fieldRow(labels, row, "form.evidence.publisher", "publisher", publisher);
        row = fieldRow(labels, row, "form.evidence.url", "url", url);
        row = fieldRow(labels, row, "form.evidence.date", "published", date);
        fieldRow(labels, row, "form.evidence.supports", "supports", boxes);
        for (TextField f : List.of(title, publisher, url, date)) f.textProperty().addListener(o -> edited());
        list.getSelectionModel().selectedIndexProperty().addListener(o -> selected());
        selected();
    }

    private int fieldRow(Labels labels, int row, String key, String field, Node input) {
        fields.add(new Label(labels.get(key)), 0, row);
        fields.add(input, 1, row);
        Label problem = FormRows.problemLabel((input.getId() == null ? "formEvidenceSupports" : input.getId()) + "Problem");
        fields.add(problem, 1, row + 1);
        problems.put(field, problem);
        javafx.scene.layout.GridPane.setHgrow(input, javafx.scene.layout.Priority.ALWAYS);
        return row + 2;
    }

    Node node(Labels labels) {
        Button add = new Button(labels.get("form.evidence.add"));
        add.setId("formAddEvidence");
        add.setOnAction(a -> {
            list.getItems().add(new Evidence("", "", "", null, Set.of()));
            list.getSelectionModel().selectLast();
            title.requestFocus();
            changed.run();
        });
        Button remove = new Button(labels.get("form.evidence.remove"));
        remove.setId("formRemoveEvidence");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(a -> {
            int i = list.getSelectionModel().getSelectedIndex();
            list.getItems().remove(i);
            removed.accept(i);
            changed.run();
        });
        return new VBox(4, list, new HBox(8, add, remove), fields);
    }

    List<Evidence> items() {
        return List.copyOf(list.getItems());
    }

    void setItems(List<Evidence> evidence) {
        list.getItems().setAll(evidence);
    }

    int selectedIndex() {
        return list.getSelectionModel().getSelectedIndex();
    }

    /** The selected entry's fields by the name the loader gives them in a path. */
    Map<String, Label> fieldProblems() {
        return problems;
    }

    /** Why the selected entry's date text is not a date, in the loader's words (its entry then has no date). */
    Optional<String> dateProblem() {
        if (selectedIndex() < 0 || date.getText().isBlank()) return Optional.empty();
        return EventCheck.dateProblem(date.getText().trim());
    }

    private void selected() {
        if (filling) return;
        Evidence e = list.getSelectionModel().getSelectedItem();
        fields.setDisable(e == null);
        filling = true;
        title.setText(e == null ? "" : e.title());
        publisher.setText(e == null ? "" : e.publisher());
        url.setText(e == null ? "" : e.url());
        date.setText(e == null || e.published() == null ? "" : e.published().toEdtf());
        supports.forEach((s, box) -> box.setSelected(e != null && e.supports().contains(s)));
        filling = false;
        changed.run();
    }

    private void edited() {
        int i = selectedIndex();
        if (filling || i < 0) return;
        Set<Evidence.Support> ticked = EnumSet.noneOf(Evidence.Support.class);
        supports.forEach((s, box) -> {
            if (box.isSelected()) ticked.add(s);
        });
        String text = date.getText().trim();
        PartialDate published = text.isEmpty() || EventCheck.dateProblem(text).isPresent() ? null : PartialDate.parse(text);
        filling = true; // replacing the item re-selects it: the fields must not be filled again
        list.getItems().set(i, new Evidence(title.getText().trim(), publisher.getText().trim(), url.getText().trim(),
                published, ticked));
        list.getSelectionModel().select(i);
        filling = false;
        changed.run();
    }
}
