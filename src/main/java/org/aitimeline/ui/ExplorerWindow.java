package org.aitimeline.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.aitimeline.data.AppLog;
import org.aitimeline.data.DatasetException;
import org.aitimeline.text.Labels;
import org.aitimeline.ui.task.TaskRunner;

/**
 * Builds the explorer window on a stage: theme, language, the FXML views and their controllers around one
 * {@link ExplorerModel}, and the state remembered between runs. Switching language rebuilds the views and keeps
 * the model, so filters and selection survive.
 */
public final class ExplorerWindow {

    /**
     * The smallest window in which nothing is cut: the toolbar whole, the filters beside a timeline of useful width
     * (the right pane gives way below about 1030 pixels, see {@link PanelLayout}).
     */
    static final double MIN_WIDTH = 800;
    static final double MIN_HEIGHT = 560;

    private final Stage stage;
    private final ExplorerModel model = new ExplorerModel();
    private final UserPreferences prefs;
    private final Function<Labels, DialogService> dialogs;
    private final DatasetOpener opener;
    private final Authoring authoring;
    private MainController controller;
    /** Views made in the background for the first {@link #build}, or null. */
    private ExplorerViews prebuilt;
    private DialogService dialogService;
    private boolean reportingUnexpected;

    /**
     * @param dialogs makes the dialog service for a language (tests pass a fake)
     */
    public ExplorerWindow(Stage stage, UserPreferences prefs, Function<Labels, DialogService> dialogs) {
        this.stage = stage;
        this.prefs = prefs;
        this.dialogs = dialogs;
        this.opener = new DatasetOpener(model, prefs, () -> dialogService, () -> stage, TaskRunner.shared());
        this.authoring = new Authoring(model, () -> dialogService, stage, TaskRunner.shared(),
                org.aitimeline.data.RecoveryFile.inStateFolder(), prefs);
    }

    /**
     * A window with the real dialogs and the user's preferences.
     *
     * @param browser opens links in the system browser (the application's host services)
     */
    public static ExplorerWindow standard(Stage stage, Consumer<String> browser) {
        ExplorerWindow[] self = new ExplorerWindow[1];
        self[0] = new ExplorerWindow(stage, UserPreferences.forUser(),
                labels -> new FxDialogService(labels, () -> self[0].model.getDataset(), browser));
        return self[0];
    }

    /**
     * Shows an error nothing else caught (a bug) with its details and the log's path; the app keeps running. Made the
     * FX thread's uncaught-exception handler by the application.
     */
    public void showUnexpected(Throwable error) {
        if (reportingUnexpected) return; // the dialog itself failing must not loop
        reportingUnexpected = true;
        try {
            Labels labels = model.labels();
            (dialogService != null ? dialogService : dialogs.apply(labels)).showUnexpected(stage, labels.get("error.action"), error);
        } finally {
            reportingUnexpected = false;
        }
    }

    public ExplorerModel model() {
        return model;
    }

    Authoring authoring() {
        return authoring;
    }

    public MainController controller() {
        return controller;
    }

    /** Shows the window on the last dataset (or the bundled one), with the remembered state. */
    public void show() throws DatasetException {
        show(WindowStart.read(prefs, null));
    }

    /** Shows the window on a dataset file, as {@link WindowStart#read} reads it. */
    public void show(Path file) throws DatasetException {
        show(WindowStart.read(prefs, file));
    }

    /** Shows the window on what {@link WindowStart#read} read, with the remembered state. */
    public void show(WindowStart start) {
        open();
        populate(start);
    }

    /**
     * Shows the window at once, with a loading message, and wires and shows its views once {@code start} has been
     * read and {@code views} made in the background ({@link ExplorerViews#preload}): the double-click is answered
     * while the dataset, the views and their styles are still being made. Views that failed to load, or in another
     * language than the window opens in, are made again on the FX thread (a failure there is reported as any other).
     */
    public void showWhileLoading(CompletableFuture<WindowStart> start, CompletableFuture<ExplorerViews> views) {
        open();
        // Never waits for the dataset or the views: both are in when this runs.
        CompletableFuture<ExplorerViews> madeOrNull = views.exceptionally(e -> {
            AppLog.unexpected(ExplorerWindow.class, "making the views in the background", e);
            return null;
        });
        start.whenComplete((loaded, error) -> madeOrNull.thenAccept(made -> Platform.runLater(() -> {
            if (error == null) {
                prebuilt = made;
                populate(loaded);
                return;
            }
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            Labels labels = model.labels();
            DialogService dialogService = dialogs.apply(labels);
            if (cause instanceof DatasetException de) {
                // The bundled dataset itself is broken: nothing to show instead.
                dialogService.showDatasetProblems(stage, java.nio.file.Path.of("timeline.json"), de.problems());
            } else {
                dialogService.showUnexpected(stage, labels.get("error.load"), cause);
            }
            stage.hide();
        })));
    }

    /** The language the window opens in: the remembered one, else Italian on an Italian system, else English. */
    static Locale startLocale(UserPreferences prefs) {
        return prefs.language().map(Locale::forLanguageTag)
                .orElse("it".equals(Locale.getDefault().getLanguage()) ? Locale.ITALIAN : Locale.ENGLISH);
    }

