package org.aitimeline.ui.task;

import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

/**
 * A piece of work for a {@link TaskRunner} and what to do with its outcome on the FX thread (after JabRef's
 * {@code BackgroundTask}): the work runs on a runner's thread and may poll {@link Job#isCancelled()} and report
 * {@link Job#progress(double)}; the result, the failure and the progress are delivered with
 * {@code Platform.runLater}, and never once the job is cancelled.
 *
 * @param <T> what the work returns
 */
public final class BackgroundTask<T> {

    /** The work itself, run off the FX thread. */
    @FunctionalInterface
    public interface Work<T> {
        T call(Job job) throws Exception;
    }

    private final String name;
    private final Work<T> work;
    private Consumer<? super T> onSuccess = v -> { };
    private Consumer<Throwable> onFailure;
    private DoubleConsumer onProgress = p -> { };
    private Runnable onFinished = () -> { };

    private BackgroundTask(String name, Work<T> work) {
        this.name = name;
        this.work = work;
    }

    /** A task named {@code name} (the name of its thread while it runs, and of its failure in the log). */
    public static <T> BackgroundTask<T> of(String name, Work<T> work) {
        return new BackgroundTask<>(name, work);
    }

    /** Receives the result on the FX thread. */
    public BackgroundTask<T> onSuccess(Consumer<? super T> action) {
        this.onSuccess = action;
        return this;
    }

    /** Receives the failure on the FX thread; without one, the failure goes to the FX thread's uncaught handler. */
    public BackgroundTask<T> onFailure(Consumer<Throwable> action) {
        this.onFailure = action;
        return this;
    }

    /** Receives progress (0 to 1) on the FX thread. */
    public BackgroundTask<T> onProgress(DoubleConsumer action) {
        this.onProgress = action;
        return this;
    }

    /** Runs on the FX thread after success, failure or cancellation (to re-enable a button, hide a progress bar). */
    public BackgroundTask<T> onFinished(Runnable action) {
        this.onFinished = action;
        return this;
    }

    String name() {
        return name;
    }

    T call(Job job) throws Exception {
        return work.call(job);
    }

    void succeeded(T value) {
        onSuccess.accept(value);
    }

    void failed(Throwable t) {
        if (onFailure != null) {
            onFailure.accept(t);
        } else {
            Thread current = Thread.currentThread();
            current.getUncaughtExceptionHandler().uncaughtException(current, t);
        }
    }

    void progressed(double fraction) {
        onProgress.accept(fraction);
    }

    void finished() {
        onFinished.run();
    }
}
