package org.aitimeline.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/** Dropping a dataset file (.json) or a TimelineJS sheet (.csv) on the window opens it. */
final class DatasetDrop {

    private DatasetDrop() {
    }

    /** Accepts .json and .csv files dropped on {@code target} and hands the first to {@code open}. */
    static void install(Node target, Consumer<Path> open) {
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().stream().anyMatch(DatasetDrop::isDataset)) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            File file = e.getDragboard().getFiles().stream().filter(DatasetDrop::isDataset).findFirst().orElse(null);
            if (file != null) open.accept(file.toPath());
            e.setDropCompleted(file != null);
            e.consume();
        });
    }

    private static boolean isDataset(File f) {
        String name = f.getName().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(".csv");
    }
}