    /** The stage at its remembered size and place, showing a loading message in the remembered theme. */
    private void open() {
        model.setLocale(startLocale(prefs));
        applyTheme(prefs.dark());
        double[] b = prefs.windowBounds();
        // Never larger than the screen, and never restored to a position that is off every screen.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(b[2], screen.getWidth());
        double height = Math.min(b[3], screen.getHeight());
        Label loading = new Label(model.labels().get("app.loading"));
        loading.getStyleClass().add("loading");
        StackPane placeholder = new StackPane(loading);
        placeholder.getStylesheets().add(ExplorerWindow.class.getResource("explorer.css").toExternalForm());
        // The scene has its final size before the views' first layout: split panes laid out small first would push
        // their dividers to the panes' minimum widths and keep them there.
        if (stage.getScene() == null) stage.setScene(new Scene(placeholder, width, height));
        else stage.getScene().setRoot(placeholder);
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.setWidth(width);
        stage.setHeight(height);
        if (!Double.isNaN(b[0]) && !Double.isNaN(b[1]) && !Screen.getScreensForRectangle(b[0], b[1], 100, 100).isEmpty()) {
            stage.setX(b[0]);
            stage.setY(b[1]);
        } else {
            stage.centerOnScreen();
        }
        stage.setTitle(model.labels().get("app.title"));
        // Five PNGs to decode: on the task runner, so the window shows without waiting for its icons.
        TaskRunner.shared().supply(ExplorerWindow::icons)
                .thenAccept(icons -> Platform.runLater(() -> stage.getIcons().setAll(icons)));
        stage.setOnHidden(e -> saveState());
        // Unsaved edits are never lost by closing the window: Save / Don't save / Cancel first.
        stage.setOnCloseRequest(e -> {
            if (authoring.hasUnsavedChanges()) {
                e.consume();
                authoring.whenDiscardable(stage::hide);
            }
        });
        StartupTrace.markNextPulse(stage.getScene(), "loading");
        stage.show();
        StartupTrace.mark("loading-shown");
    }

    /** The application's icon at the sizes window managers ask for. */
    private static java.util.List<Image> icons() {
        java.util.List<Image> icons = new java.util.ArrayList<>();
        for (int size : new int[] {16, 32, 64, 128, 256}) {
            var icon = ExplorerWindow.class.getResource("/org/aitimeline/app/icon-" + size + ".png");
            if (icon != null) icons.add(new Image(icon.toExternalForm()));
        }
        return icons;
    }

    /** Builds the views around the dataset and restores the remembered state. */
    private void populate(WindowStart start) {
        StartupTrace.mark("populate");
        model.setGrouping(prefs.grouping());
        model.setLaneOrder(prefs.laneOrder());
        model.setDataset(start.dataset(), prefs.filter());
        // From here on the model's changes are remembered, by this one subscriber (not by the views).
        SessionPreferences.remember(model, prefs);
        opener.restoreLayers(prefs.layers());
        StartupTrace.mark("model-set");
        build();
        controller.announceRestored();
        authoring.offerRecovery();
        Labels labels = model.labels();
        if (start.problems() != null) {
            dialogService.showDatasetProblems(stage, start.tried(), start.problems());
        } else if (start.vanished() != null) {
            dialogService.showError(stage, labels.get("open.failed"), labels.format("open.vanished", start.vanished()));
        }
    }

    private void build() {
        Labels labels = model.labels();
        dialogService = dialogs.apply(labels);
        ExplorerViews views = prebuilt != null && prebuilt.locale().equals(model.getLocale()) ? prebuilt
                : ExplorerViews.load(model.getLocale());
        prebuilt = null;
        StartupTrace.mark("fxml-loaded");
        Parent root = views.root();
        if (controller != null) controller.dispose();
        controller = views.controller();
        controller.init(new MainController.Context(model, dialogService, prefs, labels, this::switchLanguage,
                this::switchDark, file -> authoring.whenDiscardable(() -> opener.open(file)), authoring, opener));
        StartupTrace.mark("controllers-init");
        root.getStylesheets().add(ExplorerWindow.class.getResource("explorer.css").toExternalForm());
        StartupTrace.markNextPulse(stage.getScene(), "explorer");
        stage.getScene().setRoot(root);
    }

    /** Rebuilds the views in another language on the same model; the old views are disposed, the zoom and lane scroll kept. */
    private void switchLanguage(Locale locale) {
        if (locale.equals(model.getLocale())) return;
        controller.saveState();
        org.aitimeline.timeline.TimelineView.Place place = controller.timeline().place();
        model.setLocale(locale);
        build();
        controller.timeline().moveTo(place);
        stage.setTitle(model.labels().get("app.title"));
        authoring.updateTitle();
    }

    private void switchDark(boolean dark) {
        prefs.setDark(dark);
        applyTheme(dark);
    }

    /**
     * Makes the theme the application's stylesheet, unless it already is. Called before any control is made when the
     * views are made off the FX thread ({@link ExplorerViews#preload}): the first control made with no stylesheet set
     * queues the default one, which would then replace this theme.
     */
    static void applyTheme(boolean dark) {
        // The theme's binary stylesheet: the same rules as its CSS, read without parsing 170 KB of text at start-up.
        String theme = dark ? new PrimerDark().getUserAgentStylesheetBSS() : new PrimerLight().getUserAgentStylesheetBSS();
        if (!theme.equals(Application.getUserAgentStylesheet())) Application.setUserAgentStylesheet(theme);
    }

    private void saveState() {
        if (controller == null) return; // closed while loading: nothing was shown to remember
        try {
            prefs.setWindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            prefs.setFilter(model.getFilter());
            controller.saveState();
            prefs.flush();
        } catch (RuntimeException e) {
            // Remembering the window is a convenience: failing to must never stop it from closing.
            AppLog.unexpected(ExplorerWindow.class, "saving the window's state", e);
        }
    }
}
