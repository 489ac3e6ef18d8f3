package org.aitimeline.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import org.aitimeline.text.Labels;
import org.aitimeline.ui.task.TaskRunner;

/**
 * The explorer's views as {@code main.fxml} makes them, in one language, before they are wired to a model or put in a
 * scene. Nodes outside a showing scene may be made on any thread, so the app makes them on a background thread while
 * the toolkit starts ({@link #preload}); wiring them ({@link MainController#init}) and showing them stay on the FX
 * thread.
 */
public record ExplorerViews(Parent root, MainController controller, Locale locale) {

    /** Makes the views in {@code locale}'s language; on any thread. */
    public static ExplorerViews load(Locale locale) {
        FXMLLoader loader = new FXMLLoader(ExplorerViews.class.getResource("main.fxml"), Labels.of(locale).bundle());
        try {
            Parent root = loader.load();
            return new ExplorerViews(root, loader.getController(), locale);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts making the views, in the language the window will open in, on the task runner. Call it once the toolkit
     * runs ({@code Application.init}): it first sets the remembered theme, so that no control made off the FX thread
     * queues the default one in its place.
     */
    public static CompletableFuture<ExplorerViews> preload() {
        UserPreferences prefs = UserPreferences.forUser();
        ExplorerWindow.applyTheme(prefs.dark());
        return TaskRunner.shared().supply(() -> load(ExplorerWindow.startLocale(prefs)));
    }
}
