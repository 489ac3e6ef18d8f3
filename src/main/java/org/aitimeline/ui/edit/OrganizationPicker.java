package org.aitimeline.ui.edit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.aitimeline.data.EventCheck;
import org.aitimeline.data.Problem;
import org.aitimeline.model.Organization;
import org.aitimeline.text.Labels;

/**
 * The organizations of an event: their ids in a text field, an existing organization picked from a list, or a new
 * one created inline with its name, country and aliases. A new organization is checked as the author types by the
 * loader's rules ({@link EventCheck#checkOrganization}) and can only be created when it passes; it then belongs to
 * the form until the event is committed, when it is added to the dataset in the same edit.
 */
final class OrganizationPicker {

    private final TextField ids = FormRows.field("formOrganizations");
    private final ComboBox<Organization> pick = new ComboBox<>();
    private final TextField newId = FormRows.field("formNewOrgId");
    private final TextField name = FormRows.field("formNewOrgName");
    private final TextField country = FormRows.field("formNewOrgCountry");
    private final TextField aliases = FormRows.field("formNewOrgAliases");
    private final Map<String, Label> problems = Map.of("id", FormRows.problemLabel("formNewOrgIdProblem"),
            "name", FormRows.problemLabel("formNewOrgNameProblem"), "country", FormRows.problemLabel("formNewOrgCountryProblem"),
            "aliases", FormRows.problemLabel("formNewOrgAliasesProblem"));
    private final Button create = new Button();
    private final GridPane inline = new GridPane();
    private final List<Organization> created = new ArrayList<>();
    private final Function<Organization, List<Problem>> check;
    private final Consumer<Organization> onCreated;
    private boolean idTouched;
    private boolean filling;

    /** {@code check} checks a new organization in the dataset with those created so far; {@code onCreated} is told of one. */
    OrganizationPicker(Labels labels, List<Organization> existing, Function<Organization, List<Problem>> check,
                       Consumer<Organization> onCreated) {
        this.check = check;
        this.onCreated = onCreated;
        pick.setId("formPickOrganization");
        pick.setPromptText(labels.get("form.organization.pick"));
        pick.getItems().setAll(existing.stream().sorted(Comparator.comparing(o -> o.name().toLowerCase())).toList());
        pick.setConverter(FormRows.converter(o -> o == null ? "" : o.name() + " (" + o.id() + ")"));
        pick.valueProperty().addListener((o, was, chosen) -> {
            if (chosen == null) return;
            append(chosen.id());
            Platform.runLater(() -> pick.setValue(null)); // ready to pick the next one
        });
        create.setText(labels.get("form.organization.create"));
        create.setId("formCreateOrganization");
        create.setOnAction(a -> create());
        inline.setId("formNewOrganization");
        inline.setHgap(8);
        inline.setVgap(2);
        int row = 0;
        for (String[] f : new String[][] {{"form.organization.name", "name"}, {"form.organization.id", "id"},
                {"form.organization.country", "country"}, {"form.organization.aliases", "aliases"}}) {
            TextField input = switch (f[1]) {
                case "name" -> name;
                case "id" -> newId;
                case "country" -> country;
                default -> aliases;
            };
            inline.add(new Label(labels.get(f[0])), 0, row);
            inline.add(input, 1, row++);
            inline.add(problems.get(f[1]), 1, row++);
            GridPane.setHgrow(input, Priority.ALWAYS);
            input.textProperty().addListener(o -> validate());
        }
        inline.add(create, 1, row);
        newId.textProperty().addListener(o -> {
            if (!filling) idTouched = true;
        });
        name.textProperty().addListener(o -> {
            if (idTouched) return;
            filling = true;
            newId.setText(EventForm.slug(name.getText()));
            filling = false;
        });
        inline.setVisible(false);
        inline.setManaged(false);
    }

    /** The ids field, the picker, the New organization button and the inline form it opens. */
    Node node(Labels labels) {
        Button open = new Button(labels.get("form.organization.new"));
        open.setId("formNewOrganizationButton");
        open.setOnAction(a -> {
            inline.setVisible(!inline.isVisible());
            inline.setManaged(inline.isVisible());
            if (inline.isVisible()) name.requestFocus();
            validate();
        });
        HBox.setHgrow(pick, Priority.ALWAYS);
        pick.setMaxWidth(Double.MAX_VALUE);
        return new VBox(4, ids, new HBox(8, pick, open), inline);
    }

    TextField ids() {
        return ids;
    }

    /** The ids in the field. */
    List<String> chosen() {
        return Arrays.stream(ids.getText().split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** The organizations created here that the event still names (one removed from the field is not added). */
    List<Organization> createdAndChosen() {
        List<String> chosen = chosen();
        return created.stream().filter(o -> chosen.contains(o.id())).toList();
    }

    private Organization draft() {
        List<String> names = Arrays.stream(aliases.getText().split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        return new Organization(newId.getText().trim(), name.getText().trim(), country.getText().trim(), names);
    }

    private List<Problem> validate() {
        List<Problem> found = inline.isVisible() ? check.apply(draft()) : List.of();
        problems.values().forEach(l -> FormRows.show(l, ""));
        for (Problem p : found) {
            Label at = problems.get(p.path().replaceAll("[.\\[].*", ""));
            if (at == null) at = problems.get("name");
            FormRows.show(at, at.getText().isEmpty() ? p.message() : at.getText() + "\n" + p.message());
        }
        create.setDisable(!found.isEmpty());
        return found;
    }

    private void create() {
        if (!validate().isEmpty()) return;
        Organization o = draft();
        created.add(o);
        onCreated.accept(o);
        append(o.id());
        idTouched = false;
        for (TextField f : List.of(name, newId, country, aliases)) f.clear();
        inline.setVisible(false);
        inline.setManaged(false);
        validate();
    }

    private void append(String id) {
        if (chosen().contains(id)) return;
        ids.setText(ids.getText().isBlank() ? id : ids.getText().replaceAll("[,\\s]+$", "") + ", " + id);
    }
}
