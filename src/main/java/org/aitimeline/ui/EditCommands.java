package org.aitimeline.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.stage.Stage;
import org.aitimeline.model.Category;
import org.aitimeline.model.Dataset;
import org.aitimeline.model.Edit;
import org.aitimeline.model.Event;
import org.aitimeline.model.EventKind;
import org.aitimeline.model.LocalizedText;
import org.aitimeline.model.PartialDate;
import org.aitimeline.model.Passage;
import org.aitimeline.model.Source;
import org.aitimeline.ui.edit.EventChooser;
import org.aitimeline.ui.edit.EventForm;

/**
 * The Edit menu's commands on events: new (from the article selection when there is one), edit, duplicate, delete,
 * and the selection added to an event as a passage or as the claim of a correction. Each change goes to
 * {@link Authoring#apply} as one undoable edit. A selection for an event when none is selected asks which one.
 */
final class EditCommands {

    private final ExplorerModel model;
    private final Stage stage;
    private final Consumer<Edit> apply;
    private EventForm openForm;

    EditCommands(ExplorerModel model, Stage stage, Consumer<Edit> apply) {
        this.model = model;
        this.stage = stage;
        this.apply = apply;
    }

    boolean formShowing() {
        return openForm != null && openForm.isShowing();
    }

    /** New event: from the article selection when there is one, else a blank form. */
    void newEvent() {
        Passage p = model.getTextSelection();
        Dataset d = model.getDataset();
        PartialDate date = PartialDate.ofYear(LocalDate.now().getYear());
        List<Passage> passages = List.of();
        if (p != null) {
            passages = List.of(p);
            Source s = d.source(p.source()).orElse(null);
            if (s != null && s.published() != null) date = s.published();
        }
        Event start = new Event("", EventKind.EVENT, date, LocalizedText.EMPTY, LocalizedText.EMPTY, LocalizedText.EMPTY,
                Category.RELEASE, List.of(), List.of(), List.of(), List.of(), passages, null, "", List.of(), List.of());
        openForm(start, null);
    }

    void editSelected() {
        Event e = model.getSelectedEvent();
        if (e != null) openForm(e, e);
    }

    void duplicateSelected() {
        Event e = model.getSelectedEvent();
        if (e != null) apply.accept(Edit.duplicateEvent(e, Edit.freeId(model.getDataset(), e.id())));
    }

    void deleteSelected() {
        Event e = model.getSelectedEvent();
        if (e != null) apply.accept(Edit.deleteEvent(e));
    }

    /** The article selection as a passage of the open form's event, else of the selected event, else of one asked for. */
    void addPassageFromSelection() {
        Passage p = model.getTextSelection();
        if (p == null) return;
        if (formShowing()) openForm.addPassage(p);
        else withEvent("chooser.title.passage", e -> apply.accept(Edit.addPassage(e, p)));
    }

    /**
     * A correction whose claim is the article selection: added to the open form, else the form opens on the selected
     * event (or one asked for) with the new correction, to be given its verdict, text and evidence.
     */
    void addCorrectionFromSelection() {
        Passage p = model.getTextSelection();
        if (p == null) return;
        if (formShowing()) {
            openForm.addCorrection(p);
            return;
        }
        withEvent("chooser.title.correction", e -> {
            openForm(e, e);
            openForm.addCorrection(p);
        });
    }

    /** Runs {@code then} on the selected event, or on the one the author chooses when none is. */
    private void withEvent(String titleKey, Consumer<Event> then) {
        Event selected = model.getSelectedEvent();
        if (selected != null) {
            then.accept(selected);
            return;
        }
        EventChooser.ask(stage, model.labels(), model.getLocale(), model.labels().get(titleKey),
                model.getFilteredEvents(), e -> {
                    model.select(e);
                    then.accept(e);
                });
    }

    private void openForm(Event start, Event replacing) {
        if (formShowing()) openForm.cancel();
        EventForm form = new EventForm(stage, model.getDataset(), start, replacing, model.labels(), model.getLocale(),
                model::getTextSelection);
        openForm = form;
        form.show(apply);
    }
}
