package org.aitimeline.ui.edit;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import java.util.function.Supplier;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.aitimeline.data.EventCheck;
import org.aitimeline.data.Problem;
import org.aitimeline.model.Dataset;
import org.aitimeline.model.Edit;
import org.aitimeline.model.Event;
import org.aitimeline.model.LocalizedText;
import org.aitimeline.model.PartialDate;
import org.aitimeline.model.Passage;
import org.aitimeline.text.DateText;
import org.aitimeline.text.Labels;

/**
 * The event form: every field of an event, checked as the author types by the loader's own rules
 * ({@link EventCheck}), each problem shown under its field in the loader's words. An event with a problem cannot be
 * committed: the commit button is disabled and the form's foot says why. Passages, evidence and corrections are
 * editable lists ({@link EvidenceEditor}, {@link CorrectionEditor}); organizations are picked or created inline
 * ({@link OrganizationPicker}), and a new one is added to the dataset in the same edit as the event.
 */
public final class EventForm {

    private final Dataset dataset;
    private final Event replacing;
    private final Labels labels;
    private final Locale locale;
    private final Supplier<Passage> selection;
    /** The check of the dataset with the organizations created in this form. */
    private EventCheck check;
    private Dataset withCreated;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ButtonType commitType;
    private final FormRows rows;

    private final TextField id = FormRows.field("formId");
    private final TextField titleEn = FormRows.field("formTitleEn");
    private final TextField titleIt = FormRows.field("formTitleIt");
    private final TextArea summaryEn = FormRows.area("formSummaryEn");
    private final TextArea summaryIt = FormRows.area("formSummaryIt");
    private final TextField date = FormRows.field("formDate");
    private final Label dateReading = new Label();
    private final TextField dateNoteEn = FormRows.field("formDateNoteEn");
    private final TextField dateNoteIt = FormRows.field("formDateNoteIt");
    private final EventChoices choices;
    private final OrganizationPicker organizations;
    private final TextField countries = FormRows.field("formCountries");
    private final TextField models = FormRows.field("formModels");
    private final TextField aliases = FormRows.field("formAliases");
    private final PassageList passages = new PassageList(this::changed);
    private final EvidenceEditor evidence;
    private final CorrectionEditor corrections;
    private final Label general = new Label();
    private boolean idTouched;
    private boolean filling = true;
    private Event valid;

