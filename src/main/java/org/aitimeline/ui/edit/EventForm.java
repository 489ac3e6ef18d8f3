package org.aitimeline.ui.edit;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.aitimeline.data.EventCheck;
import org.aitimeline.data.Problem;
import org.aitimeline.model.Access;
import org.aitimeline.model.Category;
import org.aitimeline.model.Dataset;
import org.aitimeline.model.Edit;
import org.aitimeline.model.Event;
import org.aitimeline.model.EventKind;
import org.aitimeline.model.LocalizedText;
import org.aitimeline.model.PartialDate;
import org.aitimeline.model.Passage;
import org.aitimeline.text.DateText;
import org.aitimeline.text.Labels;

/**
 * The event form: every field of an event, checked as the author types by the loader's own rules
 * ({@link EventCheck}), each problem shown under its field in the loader's words. An event with a problem cannot be
 * committed: the commit button is disabled and the form's foot says why. Evidence and corrections are kept as they
 * are (edited in the file for now); passages can be removed, and added from a selection in the article view.
 */
public final class EventForm {

    private final Dataset dataset;
    private final Event replacing;
    private final Labels labels;
    private final Locale locale;
    private final EventCheck check;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ButtonType commitType;
    private final Map<String, Label> problemLabels = new LinkedHashMap<>();

    private final TextField id = field("formId");
    private final TextField titleEn = field("formTitleEn");
    private final TextField titleIt = field("formTitleIt");
    private final TextArea summaryEn = area("formSummaryEn");
    private final TextArea summaryIt = area("formSummaryIt");
    private final TextField date = field("formDate");
    private final Label dateReading = new Label();
    private final TextField dateNoteEn = field("formDateNoteEn");
    private final TextField dateNoteIt = field("formDateNoteIt");
    private final ComboBox<Category> category = new ComboBox<>(FXCollections.observableArrayList(Category.values()));
    private final ComboBox<EventKind> kind = new ComboBox<>(FXCollections.observableArrayList(EventKind.values()));
    private final ComboBox<Access> access = new ComboBox<>();
    private final ComboBox<String> licence = new ComboBox<>();
    private final TextField organizations = field("formOrganizations");
    private final TextField countries = field("formCountries");
    private final TextField models = field("formModels");
    private final TextField aliases = field("formAliases");
    private final ListView<Passage> passages = new ListView<>();
    private final Label general = new Label();
    private boolean idTouched;
    private boolean filling;
    private Event valid;

