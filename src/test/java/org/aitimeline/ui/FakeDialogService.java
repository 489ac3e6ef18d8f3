package org.aitimeline.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;
import org.aitimeline.data.Problem;
import org.aitimeline.export.ExportContext;

/** Records what the window asked for instead of opening real dialogs; answers with prepared files. */
class FakeDialogService implements DialogService {

    Path datasetToOpen;
    Path exportTarget;
    final List<Problem> problemsShown = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
    final List<Throwable> unexpected = new ArrayList<>();
    final List<ExportContext> exports = new ArrayList<>();
    final List<ExportRequest> exportRequests = new ArrayList<>();
    final List<String> suggestedExportNames = new ArrayList<>();
    int shortcutsShown;
    int legendsShown;
    final List<String> linksOpened = new ArrayList<>();

    @Override
    public Optional<Path> chooseDatasetToOpen(Window owner) {
        return Optional.ofNullable(datasetToOpen);
    }

    @Override
    public Optional<Path> chooseExportTarget(Window owner, String suggestedFileName) {
        suggestedExportNames.add(suggestedFileName);
        return Optional.ofNullable(exportTarget);
    }

    /** Where Save as… saves; the answers to the unsaved-changes question, in order (then CANCEL). */
    Path saveTarget;
    final java.util.Deque<UnsavedChoice> unsavedAnswers = new java.util.ArrayDeque<>();
    final List<String> unsavedAsked = new ArrayList<>();

    @Override
    public Optional<Path> chooseSaveTarget(Window owner, String suggestedFileName) {
        return Optional.ofNullable(saveTarget);
    }

    @Override
    public UnsavedChoice askUnsaved(Window owner, String datasetName) {
        unsavedAsked.add(datasetName);
        return unsavedAnswers.isEmpty() ? UnsavedChoice.CANCEL : unsavedAnswers.poll();
    }

    /** The answer to "restore unsaved changes?"; how often it was asked. */
    boolean restore;
    int restoreAsked;

    @Override
    public boolean askRestore(Window owner, String datasetName, java.time.Instant written) {
        restoreAsked++;
        return restore;
    }

    /** The answer to "groups become…" when a TimelineJS story is opened (null: the person cancels). */
    org.aitimeline.data.imports.TimelineJsImport.GroupAs groupAs = org.aitimeline.data.imports.TimelineJsImport.GroupAs.ORGANIZATION;
    int groupAsAsked;
    final List<Problem> noticesShown = new ArrayList<>();

    @Override
    public Optional<org.aitimeline.data.imports.TimelineJsImport.GroupAs> chooseGroupAs(Window owner, Path file) {
        groupAsAsked++;
        return Optional.ofNullable(groupAs);
    }

    @Override
    public void showImportNotices(Window owner, Path file, List<Problem> notices) {
        noticesShown.addAll(notices);
    }

    @Override
    public void showDatasetProblems(Window owner, Path file, List<Problem> problems) {
        problemsShown.addAll(problems);
    }

    @Override
    public void showExportDialog(Window owner, ExportRequest request) {
        exports.add(request.context());
        exportRequests.add(request);
    }

    /** What File › Print gets: null, as on a machine without a printer after the message (or a cancelled dialog). */
    PrintTarget printTarget;
    final List<PrintTarget.Choice> printChoicesOffered = new ArrayList<>();

    @Override
    public Optional<PrintTarget> choosePrintTarget(Window owner, PrintTarget.Choice initial) {
        printChoicesOffered.add(initial);
        return Optional.ofNullable(printTarget);
    }

    @Override
    public void showError(Window owner, String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void showUnexpected(Window owner, String what, Throwable error) {
        unexpected.add(error);
    }

    /** The real dialogs for Help's sheets, when a test wants to read them; null: only counted. */
    DialogService help;

    @Override
    public void showShortcuts(Window owner, javafx.scene.control.MenuBar menus) {
        shortcutsShown++;
        if (help != null) help.showShortcuts(owner, menus);
    }

    @Override
    public void showLegend(Window owner) {
        legendsShown++;
        if (help != null) help.showLegend(owner);
    }

    @Override
    public void showAbout(Window owner) {
    }

    @Override
    public void openLink(String url) {
        linksOpened.add(url);
    }
}
