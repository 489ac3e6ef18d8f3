package org.aitimeline.bench;

/** Benchmark figures for the timeline step (see BenchmarkMain). */
final class TimelineBenchmark {

    private TimelineBenchmark() {
    }

    static void run() throws Exception {
        // filled in by the owner of this area
    }
}
