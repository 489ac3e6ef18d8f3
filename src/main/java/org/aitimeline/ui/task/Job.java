package org.aitimeline.ui.task;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.DoubleConsumer;

/** One run of a {@link BackgroundTask}: the work polls it for cancellation and reports progress through it. */
public final class Job {

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final DoubleConsumer progress;
    private volatile Thread worker;

    Job(DoubleConsumer progress) {
        this.progress = progress;
    }

    /** Stops the job: its outcome is never delivered, and its thread is interrupted if it is running. */
    public void cancel() {
        if (cancelled.compareAndSet(false, true)) {
            Thread t = worker;
            if (t != null) t.interrupt();
        }
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Reports the fraction done (0 to 1), delivered on the FX thread. */
    public void progress(double fraction) {
        progress.accept(fraction);
    }

    void runningOn(Thread thread) {
        worker = thread;
    }
}
