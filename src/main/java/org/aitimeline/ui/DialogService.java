package org.aitimeline.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;
import org.aitimeline.data.Problem;
import org.aitimeline.export.ExportContext;

/** Every dialog and file chooser the window opens, behind one interface so tests can replace them. */
public interface DialogService {

    Optional<Path> chooseDatasetToOpen(Window owner);

    Optional<Path> chooseExportTarget(Window owner, String suggestedFileName);

    /** Lists every problem of a dataset that could not be opened. */
    void showDatasetProblems(Window owner, Path file, List<Problem> problems);

    void showExportDialog(Window owner, ExportContext context);

    void showError(Window owner, String title, String message);

    void showShortcuts(Window owner);

    void showAbout(Window owner);
}
