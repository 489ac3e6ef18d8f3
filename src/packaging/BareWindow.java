import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The baseline for src/packaging/measure-startup.sh: the smallest JavaFX window (one Stage, one Label), started on
 * the app's own runtime. Compiled at measure time for Java 17; not part of the app or the installers.
 * With {@code --exit-when-shown} it closes itself after a few frames (the training run of its own AOT cache).
 */
public final class BareWindow extends Application {

    /** What measure-startup.sh looks for with xdotool. */
    static final String TITLE = "AITL bare window";

    @Override
    public void start(Stage stage) {
        stage.setTitle(TITLE);
        stage.setScene(new Scene(new StackPane(new Label("A bare JavaFX window")), 640, 400));
        stage.show();
        if (getParameters().getRaw().contains("--exit-when-shown")) {
            new AnimationTimer() {
                private int frames;

                @Override
                public void handle(long now) {
                    if (++frames == 5) {
                        stop();
                        Platform.exit();
                    }
                }
            }.start();
        }
    }

    public static void main(String[] args) {
        launch(args);
    }
}