    /**
     * A form for {@code start} (a new event's first values, or the event edited); {@code replacing} is the event it
     * replaces, or null for a new one.
     */
    public EventForm(Window owner, Dataset dataset, Event start, Event replacing, Labels labels, Locale locale) {
        this.dataset = dataset;
        this.replacing = replacing;
        this.labels = labels;
        this.locale = locale;
        this.check = new EventCheck(dataset);
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

    /** Shows the form; {@code onCommit} receives the event when the author commits it. */
    public void show(Consumer<Event> onCommit) {
        dialog.setOnHidden(h -> {
            if (dialog.getResult() == commitType && valid != null) onCommit.accept(valid);
        });
        dialog.show();
        titleEn.requestFocus();
    }

    /** Adds a passage (a selection in the article view) to the form's list. */
    public void addPassage(Passage p) {
        passages.getItems().add(p);
        validate();
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
        category.setId("formCategory");
        kind.setId("formKind");
        access.setId("formAccess");
        licence.setId("formLicence");
        passages.setId("formPassages");
        general.setId("formProblems");
        general.getStyleClass().add("form-problems");
        general.setWrapText(true);
        dateReading.setId("formDateReading");
        dateReading.getStyleClass().add("form-reading");
        category.setConverter(converter(c -> labels.category(c)));
        kind.setConverter(converter(k -> labels.get("form.kind." + k.id())));
        access.getItems().add(null);
        access.getItems().addAll(Access.values());
        access.setConverter(converter(a -> a == null ? labels.get("form.access.none") : labels.access(a)));
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
        passages.setPrefHeight(110);
        passages.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(Passage p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.source() + ": “" + p.exact() + "”");
            }
        });
        Button removePassage = new Button(labels.get("form.passage.remove"));
        removePassage.setId("formRemovePassage");
        removePassage.disableProperty().bind(passages.getSelectionModel().selectedItemProperty().isNull());
        removePassage.setOnAction(a -> {
            passages.getItems().remove(passages.getSelectionModel().getSelectedItem());
            validate();
        });

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(2);
        int[] row = {0};
        addRow(grid, row, "form.id", "id", id);
        addRow(grid, row, "form.titleEn", "title.en", titleEn);
        addRow(grid, row, "form.titleIt", "title.it", titleIt);
        addRow(grid, row, "form.summaryEn", "summary.en", summaryEn);
        addRow(grid, row, "form.summaryIt", "summary.it", summaryIt);
        HBox dateBox = new HBox(8, date, dateReading);
        HBox.setHgrow(date, Priority.ALWAYS);
        addRow(grid, row, "form.date", "date", dateBox);
        addRow(grid, row, "form.dateNoteEn", "dateNote.en", dateNoteEn);
        addRow(grid, row, "form.dateNoteIt", "dateNote.it", dateNoteIt);
        addRow(grid, row, "form.category", "category", category);
        addRow(grid, row, "form.kind", "kind", kind);
        addRow(grid, row, "form.access", "access", access);
        addRow(grid, row, "form.licence", "licence", licence);
        addRow(grid, row, "form.organizations", "organizations", organizations);
        addRow(grid, row, "form.countries", "countries", countries);
        addRow(grid, row, "form.models", "models", models);
        addRow(grid, row, "form.aliases", "aliases", aliases);
        addRow(grid, row, "form.passages", "passages", new VBox(4, passages, removePassage));
        Label kept = new Label();
        kept.setId("formKept");
        addRow(grid, row, "form.kept", "evidence", kept);
        problemLabels.put("corrections", problemLabels.get("evidence"));
        grid.getColumnConstraints().add(new javafx.scene.layout.ColumnConstraints(140));
        javafx.scene.layout.ColumnConstraints grow = new javafx.scene.layout.ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().add(grow);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        for (TextInputControl t : List.of(id, titleEn, titleIt, summaryEn, summaryIt, date, dateNoteEn, dateNoteIt,
                organizations, countries, models, aliases)) {
            t.textProperty().addListener(o -> changed());
        }
        id.textProperty().addListener(o -> {
            if (!filling) idTouched = true;
        });
        titleEn.textProperty().addListener(o -> suggestId());
        category.valueProperty().addListener(o -> changed());
        kind.valueProperty().addListener(o -> changed());
        access.valueProperty().addListener(o -> changed());
        licence.valueProperty().addListener(o -> changed());
        licence.getEditor().textProperty().addListener(o -> changed());
        return new VBox(8, scroll, general);
    }

    private void addRow(GridPane grid, int[] row, String labelKey, String path, Node input) {
        Label name = new Label(labels.get(labelKey));
        if (input instanceof Control c) name.setLabelFor(c);
        else if (input instanceof HBox h && h.getChildren().get(0) instanceof Control c) name.setLabelFor(c);
        if (input instanceof Control c) c.setMaxWidth(Double.MAX_VALUE);
        grid.add(name, 0, row[0]);
        grid.add(input, 1, row[0]++);
        Label problem = new Label();
        problem.setId(idOf(input) + "Problem");
        problem.getStyleClass().add("form-problem");
        problem.setWrapText(true);
        problem.setVisible(false);
        problem.setManaged(false);
        grid.add(problem, 1, row[0]++);
        problemLabels.put(path, problem);
    }

    private static String idOf(Node input) {
        if (input instanceof HBox h) return h.getChildren().get(0).getId();
        if (input instanceof VBox v) return v.getChildren().get(0).getId();
        return input.getId();
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
        category.setValue(e.category());
        kind.setValue(e.kind());
        access.setValue(e.access());
        licence.setValue(e.licence());
        licence.getEditor().setText(e.licence());
        organizations.setText(String.join(", ", e.organizations()));
        countries.setText(String.join(", ", e.countries()));
        models.setText(String.join(", ", e.models()));
        aliases.setText(String.join(", ", e.aliases()));
        passages.getItems().setAll(e.passages());
        filling = false;
        idTouched = replacing != null;
        this.evidence = e.evidence();
        this.corrections = e.corrections();
    }

    private List<org.aitimeline.model.Evidence> evidence = List.of();
    private List<org.aitimeline.model.Correction> corrections = List.of();

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
        if (!filling) validate();
    }

    /** Checks the form; returns the event when it has no problem, else null (and shows why). */
    private Event validate() {
        problemLabels.values().forEach(l -> show(l, ""));
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
            problems.addAll(check.check(e, replacing));
            if (problems.isEmpty()) valid = e;
        }
        List<String> unplaced = new ArrayList<>();
        for (Problem p : problems) {
            Label at = labelFor(p.path());
            String text = p.message();
            if (at != null) show(at, at.getText().isEmpty() ? text : at.getText() + "\n" + text);
            else unplaced.add((p.path().isEmpty() ? "" : p.path() + ": ") + text);
        }
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

    private Label labelFor(String path) {
        Label best = null;
        int bestLength = -1;
        for (Map.Entry<String, Label> e : problemLabels.entrySet()) {
            String k = e.getKey();
            boolean matches = path.equals(k) || path.startsWith(k + ".") || path.startsWith(k + "[");
            if (matches && k.length() > bestLength) {
                best = e.getValue();
                bestLength = k.length();
            }
        }
        if (best == null && (path.equals("title") || path.equals("summary") || path.equals("dateNote"))) {
            best = problemLabels.get(path + ".en");
        }
        return best;
    }

    private static void show(Label l, String text) {
        l.setText(text);
        l.setVisible(!text.isEmpty());
        l.setManaged(!text.isEmpty());
    }

    private Event event(PartialDate d) {
        String lic = licence.getEditor().getText() == null ? "" : licence.getEditor().getText().trim();
        return new Event(id.getText().trim(), kind.getValue(), d,
                new LocalizedText(dateNoteEn.getText().trim(), dateNoteIt.getText().trim()),
                new LocalizedText(titleEn.getText().trim(), titleIt.getText().trim()),
                new LocalizedText(summaryEn.getText().trim(), summaryIt.getText().trim()),
                category.getValue(), list(organizations), list(countries), list(models), list(aliases),
                List.copyOf(passages.getItems()), access.getValue(), lic, evidence, corrections);
    }

    private static List<String> list(TextField f) {
        return Arrays.stream(f.getText().split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        return f;
    }

    private static TextArea area(String id) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setWrapText(true);
        a.setPrefRowCount(3);
        return a;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return show.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
