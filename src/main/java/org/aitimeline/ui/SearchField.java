package org.aitimeline.ui;

import javafx.scene.control.TextField;
import javafx.util.Subscription;
import org.aitimeline.text.Labels;
import org.controlsfx.control.textfield.TextFields;

/** The toolbar's search box: what is typed becomes the filter's text, and a filter's text shows in the box. */
final class SearchField {

    private final TextField field = TextFields.createClearableTextField();

    TextField field() {
        return field;
    }

    /** Wires the box to the model; the returned subscription unwires it. */
    Subscription bind(ExplorerModel model, Labels labels) {
        field.setId("search");
        field.setPromptText(labels.get("search.prompt"));
        field.setPrefColumnCount(24);
        Subscription typed = field.textProperty().subscribe(t -> {
            if (!t.strip().equals(model.getFilter().text())) model.applyFilter(model.getFilter().withText(t));
        });
        // The filter keeps the query stripped: compare stripped, or typing a space would be undone at once.
        Subscription shown = model.filterProperty().subscribe(f -> {
            if (!field.getText().strip().equals(f.text())) field.setText(f.text());
        });
        return typed.and(shown);
    }

    void focus() {
        field.requestFocus();
        field.selectAll();
    }
}
