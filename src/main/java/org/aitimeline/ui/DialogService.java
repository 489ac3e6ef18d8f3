package org.aitimeline.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;
import org.aitimeline.data.Problem;

/** Every dialog, file chooser and outside link the window opens, behind one interface so tests can replace them. */
public interface DialogService {

    Optional<Path> chooseDatasetToOpen(Window owner);

    /** A file to export to; the chooser's filter follows the suggested name's ending ("timeline.svg": SVG files). */
    Optional<Path> chooseExportTarget(Window owner, String suggestedFileName);

    /**
     * A TimelineJS story is being opened: whether its groups become organizations or categories (the lanes it is
     * grouped into). Empty when the person cancels the opening.
     */
    Optional<org.aitimeline.data.imports.TimelineJsImport.GroupAs> chooseGroupAs(Window owner, Path file);

    /** What an import could not keep (eras, the title slide's text), listed once the story is open. */
    void showImportNotices(Window owner, Path file, List<Problem> notices);

    /** Lists every problem of a dataset that could not be opened. */
    void showDatasetProblems(Window owner, Path file, List<Problem> problems);

    void showExportDialog(Window owner, ExportRequest request);

    void showError(Window owner, String title, String message);

    /**
     * File › Print: asks what to print (the current view or the whole range, split or fitted, starting from
     * {@code initial}), then shows the platform's print dialog with its page setup. Empty when the person cancels,
     * or when there is no printer (after saying so in one sentence).
     */
    Optional<PrintTarget> choosePrintTarget(Window owner, PrintTarget.Choice initial);

    /**
     * An error that is a bug, not a problem with the user's input: logged with its stack trace, and shown with its
     * details and the log's path. {@code what} names the action that failed ("Export PNG").
     */
    void showUnexpected(Window owner, String what, Throwable error);

    /** Help › Keyboard shortcuts: the accelerators of {@code menus} as they are, and the keys no menu carries. */
    void showShortcuts(Window owner, javafx.scene.control.MenuBar menus);

    /** Help › Legend: what the marks on the timeline and in the article view mean. */
    void showLegend(Window owner);

    void showAbout(Window owner);

    /** What to do with unsaved changes before they would be lost. */
    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    /** Where to save a dataset (Save as…, or a copy of the read-only bundled one). */
    Optional<Path> chooseSaveTarget(Window owner, String suggestedFileName);

    /** Asks Save / Don't save / Cancel before unsaved changes to {@code datasetName} would be lost. */
    UnsavedChoice askUnsaved(Window owner, String datasetName);

    /** Asks whether to restore the unsaved changes to {@code datasetName} a crashed run left at {@code written}. */
    boolean askRestore(Window owner, String datasetName, java.time.Instant written);

    /** Opens a public record's page in the system browser. */
    void openLink(String url);
}
