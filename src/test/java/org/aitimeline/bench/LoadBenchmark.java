package org.aitimeline.bench;

/** Benchmark figures for the load step (see BenchmarkMain). */
final class LoadBenchmark {

    private LoadBenchmark() {
    }

    static void run() throws Exception {
        // filled in by the owner of this area
    }
}
