package org.aitimeline.ui.edit;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.aitimeline.model.Event;
import org.aitimeline.text.DateText;
import org.aitimeline.text.Labels;

/**
 * "Which event?": asked when a selection is to go to an event and none is selected. The events are narrowed by the
 * words typed (title or id); a double-click or OK chooses one. It does not block: the answer arrives by callback.
 */
public final class EventChooser {

    private EventChooser() {
    }

    public static void ask(Window owner, Labels labels, Locale locale, String title, List<Event> events, Consumer<Event> then) {
        Dialog<Event> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(title);
        dialog.setHeaderText(labels.get("chooser.header"));
        TextField filter = FormRows.field("chooserFilter");
        filter.setPromptText(labels.get("chooser.filter"));
        FilteredList<Event> shown = new FilteredList<>(FXCollections.observableArrayList(events));
        ListView<Event> list = new ListView<>(shown);
        list.setId("chooserList");
        list.setPrefSize(520, 320);
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(Event e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : DateText.format(e.date(), locale) + " · " + e.title().in(locale));
            }
        });
        filter.textProperty().addListener((o, was, text) -> {
            String words = text.trim().toLowerCase(Locale.ROOT);
            shown.setPredicate(e -> words.isEmpty() || e.id().contains(words)
                    || e.title().in(locale).toLowerCase(Locale.ROOT).contains(words)
                    || e.title().en().toLowerCase(Locale.ROOT).contains(words));
            if (!shown.isEmpty()) list.getSelectionModel().selectFirst();
        });
        dialog.getDialogPane().setContent(new VBox(8, filter, list));
        dialog.getDialogPane().setId("eventChooser");
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("chooserOk");
        ok.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        list.setOnMouseClicked(m -> {
            if (m.getButton() == MouseButton.PRIMARY && m.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                ok.fire();
            }
        });
        dialog.setResultConverter(b -> b == ButtonType.OK ? list.getSelectionModel().getSelectedItem() : null);
        dialog.setOnHidden(h -> {
            if (dialog.getResult() != null) then.accept(dialog.getResult());
        });
        dialog.show();
        filter.requestFocus();
    }
}
