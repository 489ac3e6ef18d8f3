package org.aitimeline.ui.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.aitimeline.data.Problem;
import org.aitimeline.text.Labels;

/**
 * A form's rows: a name, the input and, under it, the label where the loader's problems at that field are shown.
 * A problem goes to the field whose path is the longest start of its own ({@code passages[0].exact} to
 * {@code passages}); a list's selected entry maps its fields for the time of one check ({@link #atItem}).
 */
final class FormRows {

    private final Labels labels;
    private final GridPane grid = new GridPane();
    private final Map<String, Label> problems = new LinkedHashMap<>();
    private final Map<String, Label> items = new HashMap<>();
    private int row;

    FormRows(Labels labels) {
        this.labels = labels;
        grid.setHgap(8);
        grid.setVgap(2);
        grid.getColumnConstraints().add(new ColumnConstraints(140));
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().add(grow);
    }

    GridPane grid() {
        return grid;
    }

    /** A row named by {@code labelKey} whose problems are those at {@code path}; returns its problem label. */
    Label add(String labelKey, String path, Node input) {
        Label name = new Label(labels.get(labelKey));
        Node first = input instanceof HBox h ? h.getChildren().get(0) : input instanceof VBox v ? v.getChildren().get(0) : input;
        if (first instanceof Control c) name.setLabelFor(c);
        if (input instanceof Control c) c.setMaxWidth(Double.MAX_VALUE);
        grid.add(name, 0, row);
        grid.add(input, 1, row++);
        Label problem = problemLabel(first.getId() + "Problem");
        grid.add(problem, 1, row++);
        if (path != null) problems.put(path, problem);
        return problem;
    }

    /** A label for problems, hidden while it has none. */
    static Label problemLabel(String id) {
        Label problem = new Label();
        problem.setId(id);
        problem.getStyleClass().add("form-problem");
        problem.setWrapText(true);
        show(problem, "");
        return problem;
    }

    /** Problems at {@code list[index].field} go to {@code fields.get(field)} until the next {@link #place}. */
    void atItem(String list, int index, Map<String, Label> fields) {
        fields.values().forEach(l -> show(l, ""));
        if (index < 0) return;
        fields.forEach((field, label) -> items.put(list + "[" + index + "]." + field, label));
    }

    /** Clears every row's problems. */
    void clear() {
        problems.values().forEach(l -> show(l, ""));
    }

    /** Shows each problem at its field; returns those with no field, as "path: message". */
    List<String> place(List<Problem> found) {
        List<String> unplaced = new ArrayList<>();
        for (Problem p : found) {
            Label at = labelFor(p.path());
            if (at != null) show(at, at.getText().isEmpty() ? p.message() : at.getText() + "\n" + p.message());
            else unplaced.add((p.path().isEmpty() ? "" : p.path() + ": ") + p.message());
        }
        items.clear();
        return unplaced;
    }

    private Label labelFor(String path) {
        Label best = null;
        int bestLength = -1;
        for (Map<String, Label> map : List.of(items, problems)) {
            for (Map.Entry<String, Label> e : map.entrySet()) {
                String k = e.getKey();
                boolean matches = path.equals(k) || path.startsWith(k + ".") || path.startsWith(k + "[");
                if (matches && k.length() > bestLength) {
                    best = e.getValue();
                    bestLength = k.length();
                }
            }
        }
        if (best == null && (path.equals("title") || path.equals("summary") || path.equals("dateNote"))) {
            best = problems.get(path + ".en");
        }
        return best;
    }

    static void show(Label l, String text) {
        l.setText(text);
        l.setVisible(!text.isEmpty());
        l.setManaged(!text.isEmpty());
    }

    static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        return f;
    }

    static TextArea area(String id) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setWrapText(true);
        a.setPrefRowCount(3);
        return a;
    }

    static <T> StringConverter<T> converter(Function<T, String> show) {
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
