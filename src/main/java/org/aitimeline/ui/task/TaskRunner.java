package org.aitimeline.ui.task;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;

/**
 * The one place the window's threads are made (after JabRef's {@code TaskExecutor}): a small pool of daemon threads
 * runs {@link BackgroundTask}s and hands their outcomes to the FX thread, so the FX thread never waits on work. Tests
 * wait for {@link #isIdle()} with TestFX's {@code WaitForAsyncUtils.waitFor}.
 */
public final class TaskRunner {

    private static final TaskRunner SHARED = new TaskRunner(2);

    private final ExecutorService executor;
    /** Jobs submitted whose outcome has not yet been delivered on the FX thread. */
    private final AtomicInteger pending = new AtomicInteger();

    public TaskRunner(int threads) {
        AtomicInteger count = new AtomicInteger();
        executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ui-task-" + count.incrementAndGet());
            t.setDaemon(true); // a job in progress never keeps the app from exiting
            return t;
        });
    }

    /** The app's runner. */
    public static TaskRunner shared() {
        return SHARED;
    }

    /** Starts {@code task}; its outcome is delivered on the FX thread unless the returned job is cancelled first. */
    public <T> Job run(BackgroundTask<T> task) {
        pending.incrementAndGet();
        Job[] self = new Job[1];
        Job job = new Job(p -> Platform.runLater(() -> {
            if (!self[0].isCancelled()) task.progressed(p);
        }));
        self[0] = job;
        executor.execute(() -> {
            Thread thread = Thread.currentThread();
            String threadName = thread.getName();
            thread.setName(threadName + " " + task.name());
            job.runningOn(thread);
            T value = null;
            Throwable failure = null;
            try {
                if (!job.isCancelled()) value = task.call(job);
            } catch (Throwable t) {
                failure = t;
            } finally {
                job.runningOn(null);
                Thread.interrupted(); // a cancel's interrupt must not reach the next job on this thread
                thread.setName(threadName);
            }
            T result = value;
            Throwable error = failure;
            Platform.runLater(() -> {
                try {
                    if (job.isCancelled()) return;
                    if (error == null) task.succeeded(result);
                    else task.failed(error);
                } finally {
                    pending.decrementAndGet();
                    task.finished();
                }
            });
        });
        return job;
    }

    /**
     * Runs {@code work} on the runner's threads with no FX delivery, for work started before the toolkit (the dataset
     * the window opens on is read while the toolkit starts).
     */
    public <T> CompletableFuture<T> supply(Callable<T> work) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, executor);
    }

    /** True when every job has run and had its outcome delivered. */
    public boolean isIdle() {
        return pending.get() == 0;
    }
}
