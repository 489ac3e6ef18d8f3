package org.aitimeline.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.aitimeline.data.Problem;
import org.aitimeline.export.ExportContext;
import org.aitimeline.model.Dataset;

/** The real dialogs: JavaFX file choosers and alerts. */
public final class FxDialogService implements DialogService {

    private final ResourceBundle messages;
    private final Supplier<Dataset> dataset;

    public FxDialogService(ResourceBundle messages, Supplier<Dataset> dataset) {
        this.messages = messages;
        this.dataset = dataset;
    }

    @Override
    public Optional<Path> chooseDatasetToOpen(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.getString("open.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.getString("open.filter"), "*.json"));
        File f = chooser.showOpenDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseExportTarget(Window owner, String suggestedFileName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.getString("export.title"));
        chooser.setInitialFileName(suggestedFileName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG", "*.png"));
        File f = chooser.showSaveDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public void showDatasetProblems(Window owner, Path file, List<Problem> problems) {
        Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(messages.getString("open.failed"));
        alert.setHeaderText(Messages.format(messages, "open.problems", problems.size(), file.getFileName()));
        TextArea list = new TextArea(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefRowCount(Math.min(14, problems.size() + 1));
        alert.getDialogPane().setContent(list);
        alert.setResizable(true);
        alert.showAndWait();
    }

    @Override
    public void showExportDialog(Window owner, ExportContext context) {
        new ExportDialog(owner, context, this).showAndWait();
    }

    @Override
    public void showError(Window owner, String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.showAndWait();
    }

    @Override
    public void showShortcuts(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(messages.getString("shortcuts.title"));
        alert.setHeaderText(messages.getString("shortcuts.title"));
        TextArea text = new TextArea(messages.getString("shortcuts.text"));
        text.setEditable(false);
        text.setPrefRowCount(22);
        text.setPrefColumnCount(52);
        alert.getDialogPane().setContent(text);
        alert.showAndWait();
    }

    @Override
    public void showAbout(Window owner) {
        Dataset d = dataset.get();
        String sources = d == null ? "" : d.sources().stream()
                .map(s -> "• " + s.title() + (s.published() == null ? "" : " (" + s.published().format(messages.getLocale()) + ")"))
                .collect(Collectors.joining("\n"));
        String version = Optional.ofNullable(FxDialogService.class.getPackage().getImplementationVersion()).orElse("1.0.0");
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(messages.getString("about.title"));
        alert.setHeaderText(messages.getString("app.title"));
        TextArea text = new TextArea(Messages.format(messages, "about.text", version, System.getProperty("java.version"),
                System.getProperty("javafx.runtime.version", "21"), d == null ? "" : d.title(), sources));
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(14);
        alert.getDialogPane().setContent(text);
        alert.showAndWait();
    }
}
