package org.aitimeline.ui.edit;

import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.aitimeline.model.Passage;
import org.aitimeline.text.Labels;

/** The event's passages: the text selected in the article view is added, a passage chosen in the list removed. */
final class PassageList {

    private final ListView<Passage> list = new ListView<>();
    private final Runnable changed;

    PassageList(Runnable changed) {
        this.changed = changed;
        list.setId("formPassages");
        list.setPrefHeight(110);
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(Passage p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.source() + ": “" + p.exact() + "”");
            }
        });
    }

    /** {@code selection} gives the text selected in the article view, or null. */
    Node node(Labels labels, Supplier<Passage> selection) {
        Button remove = new Button(labels.get("form.passage.remove"));
        remove.setId("formRemovePassage");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(a -> {
            list.getItems().remove(list.getSelectionModel().getSelectedItem());
            changed.run();
        });
        Button add = new Button(labels.get("form.passage.add"));
        add.setId("formAddPassage");
        add.setOnAction(a -> {
            Passage p = selection.get();
            if (p != null) add(p);
        });
        return new VBox(4, list, new HBox(8, add, remove));
    }

    void add(Passage p) {
        list.getItems().add(p);
        changed.run();
    }

    List<Passage> items() {
        return List.copyOf(list.getItems());
    }

    void setItems(List<Passage> passages) {
        list.getItems().setAll(passages);
    }
}
