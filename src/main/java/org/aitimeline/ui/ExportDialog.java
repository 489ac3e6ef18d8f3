package org.aitimeline.ui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.aitimeline.export.ExportContext;
import org.aitimeline.export.TimelineImage;
import org.aitimeline.text.Labels;
import org.aitimeline.timeline.TimelineTheme;
import org.aitimeline.ui.task.BackgroundTask;
import org.aitimeline.ui.task.Job;
import org.aitimeline.ui.task.TaskRunner;

/**
 * File › Export…: the format (PNG, SVG, PDF with its pages split or fitted, TimelineJS; see {@link ExportWriter}), range,
 * size (width or scale), theme, title, a live preview that opens full size on a click, and the export itself on a
 * background task with a progress bar, cancellable; errors are shown in one sentence in the dialog. The format and
 * the range (the current view by default) are remembered in the {@link UserPreferences}. The preview, drawn off the
 * FX thread, is an {@link ExportPreview}.
 */
public final class ExportDialog {

    private final ExportContext context;
    private final UserPreferences prefs;
    private final DialogService dialogs;
    private final Labels labels;
    private final Stage stage = new Stage();
    private final RadioButton visible = new RadioButton();
    private final RadioButton all = new RadioButton();
    private final RadioButton byWidth = new RadioButton();
    private final RadioButton byScale = new RadioButton();
    private final Spinner<Integer> width = new Spinner<>(400, 40_000, 3000, 200);
    private final ChoiceBox<Double> scale = new ChoiceBox<>();
    private final ChoiceBox<Boolean> theme = new ChoiceBox<>();
    private final ChoiceBox<ExportFormat> format = new ChoiceBox<>();
    private final ChoiceBox<TimelineImage.Pages> pages = new ChoiceBox<>();
    private final Button close = new Button();
    private final TextField title = new TextField();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final Button export = new Button();
    private final TaskRunner tasks;
    private ExportPreview preview;
    private Job running;

    public ExportDialog(Window owner, ExportContext context, DialogService dialogs, TaskRunner tasks) {
        this(owner, new ExportRequest(context, null, null), dialogs, tasks);
    }

    public ExportDialog(Window owner, ExportRequest request, DialogService dialogs, TaskRunner tasks) {
        this.context = request.context();
        this.prefs = request.prefs();
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.labels = Labels.of(context.locale());
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(labels.get("export.title"));
        build(request.format() != null ? request.format()
                : prefs == null ? ExportFormat.PNG : ExportFormat.of(prefs.exportFormat(), ExportFormat.PNG));
        stage.setOnShown(e -> preview.refresh());
        stage.setOnHidden(e -> {
            preview.stop();
            if (running != null) running.cancel();
        });
    }

    private void build(ExportFormat initial) {
        format.getItems().addAll(ExportWriter.offered());
        format.setValue(format.getItems().contains(initial) ? initial : ExportFormat.PNG);
        format.setId("exportFormat");
        format.setConverter(converter(f -> labels.get(f.labelKey())));
        pages.getItems().addAll(TimelineImage.Pages.SPLIT, TimelineImage.Pages.FIT);
        pages.setValue(prefs != null && prefs.exportPdfFit() ? TimelineImage.Pages.FIT : TimelineImage.Pages.SPLIT);
        pages.setId("exportPages");
        pages.setConverter(converter(p -> labels.get(p == TimelineImage.Pages.FIT ? "export.pages.fit" : "export.pages.split")));
        ToggleGroup range = new ToggleGroup();
        visible.setText(labels.get("export.range.visible"));
        all.setText(labels.get("export.range.all"));
        visible.setToggleGroup(range);
        all.setToggleGroup(range);
        // The current view unless the person chose the whole range last time (issue 25: "what I see is what I get").
        (prefs == null || prefs.exportVisibleRange() ? visible : all).setSelected(true);
        visible.setId("exportVisible");
        all.setId("exportAll");
        ToggleGroup size = new ToggleGroup();
        byWidth.setText(labels.get("export.width"));
        byScale.setText(labels.get("export.scale"));
        byWidth.setToggleGroup(size);
        byScale.setToggleGroup(size);
        byScale.setSelected(true);
        byWidth.setId("exportByWidth");
        byScale.setId("exportByScale");
        width.setEditable(true);
        width.setId("exportWidth");
        width.disableProperty().bind(byScale.selectedProperty());
        scale.getItems().addAll(1.0, 2.0, 4.0);
        scale.setValue(1.0);
        scale.setId("exportScale");
        scale.disableProperty().bind(byWidth.selectedProperty());
        scale.setConverter(converter(d -> String.format("%.0f×", d)));
        theme.getItems().addAll(false, true);
        theme.setValue(context.dark());
        theme.setId("exportTheme");
        theme.setConverter(converter(dark -> labels.get(dark ? "export.theme.dark" : "export.theme.light")));
        title.setId("exportTitle");
        title.setPromptText(labels.get("export.titlePrompt"));
        title.setPrefColumnCount(36);
        for (var p : new javafx.beans.Observable[] {range.selectedToggleProperty(), size.selectedToggleProperty(),
                width.valueProperty(), scale.valueProperty(), theme.valueProperty(), title.textProperty(),
                format.valueProperty()}) {
            p.addListener(o -> preview.schedule());
        }
        // Remembered as soon as chosen: the next export starts where this one left off.
        if (prefs != null) {
            format.valueProperty().addListener((o, was, f) -> prefs.setExportFormat(f.name()));
            visible.selectedProperty().addListener((o, was, on) -> prefs.setExportVisibleRange(on));
            pages.valueProperty().addListener((o, was, p) -> prefs.setExportPdfFit(p == TimelineImage.Pages.FIT));
        }

        HBox rangeBox = new HBox(12, visible, all);
        HBox sizeBox = new HBox(8, byScale, scale, byWidth, width);
        sizeBox.setAlignment(Pos.CENTER_LEFT);
        var image = javafx.beans.binding.Bindings.createBooleanBinding(() -> format.getValue().isImage(), format.valueProperty());
        rangeBox.disableProperty().bind(image.not());
        theme.disableProperty().bind(image.not());
        sizeBox.disableProperty().bind(format.valueProperty().isNotEqualTo(ExportFormat.PNG));
        pages.disableProperty().bind(format.valueProperty().isNotEqualTo(ExportFormat.PDF));
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label(labels.get("export.format")), new HBox(12, format, new Label(labels.get("export.pages")), pages));
        form.addRow(1, new Label(labels.get("export.range")), rangeBox);
        form.addRow(2, new Label(labels.get("export.size")), sizeBox);
        form.addRow(3, new Label(labels.get("export.theme")), theme);
        form.addRow(4, new Label(labels.get("export.titleField")), title);
        ((HBox) form.getChildren().get(1)).setAlignment(Pos.CENTER_LEFT);

