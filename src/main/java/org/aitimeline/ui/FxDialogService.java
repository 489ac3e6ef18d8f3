package org.aitimeline.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.aitimeline.text.Product;
import org.aitimeline.data.AppLog;
import org.aitimeline.ui.task.TaskRunner;
import org.controlsfx.dialog.ExceptionDialog;
import org.aitimeline.data.Problem;
import org.aitimeline.model.Dataset;
import org.aitimeline.text.Labels;

/** The real dialogs: JavaFX file choosers and alerts, and the system browser for links. */
public final class FxDialogService implements DialogService {

    private final Labels labels;
    private final Supplier<Dataset> dataset;
    private final Consumer<String> browser;

    /**
     * @param browser opens a URL in the system browser (the application's host services)
     */
    public FxDialogService(Labels labels, Supplier<Dataset> dataset, Consumer<String> browser) {
        this.labels = labels;
        this.dataset = dataset;
        this.browser = browser;
    }

    @Override
    public Optional<Path> chooseDatasetToOpen(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(labels.get("open.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(labels.get("open.filter"), "*.json", "*.csv"));
        File f = chooser.showOpenDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseExportTarget(Window owner, String suggestedFileName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(labels.get("export.title"));
        chooser.setInitialFileName(suggestedFileName);
        for (ExportFormat f : ExportFormat.values()) {
            if (suggestedFileName.endsWith("." + f.extension())) {
                // "timeline.timelinejs.json" ends in ".json" too: TimelineJS comes after JSON, so it wins.
                chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter(labels.get(f.labelKey()), f.pattern()));
            }
        }
        File f = chooser.showSaveDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseSaveTarget(Window owner, String suggestedFileName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(labels.get("save.title"));
        chooser.setInitialFileName(suggestedFileName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
        File f = chooser.showSaveDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public UnsavedChoice askUnsaved(Window owner, String datasetName) {
        ButtonType save = new ButtonType(labels.get("unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(labels.get("unsaved.discard"), ButtonBar.ButtonData.NO);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, owner, labels.get("unsaved.title"),
                labels.format("unsaved.header", datasetName));
        alert.setContentText(labels.get("unsaved.text"));
        alert.getButtonTypes().setAll(save, discard, ButtonType.CANCEL);
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        return answer == save ? UnsavedChoice.SAVE : answer == discard ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
    }

    @Override
    public boolean askRestore(Window owner, String datasetName, java.time.Instant written) {
        ButtonType restore = new ButtonType(labels.get("recovery.restore"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(labels.get("recovery.discard"), ButtonBar.ButtonData.NO);
        String when = java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.SHORT)
                .withLocale(labels.bundle().getLocale()).format(written.atZone(java.time.ZoneId.systemDefault()));
        Alert alert = alert(Alert.AlertType.CONFIRMATION, owner, labels.get("recovery.title"),
                labels.format("recovery.header", datasetName));
        alert.setContentText(labels.format("recovery.text", when));
        alert.getButtonTypes().setAll(restore, discard);
        return alert.showAndWait().orElse(discard) == restore;
    }

    @Override
    public Optional<org.aitimeline.data.imports.TimelineJsImport.GroupAs> chooseGroupAs(Window owner, Path file) {
        ButtonType organizations = new ButtonType(labels.get("open.groupAs.organization"), javafx.scene.control.ButtonBar.ButtonData.YES);
        ButtonType categories = new ButtonType(labels.get("open.groupAs.category"), javafx.scene.control.ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, labels.get("open.groupAs.text"), organizations, categories,
                ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(labels.get("open.title"));
        alert.setHeaderText(labels.format("open.groupAs.header", file.getFileName()));
        return alert.showAndWait().flatMap(b -> b == organizations
                ? Optional.of(org.aitimeline.data.imports.TimelineJsImport.GroupAs.ORGANIZATION)
                : b == categories ? Optional.of(org.aitimeline.data.imports.TimelineJsImport.GroupAs.CATEGORY) : Optional.empty());
    }

    @Override
    public void showImportNotices(Window owner, Path file, List<Problem> notices) {
        Alert alert = alert(Alert.AlertType.INFORMATION, owner, labels.get("open.notices.title"),
                labels.format("open.notices.header", notices.size(), file.getFileName()));
        TextArea list = new TextArea(notices.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        list.setId("importNotices");
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefRowCount(Math.min(12, notices.size() * 2 + 1));
        list.setPrefColumnCount(80);
        alert.getDialogPane().setContent(list);
        alert.getDialogPane().setPrefWidth(760);
        alert.setResizable(true);
        alert.showAndWait();
    }

    @Override
    public void showDatasetProblems(Window owner, Path file, List<Problem> problems) {
        Alert alert = alert(Alert.AlertType.ERROR, owner, labels.get("open.failed"),
                labels.format("open.problems", problems.size(), file.getFileName()));
        TextArea list = new TextArea(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefRowCount(Math.min(16, problems.size() * 2 + 1));
        list.setPrefColumnCount(80);
        list.setMinHeight(160);
        alert.getDialogPane().setContent(list);
        // Wide and tall enough to read the problems, not two lines of them; the user can make it bigger still.
        alert.getDialogPane().setPrefWidth(820);
        alert.getDialogPane().setMinHeight(320);
        alert.setResizable(true);
        alert.showAndWait();
    }

    @Override
    public void showExportDialog(Window owner, ExportRequest request) {
        new ExportDialog(owner, request, this, TaskRunner.shared()).showAndWait();
    }

    /** The printer a print goes to; tests replace it (a machine without printers gives null). */
    Supplier<javafx.print.Printer> defaultPrinter = javafx.print.Printer::getDefaultPrinter;

    @Override
    public Optional<PrintTarget> choosePrintTarget(Window owner, PrintTarget.Choice initial) {
        javafx.print.Printer printer = defaultPrinter.get();
        if (printer == null) {
            showError(owner, labels.get("print.title"), labels.get("print.noPrinter"));
            return Optional.empty();
        }
        Optional<PrintTarget.Choice> choice = printChoice(owner, initial);
        if (choice.isEmpty()) return Optional.empty();
        javafx.print.PrinterJob job = javafx.print.PrinterJob.createPrinterJob(printer);
        if (job == null) {
            showError(owner, labels.get("print.title"), labels.get("print.noPrinter"));
            return Optional.empty();
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return Optional.empty();
        }
        return Optional.of(new PosterPrint.JobTarget(job, choice.get()));
    }

    /** What to print: the current view or the whole filtered range; split across pages or fitted to one. */
    Optional<PrintTarget.Choice> printChoice(Window owner, PrintTarget.Choice initial) {
        javafx.scene.control.Dialog<PrintTarget.Choice> dialog = new javafx.scene.control.Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(labels.get("print.title"));
        dialog.setHeaderText(labels.get("print.header"));
        javafx.scene.control.RadioButton visible = new javafx.scene.control.RadioButton(labels.get("export.range.visible"));
        javafx.scene.control.RadioButton all = new javafx.scene.control.RadioButton(labels.get("export.range.all"));
        javafx.scene.control.RadioButton split = new javafx.scene.control.RadioButton(labels.get("print.split"));
        javafx.scene.control.RadioButton fit = new javafx.scene.control.RadioButton(labels.get("export.pages.fit"));
        visible.setId("printVisible");
        all.setId("printAll");
        split.setId("printSplit");
        fit.setId("printFit");
        javafx.scene.control.ToggleGroup range = new javafx.scene.control.ToggleGroup();
        range.getToggles().addAll(visible, all);
        javafx.scene.control.ToggleGroup pages = new javafx.scene.control.ToggleGroup();
        pages.getToggles().addAll(split, fit);
        (initial.visibleRange() ? visible : all).setSelected(true);
        (initial.fit() ? fit : split).setSelected(true);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.addRow(0, new Label(labels.get("export.range")), new javafx.scene.layout.HBox(12, visible, all));
        grid.addRow(1, new Label(labels.get("export.pages")), new javafx.scene.layout.HBox(12, split, fit));
        dialog.getDialogPane().setContent(grid);
        ButtonType print = new ButtonType(labels.get("print.button"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(print, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == print ? new PrintTarget.Choice(visible.isSelected(), fit.isSelected()) : null);
        return dialog.showAndWait();
    }

    @Override
    public void showError(Window owner, String title, String message) {
        Alert alert = alert(Alert.AlertType.ERROR, owner, title, title);
        alert.setContentText(message);
        alert.showAndWait();
    }

    @Override
    public void showUnexpected(Window owner, String what, Throwable error) {
        String log = AppLog.unexpected(FxDialogService.class, what, error);
        ExceptionDialog dialog = new ExceptionDialog(error);
        dialog.initOwner(owner);
        dialog.setTitle(labels.get("error.unexpected.title"));
        dialog.setHeaderText(labels.format("error.unexpected.header", what));
        dialog.setContentText(log.isEmpty() ? labels.get("error.unexpected.noLog") : labels.format("error.unexpected.log", log));
        dialog.showAndWait();
    }

    @Override
    public void showShortcuts(Window owner, javafx.scene.control.MenuBar menus) {
        ShortcutsSheet.show(owner, menus, labels);
    }

    @Override
    public void showLegend(Window owner) {
        LegendSheet.show(owner, labels);
    }

    @Override
    public void showAbout(Window owner) {
        Dataset d = dataset.get();
        String sources = d == null ? "" : d.sources().stream().map(s -> "• " + labels.credit(s)).collect(Collectors.joining("\n"));
        Alert alert = alert(Alert.AlertType.INFORMATION, owner, labels.get("about.title"), labels.get("app.title"));
        TextArea text = new TextArea(labels.format("about.text", Product.version(), System.getProperty("java.version"),
                System.getProperty("javafx.runtime.version", "21"), d == null ? "" : labels.title(d), sources));
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(16);
        alert.getDialogPane().setContent(text);
        alert.showAndWait();
    }

    @Override
    public void openLink(String url) {
        browser.accept(url);
    }

    /** A dialog of {@code type} with an OK button, owned by {@code owner}; the caller adds its content. */
    private static Alert alert(Alert.AlertType type, Window owner, String title, String header) {
        Alert alert = new Alert(type, "", ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        return alert;
    }
}
