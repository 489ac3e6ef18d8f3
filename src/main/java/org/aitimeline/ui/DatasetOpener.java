package org.aitimeline.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.aitimeline.data.DatasetException;
import org.aitimeline.data.DatasetLoader;
import org.aitimeline.model.Dataset;
import org.aitimeline.model.Layer;
import org.aitimeline.data.Problem;
import org.aitimeline.data.imports.TimelineJsImport;
import org.aitimeline.text.Labels;
import org.aitimeline.ui.task.BackgroundTask;
import org.aitimeline.ui.task.TaskRunner;
import org.aitimeline.ui.task.TaskSlot;

/**
 * Opens dataset files for the window (File › Open, a dropped file): loaded on the {@link TaskRunner}, a newer
 * load cancelling an older one; on success the model shows it and it becomes the last dataset, on failure its
 * problems are listed and the current dataset stays. A TimelineJS story (JSON or sheet CSV) is recognised first by
 * its content; the person chooses whether its groups become organizations or categories, and after it opens is told
 * what the import could not keep (eras, the title slide's text). One per window: it outlives the views a language
 * switch rebuilds.
 */
final class DatasetOpener {

    /** How much of a file is read to recognise a TimelineJS story: its top-level fields come first. */
    private static final int SNIFF_BYTES = 256 * 1024;

    private final ExplorerModel model;
    private final UserPreferences prefs;
    private final Supplier<DialogService> dialogs;
    private final Supplier<Window> window;
    private final TaskSlot loads;
    /** Layers load apart from datasets: adding a layer must not cancel an open, nor an open a layer (its own slot). */
    private final TaskSlot layerLoads;

    DatasetOpener(ExplorerModel model, UserPreferences prefs, Supplier<DialogService> dialogs, Supplier<Window> window,
                  TaskRunner tasks) {
        this.model = model;
        this.prefs = prefs;
        this.dialogs = dialogs;
        this.window = window;
        this.loads = new TaskSlot(tasks);
        this.layerLoads = new TaskSlot(tasks);
    }

    void open(Path file) {
        loads.run(BackgroundTask.of("dataset-sniff", job -> storyShape(file))
                .onSuccess(shape -> {
                    if (shape.isEmpty()) {
                        load(file, TimelineJsImport.GroupAs.ORGANIZATION);
                    } else {
                        dialogs.get().chooseGroupAs(window.get(), file).ifPresent(groupAs -> load(file, groupAs));
                    }
                })
                // A file that cannot even be read: the loader says why, in its own words.
                .onFailure(t -> load(file, TimelineJsImport.GroupAs.ORGANIZATION)));
    }

    /** The TimelineJS shape of the file's start, or empty for our own format (or anything else). */
    static Optional<TimelineJsImport.Shape> storyShape(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        }
        int bom = head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF ? 3 : 0;
        return Optional.ofNullable(TimelineJsImport.recognise(file.getFileName().toString(), head, bom));
    }

    private void load(Path file, TimelineJsImport.GroupAs groupAs) {
        List<Problem> notices = new CopyOnWriteArrayList<>();
        loads.run(BackgroundTask.of("dataset-load", job -> new DatasetLoader().load(file, groupAs, notices::add))
                .onSuccess(d -> {
                    model.setDataset(d);
                    prefs.setLastDataset(file.toAbsolutePath().toString());
                    if (!notices.isEmpty()) dialogs.get().showImportNotices(window.get(), file, List.copyOf(notices));
                })
                .onFailure(t -> failed(file, t)));
    }

    /** File › Bundled datasets: opens a bundled dataset (timeline, notable-models) alone. */
    void openBundled(String name) {
        loads.run(BackgroundTask.of("dataset-load", job -> new DatasetLoader().loadBundled(name))
                .onSuccess(d -> {
                    model.setDataset(d);
                    prefs.setLastDataset(LayerSource.bundled(name));
                })
                .onFailure(t -> failed(null, t)));
    }

    /** File › Add layer…: a dataset file shown over the open ones. */
    void addLayer(Path file) {
        layerLoads.run(BackgroundTask.of("layer-load", job -> new DatasetLoader().load(file))
                .onSuccess(d -> model.addLayer(Layer.of(d)))
                .onFailure(t -> failed(file, t)));
    }

    /** File › Add bundled layer: a bundled dataset shown over the open ones. */
    void addBundledLayer(String name) {
        layerLoads.run(BackgroundTask.of("layer-load", job -> new DatasetLoader().loadBundled(name))
                .onSuccess(d -> model.addLayer(Layer.of(d)))
                .onFailure(t -> failed(null, t)));
    }

    /**
     * Reopens the layers of the last session over the base the window opened on, when the remembered base is that
     * one; a layer that no longer loads is left out (the others still open).
     */
    void restoreLayers(List<UserPreferences.RememberedLayer> remembered) {
        if (remembered.size() < 2 || model.getLayers().size() != 1) return;
        Dataset base = model.getLayers().get(0).dataset();
        if (!remembered.get(0).source().equals(LayerSource.of(base))) return;
        layerLoads.run(BackgroundTask.of("layers-restore", job -> {
            List<Layer> layers = new ArrayList<>(List.of(model.getLayers().get(0)));
            List<Boolean> visible = new ArrayList<>(List.of(remembered.get(0).visible()));
            for (UserPreferences.RememberedLayer r : remembered.subList(1, remembered.size())) {
                try {
                    layers.add(Layer.of(LayerSource.load(r.source())));
                    visible.add(r.visible());
                } catch (DatasetException | RuntimeException e) {
                    org.aitimeline.data.AppLog.logger(DatasetOpener.class).log(System.Logger.Level.WARNING,
                            "a remembered layer did not load: " + r.source(), e);
                }
            }
            return new Restored(layers, visible);
        }).onSuccess(r -> {
            List<Layer> layers = r.layers();
            List<Boolean> visible = r.visible();
            // Only over the base it was read for: a dataset opened meanwhile wins.
            if (layers.size() > 1 && model.getLayers().size() == 1 && model.getLayers().get(0) == layers.get(0)) {
                model.setLayers(layers, visible);
            }
        }));
    }

    private record Restored(List<Layer> layers, List<Boolean> visible) {
    }

    private void failed(Path file, Throwable t) {
        if (t instanceof DatasetException de) {
            dialogs.get().showDatasetProblems(window.get(), file == null ? Path.of("bundled") : file, de.problems());
        } else {
            dialogs.get().showUnexpected(window.get(), model.labels().get("error.load"), t);
        }
    }
}
