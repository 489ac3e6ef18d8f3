package org.aitimeline.ui;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.aitimeline.export.ExportContext;
import org.aitimeline.export.TimelineImage;
import org.aitimeline.text.Labels;
import org.aitimeline.ui.task.BackgroundTask;
import org.aitimeline.ui.task.TaskRunner;
import org.aitimeline.ui.task.TaskSlot;

/**
 * The export dialog's preview: the top of the poster as it will be written, or for a table or a story a sentence of
 * what the file will hold. The FX thread never lays out or draws the image: the preview is laid out and drawn by the
 * {@link TaskRunner} {@link #PREVIEW_DELAY} after the last change (a newer one cancels it), and only its small
 * snapshot is taken on the FX thread. A click opens the poster's top at full size in a window of its own.
 */
final class ExportPreview {

    /** Wide enough to read the titles at their real size: the preview is laid out at this width, not shrunk. */
    static final double PREVIEW_WIDTH = 900;
    /** The preview shows the top of the image: as much as its box shows at full size. */
    private static final int PREVIEW_HEIGHT = 420;
    /** The full-size view shows at most this much of a poster's top (device pixels): enough to read, bounded in memory. */
    private static final int FULL_PREVIEW_HEIGHT = 6000;
    /** A preview is made this long after the last change, so typing a title makes one, not one per key. */
    static final Duration PREVIEW_DELAY = Duration.millis(150);

    private final ExportContext context;
    private final Labels labels;
    private final Supplier<ExportFormat> format;
    private final Function<Boolean, TimelineImage.Options> options;
    private final Consumer<String> status;
    private final Consumer<Throwable> failed;
    private final ImageView preview = new ImageView();
    private final Label previewNote = new Label();
    private final StackPane box;
    private final PauseTransition debounce = new PauseTransition(PREVIEW_DELAY);
    private final TaskSlot previewSlot;
    private final TaskSlot fullSlot;

    /**
     * @param options the dialog's options, for the preview ({@code true}) or for the file ({@code false})
     * @param image whether the chosen format is an image (the preview shows it) or not (a sentence does)
     * @param status the dialog's status line; {@code failed} reports a failure of the full-size view
     */
    ExportPreview(ExportContext context, Labels labels, TaskRunner tasks, Supplier<ExportFormat> format,
                  Function<Boolean, TimelineImage.Options> options, ObservableBooleanValue image,
                  Consumer<String> status, Consumer<Throwable> failed, Supplier<Window> owner) {
        this.context = context;
        this.labels = labels;
        this.format = format;
        this.options = options;
        this.status = status;
        this.failed = failed;
        this.previewSlot = new TaskSlot(tasks);
        this.fullSlot = new TaskSlot(tasks);
        debounce.setOnFinished(e -> refresh());
        preview.setFitWidth(PREVIEW_WIDTH);
        preview.setFitHeight(PREVIEW_HEIGHT);
        preview.setPreserveRatio(true);
        preview.setId("exportPreview");
        preview.setCursor(Cursor.HAND);
        preview.setOnMouseClicked(e -> openFullSize(owner.get()));
        Tooltip.install(preview, new Tooltip(labels.get("export.preview.full")));
        previewNote.setId("exportPreviewNote");
        previewNote.setWrapText(true);
        previewNote.visibleProperty().bind(javafx.beans.binding.Bindings.not(image));
        preview.visibleProperty().bind(image);
        box = new StackPane(preview, previewNote);
        box.setMinHeight(220);
        box.setPrefHeight(PREVIEW_HEIGHT + 16);
        box.setMaxHeight(PREVIEW_HEIGHT + 16);
        box.setPrefWidth(PREVIEW_WIDTH + 16);
        box.setStyle("-fx-background-color: -color-bg-subtle; -fx-padding: 8;");
    }

    Node node() {
        return box;
    }

    /** A choice changed: a new preview after {@link #PREVIEW_DELAY}, unless another change comes first. */
    void schedule() {
        debounce.playFromStart();
    }

    /** The dialog closed: no preview is made any more. */
    void stop() {
        debounce.stop();
        previewSlot.cancel();
        fullSlot.cancel();
    }

    void refresh() {
        ExportFormat f = format.get();
        if (!f.isImage()) {
            previewSlot.cancel();
            previewNote.setText(labels.format(f == ExportFormat.TIMELINEJS ? "export.preview.story" : "export.preview.table",
                    context.events().size()));
            return;
        }
        TimelineImage.Options o = options.apply(true);
        previewSlot.run(BackgroundTask.of("export-preview", job -> TimelineImage.layout(context, o).drawTop(PREVIEW_HEIGHT))
                .onSuccess(canvas -> preview.setImage(canvas.snapshot(null, null)))
                .onFailure(t -> status.accept(labels.format("export.failed", ExportDialog.describe(t, labels)))));
    }

    /**
     * Opens the poster at its real size (its top {@link #FULL_PREVIEW_HEIGHT} pixels at scale 1) in a window of its
     * own, scrollable: the small preview shows the layout, this one the text as printed. Drawn on a runner thread.
     */
    private void openFullSize(Window owner) {
        if (!format.get().isImage()) return;
        TimelineImage.Options chosen = options.apply(false);
        TimelineImage.Options o = new TimelineImage.Options(chosen.range(), chosen.width() > 0
                ? (int) Math.round(chosen.width() / Math.max(1, chosen.scale())) : 0, 1, chosen.title(), chosen.theme());
        status.accept(labels.get("export.preview.opening"));
        fullSlot.run(BackgroundTask.of("export-full-preview", job -> TimelineImage.layout(context, o).drawTop(FULL_PREVIEW_HEIGHT))
                .onSuccess(canvas -> {
                    status.accept("");
                    ImageView full = new ImageView(canvas.snapshot(null, null));
                    full.setId("exportFullPreview");
                    Stage window = new Stage();
                    window.initOwner(owner);
                    window.setTitle(labels.get("export.preview.full"));
                    javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
                    window.setScene(new Scene(new ScrollPane(full), Math.min(canvas.getWidth() + 20, screen.getWidth() * 0.9),
                            Math.min(canvas.getHeight() + 20, screen.getHeight() * 0.9)));
                    window.show();
                })
                .onFailure(failed));
    }
}