        preview = new ExportPreview(context, labels, tasks, format::getValue, this::options, image, status::setText,
                this::failed, () -> stage);

        progress.setId("exportProgress");
        progress.setVisible(false);
        progress.setMaxWidth(Double.MAX_VALUE);
        status.setId("exportStatus");
        status.setWrapText(true);
        export.setText(labels.get("export.button"));
        export.setId("exportButton");
        export.setDefaultButton(true);
        export.getStyleClass().add("accent");
        export.setOnAction(e -> exportToFile());
        close.setText(labels.get("export.close"));
        close.setId("exportClose");
        close.setCancelButton(true);
        // While an export runs the button cancels it; otherwise it closes the dialog.
        close.setOnAction(e -> {
            if (running != null) cancelExport();
            else stage.hide();
        });
        HBox buttons = new HBox(8, progress, close, export);
        HBox.setHgrow(progress, Priority.ALWAYS);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox root = new VBox(12, form, new Label(labels.get("export.preview")), preview.node(), status, buttons);
        root.setPadding(new Insets(16));
        stage.setScene(new Scene(root));
    }

    TimelineImage.Options options(boolean forPreview) {
        TimelineImage.Range r = visible.isSelected() ? TimelineImage.Range.VISIBLE : TimelineImage.Range.ALL;
        Integer w = width.getValue();
        double s = scale.getValue() == null ? 1 : scale.getValue();
        TimelineTheme look = Boolean.TRUE.equals(theme.getValue()) ? TimelineTheme.DARK : TimelineTheme.LIGHT;
        if (forPreview) {
            // Laid out at the preview's own size: drawing a poster small costs as much as drawing it large.
            return new TimelineImage.Options(r, (int) ExportPreview.PREVIEW_WIDTH, 1, title.getText(), look);
        }
        return byWidth.isSelected() ? new TimelineImage.Options(r, w, 1, title.getText(), look)
                : new TimelineImage.Options(r, 0, s, title.getText(), look);
    }

    private static <T> javafx.util.StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private void exportToFile() {
        ExportFormat f = format.getValue();
        Optional<Path> target = dialogs.chooseExportTarget(stage, f.suggestedName());
        if (target.isEmpty()) return;
        Path file = f.withExtension(target.get());
        TimelineImage.Options options = options(false);
        TimelineImage.Pages paging = pages.getValue();
        progress.setProgress(f == ExportFormat.PNG ? 0 : -1);
        progress.setVisible(true);
        export.setDisable(true);
        close.setText(labels.get("export.cancel"));
        status.setText(labels.get("export.working"));
        running = tasks.run(BackgroundTask.of(f.name().toLowerCase(java.util.Locale.ROOT) + "-export",
                        job -> ExportWriter.write(f, context, options, paging, file, job, labels))
                .onProgress(progress::setProgress)
                .onSuccess(status::setText)
                .onFailure(this::failed)
                .onFinished(this::finish));
    }

    /** Stops the running export: it leaves no file behind (every writer writes a temporary file moved into place). */
    private void cancelExport() {
        Job job = running;
        if (job == null) return;
        job.cancel();
        status.setText(labels.get("export.cancelled"));
        finish();
    }

    /** An I/O problem is one sentence in the dialog; anything else is a bug, shown with its details and logged. */
    private void failed(Throwable t) {
        if (t instanceof java.io.IOException || t instanceof IllegalArgumentException) {
            status.setText(labels.format("export.failed", describe(t, labels)));
        } else {
            status.setText(labels.format("export.failed", t.getClass().getSimpleName()));
            dialogs.showUnexpected(stage, labels.get("export.title"), t);
        }
    }

    private void finish() {
        progress.setVisible(false);
        export.setDisable(false);
        close.setText(labels.get("export.close"));
        running = null;
    }

    /** Turns exceptions into words: "No space left on device", "permission denied: /x"; never "null". */
    static String describe(Throwable t, Labels labels) {
        if (t instanceof java.nio.file.AccessDeniedException a) return labels.format("export.denied", a.getFile());
        if (t instanceof java.nio.file.NoSuchFileException n) return labels.format("export.noFolder", n.getFile());
        if (t instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getFile() == null ? f.getReason() : f.getReason() + ": " + f.getFile();
        }
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }

    public void show() {
        stage.show();
    }

    public void showAndWait() {
        stage.showAndWait();
    }

    Stage stage() {
        return stage;
    }
}