    /**
     * A form for {@code start} (a new event's first values, or the event edited); {@code replacing} is the event it
     * replaces, or null for a new one; {@code selection} gives the text selected in the article view, or null.
     */
    public EventForm(Window owner, Dataset dataset, Event start, Event replacing, Labels labels, Locale locale,
                     Supplier<Passage> selection) {
        this.dataset = dataset;
        this.withCreated = dataset;
        this.replacing = replacing;
        this.labels = labels;
        this.locale = locale;
        this.selection = selection;
        this.check = new EventCheck(dataset);
        this.rows = new FormRows(labels);
        this.organizations = new OrganizationPicker(labels, dataset.organizations(), o -> check.checkOrganization(o), o -> {
            withCreated = Edit.addOrganization(o).apply(withCreated);
            check = check.in(withCreated);
        });
        this.corrections = new CorrectionEditor(labels, this::changed);
        this.evidence = new EvidenceEditor(labels, this::changed, corrections::evidenceRemoved);
        this.choices = new EventChoices(labels, dataset, this::changed);
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        dialog.setResizable(true);
        dialog.setTitle(labels.get(replacing == null ? "form.title.new" : "form.title.edit"));
        commitType = new ButtonType(labels.get("form.commit"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(commitType, ButtonType.CANCEL);
        dialog.getDialogPane().setId("eventForm");
        dialog.getDialogPane().setContent(layout());
        dialog.getDialogPane().setPrefSize(720, 760);
        Button commit = (Button) dialog.getDialogPane().lookupButton(commitType);
        commit.setId("formCommit");
        commit.setDefaultButton(false); // Enter in a field must not commit half a form
        // The button is disabled while invalid; the filter also refuses a commit that races a change.
        commit.addEventFilter(ActionEvent.ACTION, a -> {
            if (validate() == null) a.consume();
        });
        fill(start);
        validate();
    }

    /**
     * Shows the form; {@code onCommit} receives the edit when the author commits: the event added or replaced, with
     * the organizations created in the form that it names, as one step.
     */
    public void show(Consumer<Edit> onCommit) {
        dialog.setOnHidden(h -> {
            if (dialog.getResult() == commitType && valid != null) {
                Edit edit = replacing == null ? Edit.addEvent(valid) : Edit.replaceEvent(replacing, valid);
                onCommit.accept(edit.withOrganizations(organizations.createdAndChosen()));
            }
        });
        dialog.show();
        titleEn.requestFocus();
    }

    /** Adds a passage (a selection in the article view) to the form's list. */
    public void addPassage(Passage p) {
        passages.add(p);
    }

    /** Adds a correction whose claim is {@code claim} (a selection in the article view), selected for editing. */
    public void addCorrection(Passage claim) {
        corrections.add(claim);
    }

    /** Closes the form without committing. */
    public void cancel() {
        dialog.setResult(ButtonType.CANCEL);
        dialog.close();
    }

    public boolean isShowing() {
        return dialog.isShowing();
    }

    // ----- layout -----

    private Node layout() {
        general.setId("formProblems");
        general.getStyleClass().add("form-problems");
        general.setWrapText(true);
        dateReading.setId("formDateReading");
        dateReading.getStyleClass().add("form-reading");
        rows.add("form.id", "id", id);
        rows.add("form.titleEn", "title.en", titleEn);
        rows.add("form.titleIt", "title.it", titleIt);
        rows.add("form.summaryEn", "summary.en", summaryEn);
        rows.add("form.summaryIt", "summary.it", summaryIt);
        HBox dateBox = new HBox(8, date, dateReading);
        HBox.setHgrow(date, Priority.ALWAYS);
        rows.add("form.date", "date", dateBox);
        rows.add("form.dateNoteEn", "dateNote.en", dateNoteEn);
        rows.add("form.dateNoteIt", "dateNote.it", dateNoteIt);
        choices.addRows(rows);
        rows.add("form.organizations", "organizations", organizations.node(labels));
        rows.add("form.countries", "countries", countries);
        rows.add("form.models", "models", models);
        rows.add("form.aliases", "aliases", aliases);
        rows.add("form.passages", "passages", passages.node(labels, selection));
        rows.add("form.evidence", "evidence", evidence.node(labels));
        rows.add("form.corrections", "corrections", corrections.node(labels, selection));
        ScrollPane scroll = new ScrollPane(rows.grid());
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        for (TextInputControl t : List.of(id, titleEn, titleIt, summaryEn, summaryIt, date, dateNoteEn, dateNoteIt,
                organizations.ids(), countries, models, aliases)) {
            t.textProperty().addListener(o -> changed());
        }
        id.textProperty().addListener(o -> {
            if (!filling) idTouched = true;
        });
        titleEn.textProperty().addListener(o -> suggestId());
        return new VBox(8, scroll, general);
    }

    // ----- values -----

    private void fill(Event e) {
        filling = true;
        id.setText(e.id());
        titleEn.setText(e.title().en());
        titleIt.setText(e.title().it());
        summaryEn.setText(e.summary().en());
        summaryIt.setText(e.summary().it());
        date.setText(e.date().toEdtf());
        dateNoteEn.setText(e.dateNote().en());
        dateNoteIt.setText(e.dateNote().it());
        choices.fill(e);
        organizations.ids().setText(String.join(", ", e.organizations()));
        countries.setText(String.join(", ", e.countries()));
        models.setText(String.join(", ", e.models()));
        aliases.setText(String.join(", ", e.aliases()));
        passages.setItems(e.passages());
        evidence.setItems(e.evidence());
        corrections.setItems(e.corrections());
        corrections.evidenceChanged(e.evidence());
        filling = false;
        idTouched = replacing != null;
    }

    /** A new event's id follows its English title until the author types one. */
    private void suggestId() {
        if (idTouched || filling) return;
        String slug = slug(titleEn.getText());
        filling = true;
        id.setText(Edit.freeId(dataset, slug.isEmpty() ? "event" : slug));
        filling = false;
    }

    static String slug(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return s.length() > 48 ? s.substring(0, 48).replaceAll("-$", "") : s;
    }

    private void changed() {
        if (filling) return;
        corrections.evidenceChanged(evidence.items());
        validate();
    }

    /** Checks the form; returns the event when it has no problem, else null (and shows why). */
    private Event validate() {
        rows.clear();
        valid = null;
        Optional<String> dateProblem = EventCheck.dateProblem(date.getText().trim());
        List<Problem> problems = new ArrayList<>();
        if (dateProblem.isPresent()) {
            dateReading.setText("");
            problems.add(new Problem(dataset.origin(), "date", 0, dateProblem.get()));
        } else {
            PartialDate d = PartialDate.parse(date.getText().trim());
            dateReading.setText(DateText.format(d, locale) + " · " + labels.get("form.precision." + d.precision().name()));
            Event e = event(d);
            String evidenceDate = "evidence[" + evidence.selectedIndex() + "].published";
            Optional<String> evidenceDateProblem = evidence.dateProblem();
            for (Problem p : check.check(e, replacing)) {
                // A date text that is no date leaves its entry without one: say why, not that it is missing.
                if (evidenceDateProblem.isEmpty() || !p.path().equals(evidenceDate)) problems.add(p);
            }
            evidenceDateProblem.ifPresent(m -> problems.add(new Problem(dataset.origin(), evidenceDate, 0, m)));
            if (problems.isEmpty()) valid = e;
        }
        rows.atItem("evidence", evidence.selectedIndex(), evidence.fieldProblems());
        rows.atItem("corrections", corrections.selectedIndex(), corrections.fieldProblems());
        List<String> unplaced = rows.place(problems);
        Button commit = (Button) dialog.getDialogPane().lookupButton(commitType);
        commit.setDisable(valid == null);
        if (valid != null) {
            general.setText("");
        } else {
            String first = problems.isEmpty() ? "" : (problems.get(0).path().isEmpty() ? "" : problems.get(0).path() + ": ")
                    + problems.get(0).message();
            general.setText(labels.format("form.cannotCommit", problems.size(), first)
                    + (unplaced.isEmpty() ? "" : "\n" + String.join("\n", unplaced)));
        }
        return valid;
    }

    private Event event(PartialDate d) {
        return new Event(id.getText().trim(), choices.kind.getValue(), d,
                new LocalizedText(dateNoteEn.getText().trim(), dateNoteIt.getText().trim()),
                new LocalizedText(titleEn.getText().trim(), titleIt.getText().trim()),
                new LocalizedText(summaryEn.getText().trim(), summaryIt.getText().trim()),
                choices.category.getValue(), organizations.chosen(), list(countries), list(models), list(aliases),
                passages.items(), choices.access.getValue(), choices.licenceText(), evidence.items(), corrections.items());
    }

    private static List<String> list(TextField f) {
        return Arrays.stream(f.getText().split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
