package org.aitimeline.ui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.animation.PauseTransition;
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
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.aitimeline.export.ExportContext;
import org.aitimeline.export.TimelineImage;
import org.aitimeline.text.Labels;
import org.aitimeline.timeline.TimelineTheme;
import org.aitimeline.ui.task.BackgroundTask;
import org.aitimeline.ui.task.Job;
import org.aitimeline.ui.task.TaskRunner;
import org.aitimeline.ui.task.TaskSlot;

/**
 * File > Export PNG…: range, size (width or scale), theme, title, a live preview, and the export itself on a background
 * task with a progress bar; errors are shown in words in the dialog. The FX thread never lays out or draws the image:
 * the preview is laid out and drawn by the {@link TaskRunner} {@link #PREVIEW_DELAY} after the last change (a newer
 * one cancels it), and only its small snapshot is taken on the FX thread.
 */
public final class ExportDialog {

    private static final double PREVIEW_WIDTH = 560;
    /** The preview shows the top of the image: as much as its box shows at full size. */
    private static final int PREVIEW_HEIGHT = 300;
    /** A preview is made this long after the last change, so typing a title makes one, not one per key. */
    static final Duration PREVIEW_DELAY = Duration.millis(150);

    private final ExportContext context;
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
    private final TextField title = new TextField();
    private final ImageView preview = new ImageView();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final Button export = new Button();
    private final PauseTransition debounce = new PauseTransition(PREVIEW_DELAY);
    private final TaskRunner tasks;
    private final TaskSlot previewSlot;
    private Job running;

    public ExportDialog(Window owner, ExportContext context, DialogService dialogs, TaskRunner tasks) {
        this.context = context;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.previewSlot = new TaskSlot(tasks);
        this.labels = Labels.of(context.locale());
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(labels.get("export.title"));
        build();
        debounce.setOnFinished(e -> refreshPreview());
        stage.setOnShown(e -> refreshPreview());
        stage.setOnHidden(e -> {
            debounce.stop();
            previewSlot.cancel();
            if (running != null) running.cancel();
        });
    }

    private void build() {
        ToggleGroup range = new ToggleGroup();
        visible.setText(labels.get("export.range.visible"));
        all.setText(labels.get("export.range.all"));
        visible.setToggleGroup(range);
        all.setToggleGroup(range);
        all.setSelected(true);
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
        scale.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Double d) {
                return d == null ? "" : String.format("%.0f×", d);
            }

            @Override
            public Double fromString(String s) {
                return null;
            }
        });
        theme.getItems().addAll(false, true);
        theme.setValue(context.dark());
        theme.setId("exportTheme");
        theme.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Boolean dark) {
                return dark == null ? "" : labels.get(dark ? "export.theme.dark" : "export.theme.light");
            }

            @Override
            public Boolean fromString(String s) {
                return null;
            }
        });
        title.setId("exportTitle");
        title.setPromptText(labels.get("export.titlePrompt"));
        title.setPrefColumnCount(36);
        for (var p : new javafx.beans.Observable[] {range.selectedToggleProperty(), size.selectedToggleProperty(),
                width.valueProperty(), scale.valueProperty(), theme.valueProperty(), title.textProperty()}) {
            p.addListener(o -> debounce.playFromStart());
        }

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label(labels.get("export.range")), new HBox(12, all, visible));
        form.addRow(1, new Label(labels.get("export.size")), new HBox(8, byScale, scale, byWidth, width));
        form.addRow(2, new Label(labels.get("export.theme")), theme);
        form.addRow(3, new Label(labels.get("export.titleField")), title);
        ((HBox) form.getChildren().get(3)).setAlignment(Pos.CENTER_LEFT);

        preview.setFitWidth(PREVIEW_WIDTH);
        preview.setFitHeight(PREVIEW_HEIGHT);
        preview.setPreserveRatio(true);
        preview.setId("exportPreview");
        StackPane previewBox = new StackPane(preview);
        previewBox.setMinHeight(220);
        previewBox.setPrefHeight(316);
        previewBox.setMaxHeight(316);
        previewBox.setStyle("-fx-background-color: -color-bg-subtle; -fx-padding: 8;");

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
        Button close = new Button(labels.get("export.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.hide());
        HBox buttons = new HBox(8, progress, close, export);
        HBox.setHgrow(progress, Priority.ALWAYS);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox root = new VBox(12, form, new Label(labels.get("export.preview")), previewBox, status, buttons);
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
            return new TimelineImage.Options(r, (int) PREVIEW_WIDTH, 1, title.getText(), look);
        }
        return byWidth.isSelected() ? new TimelineImage.Options(r, w, 1, title.getText(), look)
                : new TimelineImage.Options(r, 0, s, title.getText(), look);
    }

    private void refreshPreview() {
        TimelineImage.Options options = options(true);
        previewSlot.run(BackgroundTask.of("export-preview", job -> TimelineImage.layout(context, options).drawTop(PREVIEW_HEIGHT))
                .onSuccess(canvas -> preview.setImage(canvas.snapshot(null, null)))
                .onFailure(t -> status.setText(labels.format("export.failed", describe(t, labels)))));
    }

    private void exportToFile() {
        Optional<Path> target = dialogs.chooseExportTarget(stage, "timeline.png");
        if (target.isEmpty()) return;
        Path file = target.get().getFileName().toString().toLowerCase().endsWith(".png") ? target.get()
                : target.get().resolveSibling(target.get().getFileName() + ".png");
        TimelineImage.Options options = options(false);
        progress.setProgress(0);
        progress.setVisible(true);
        export.setDisable(true);
        status.setText(labels.get("export.working"));
        running = tasks.run(BackgroundTask.of("png-export", job -> {
                    TimelineImage image = TimelineImage.layout(context, options);
                    image.writePng(file, job::progress, job::isCancelled);
                    return image;
                })
                .onProgress(progress::setProgress)
                .onSuccess(image -> status.setText(labels.format("export.done", file, image.width(), image.height())))
                .onFailure(this::failed)
                .onFinished(this::finish));
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
