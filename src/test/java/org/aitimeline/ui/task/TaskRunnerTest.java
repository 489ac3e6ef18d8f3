package org.aitimeline.ui.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The runner: work off the FX thread, outcomes on it, and a superseded job's outcome never delivered. */
class TaskRunnerTest {

    private final TaskRunner runner = new TaskRunner(2);

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void workRunsOffTheFxThreadAndItsResultArrivesOnIt() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        runner.run(BackgroundTask.of("t", job -> {
            seen.add("work fx=" + Platform.isFxApplicationThread());
            return 42;
        }).onSuccess(v -> seen.add("result " + v + " fx=" + Platform.isFxApplicationThread())));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, runner::isIdle);
        assertEquals(List.of("work fx=false", "result 42 fx=true"), seen);
    }

    @Test
    void aFailureArrivesOnTheFxThread() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        runner.run(BackgroundTask.of("t", job -> {
            throw new java.io.IOException("disk full");
        }).onFailure(t -> seen.add(t.getMessage() + " fx=" + Platform.isFxApplicationThread())));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, runner::isIdle);
        assertEquals(List.of("disk full fx=true"), seen);
    }

    @Test
    void aNewerJobInASlotCancelsTheOlderOne() throws Exception {
        TaskSlot slot = new TaskSlot(runner);
        CountDownLatch release = new CountDownLatch(1);
        List<String> delivered = new CopyOnWriteArrayList<>();
        List<Boolean> finished = new CopyOnWriteArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> {
            slot.run(BackgroundTask.of("slow", job -> {
                // Blocks until released or interrupted by the cancel.
                release.await(10, TimeUnit.SECONDS);
                return "old";
            }).onSuccess(delivered::add).onFinished(() -> finished.add(true)));
            slot.run(BackgroundTask.of("fast", job -> "new").onSuccess(delivered::add).onFinished(() -> finished.add(true)));
        }).get();
        release.countDown();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, runner::isIdle);
        assertEquals(List.of("new"), delivered);
        assertEquals(2, finished.size(), "both jobs end, the cancelled one without a result");
    }

    @Test
    void aCancelledJobSeesItsCancellation() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        boolean[] sawCancel = {false};
        Job job = runner.run(BackgroundTask.of("t", j -> {
            started.countDown();
            while (!j.isCancelled()) Thread.onSpinWait();
            sawCancel[0] = true;
            return null;
        }));
        assertTrue(started.await(5, TimeUnit.SECONDS));
        assertFalse(runner.isIdle());
        job.cancel();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, runner::isIdle);
        assertTrue(sawCancel[0]);
    }
}
