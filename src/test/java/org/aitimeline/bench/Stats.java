package org.aitimeline.bench;

import java.util.Arrays;

/** Median and 95th percentile of repeated timings, printed in the {@code bench ...} line format. */
final class Stats {

    private final double[] millis;

    private Stats(double[] millis) {
        this.millis = millis.clone();
        Arrays.sort(this.millis);
    }

    /** Runs {@code body} {@code warmup} times untimed, then {@code runs} times timed. */
    static Stats measure(int warmup, int runs, ThrowingRunnable body) throws Exception {
        for (int i = 0; i < warmup; i++) body.run();
        double[] t = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            body.run();
            t[i] = (System.nanoTime() - start) / 1e6;
        }
        return new Stats(t);
    }

    double median() {
        int n = millis.length;
        return n % 2 == 1 ? millis[n / 2] : (millis[n / 2 - 1] + millis[n / 2]) / 2;
    }

    double p95() {
        return millis[Math.min(millis.length - 1, (int) Math.ceil(millis.length * 0.95) - 1)];
    }

    String line(String what, String params) {
        return String.format(java.util.Locale.ROOT, "bench %s %s median_ms=%.2f p95_ms=%.2f", what, params, median(), p95());
    }

    static long usedHeapMb() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) System.gc();
        return (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
    }

    /** A benchmark body that may throw. */
    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
