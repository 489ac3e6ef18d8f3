package org.aitimeline.ui.task;

/**
 * A place for one job at a time: a newer job cancels the one before it, so a slow older result (a dataset load, a
 * preview of options since changed) can never arrive after a newer one. Used on the FX thread.
 */
public final class TaskSlot {

    private final TaskRunner runner;
    private Job current;

    public TaskSlot(TaskRunner runner) {
        this.runner = runner;
    }

    /** Cancels the job in the slot, if any, and starts {@code task} in its place. */
    public <T> Job run(BackgroundTask<T> task) {
        cancel();
        current = runner.run(task);
        return current;
    }

    /** Cancels the job in the slot, if any. */
    public void cancel() {
        if (current != null) current.cancel();
        current = null;
    }
}
