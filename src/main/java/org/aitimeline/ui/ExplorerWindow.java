package org.aitimeline.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.application.Application;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.aitimeline.data.DatasetException;
import org.aitimeline.data.DatasetLoader;
import org.aitimeline.model.Dataset;

/**
 * Builds the explorer window on a stage: theme, language, the FXML views and their controllers around one
 * {@link ExplorerModel}, and the state remembered between runs. Switching language rebuilds the views and keeps
 * the model, so filters and selection survive.
 */
public final class ExplorerWindow {

    private final Stage stage;
    private final ExplorerModel model = new ExplorerModel();
    private final UserPreferences prefs;
    private final Function<ResourceBundle, DialogService> dialogs;
    private MainController controller;
    private DialogService dialogService;

    /**
     * @param dialogs makes the dialog service for a language (tests pass a fake)
     */
    public ExplorerWindow(Stage stage, UserPreferences prefs, Function<ResourceBundle, DialogService> dialogs) {
        this.stage = stage;
        this.prefs = prefs;
        this.dialogs = dialogs;
    }

    /** A window with the real dialogs and the user's preferences. */
    public static ExplorerWindow standard(Stage stage) {
        ExplorerWindow[] self = new ExplorerWindow[1];
        self[0] = new ExplorerWindow(stage, UserPreferences.forUser(),
                messages -> new FxDialogService(messages, () -> self[0].model.getDataset()));
        return self[0];
    }

    public ExplorerModel model() {
        return model;
    }

    public MainController controller() {
        return controller;
    }

    /** Loads the last dataset (or the bundled one), restores the remembered state and shows the window. */
    public void show() throws DatasetException {
        Locale locale = prefs.language().map(Locale::forLanguageTag)
                .orElse("it".equals(Locale.getDefault().getLanguage()) ? Locale.ITALIAN : Locale.ENGLISH);
        model.setLocale(locale);
        model.setGrouping(prefs.grouping());
        applyTheme(prefs.dark());
        String vanished = null;
        Dataset dataset = null;
        if (prefs.lastDataset().isPresent()) {
            Path last = Path.of(prefs.lastDataset().get());
            if (Files.isRegularFile(last)) {
                try {
                    dataset = new DatasetLoader().load(last);
                } catch (DatasetException e) {
                    vanished = null; // reported below as problems
                    dataset = null;
                }
            } else {
                vanished = last.toString();
            }
            if (dataset == null) prefs.setLastDataset(null);
        }
        model.setDataset(dataset != null ? dataset : new DatasetLoader().loadBundled());
        model.setFilter(prefs.filter());

        build();
        double[] b = prefs.windowBounds();
        // Never larger than the screen, and never restored to a position that is off every screen.
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(b[2], screen.getWidth()));
        stage.setHeight(Math.min(b[3], screen.getHeight()));
        if (!Double.isNaN(b[0]) && !Double.isNaN(b[1])
                && !javafx.stage.Screen.getScreensForRectangle(b[0], b[1], 100, 100).isEmpty()) {
            stage.setX(b[0]);
            stage.setY(b[1]);
        } else {
            stage.centerOnScreen();
        }
        stage.setTitle(Messages.bundle(locale).getString("app.title"));
        for (int size : new int[] {16, 32, 64, 128, 256}) {
            var icon = ExplorerWindow.class.getResource("/org/aitimeline/app/icon-" + size + ".png");
            if (icon != null) stage.getIcons().add(new Image(icon.toExternalForm()));
        }
        stage.setOnHidden(e -> saveState());
        stage.show();
        if (vanished != null) {
            ResourceBundle messages = Messages.bundle(locale);
            dialogService.showError(stage, messages.getString("open.failed"), Messages.format(messages, "open.vanished", vanished));
        }
    }

    private void build() {
        ResourceBundle messages = Messages.bundle(model.getLocale());
        dialogService = dialogs.apply(messages);
        FXMLLoader loader = new FXMLLoader(ExplorerWindow.class.getResource("main.fxml"), messages);
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        controller = loader.getController();
        controller.init(new MainController.Context(model, dialogService, prefs, messages, this::switchLanguage, this::switchDark));
        root.getStylesheets().add(ExplorerWindow.class.getResource("explorer.css").toExternalForm());
        if (stage.getScene() == null) {
            stage.setScene(new Scene(root));
        } else {
            stage.getScene().setRoot(root);
        }
    }

    private void switchLanguage(Locale locale) {
        if (locale.equals(model.getLocale())) return;
        controller.saveState();
        model.setLocale(locale);
        prefs.setLanguage(locale.getLanguage());
        build();
        stage.setTitle(Messages.bundle(locale).getString("app.title"));
    }

    private void switchDark(boolean dark) {
        prefs.setDark(dark);
        applyTheme(dark);
    }

    private static void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    private void saveState() {
        try {
            prefs.setWindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            controller.saveState();
        } catch (RuntimeException e) {
            // Remembering the window is a convenience: failing to must never stop it from closing.
            System.err.println("Could not save preferences: " + e);
        }
    }
}
