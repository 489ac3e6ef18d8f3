package org.aitimeline.ui.edit;

import java.util.TreeSet;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import org.aitimeline.model.Access;
import org.aitimeline.model.Category;
import org.aitimeline.model.Dataset;
import org.aitimeline.model.Event;
import org.aitimeline.model.EventKind;
import org.aitimeline.text.Labels;

/** The event's values chosen from a list: category, kind, openness and licence (the licences in use offered). */
final class EventChoices {

    final ComboBox<Category> category = new ComboBox<>(FXCollections.observableArrayList(Category.values()));
    final ComboBox<EventKind> kind = new ComboBox<>(FXCollections.observableArrayList(EventKind.values()));
    final ComboBox<Access> access = new ComboBox<>();
    final ComboBox<String> licence = new ComboBox<>();

    EventChoices(Labels labels, Dataset dataset, Runnable changed) {
        category.setId("formCategory");
        kind.setId("formKind");
        access.setId("formAccess");
        licence.setId("formLicence");
        category.setConverter(FormRows.converter(labels::category));
        kind.setConverter(FormRows.converter(k -> labels.get("form.kind." + k.id())));
        access.getItems().add(null);
        access.getItems().addAll(Access.values());
        access.setConverter(FormRows.converter(a -> a == null ? labels.get("form.access.none") : labels.access(a)));
        access.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Access a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty ? null : access.getConverter().toString(a));
            }
        });
        licence.setEditable(true);
        TreeSet<String> inUse = new TreeSet<>();
        for (Event e : dataset.events()) if (!e.licence().isEmpty()) inUse.add(e.licence());
        licence.getItems().setAll(inUse);
        category.valueProperty().addListener(o -> changed.run());
        kind.valueProperty().addListener(o -> changed.run());
        access.valueProperty().addListener(o -> changed.run());
        licence.valueProperty().addListener(o -> changed.run());
        licence.getEditor().textProperty().addListener(o -> changed.run());
    }

    void addRows(FormRows rows) {
        rows.add("form.category", "category", category);
        rows.add("form.kind", "kind", kind);
        rows.add("form.access", "access", access);
        rows.add("form.licence", "licence", licence);
    }

    void fill(Event e) {
        category.setValue(e.category());
        kind.setValue(e.kind());
        access.setValue(e.access());
        licence.setValue(e.licence());
        licence.getEditor().setText(e.licence());
    }

    String licenceText() {
        return licence.getEditor().getText() == null ? "" : licence.getEditor().getText().trim();
    }
}
