package org.aitimeline.bench;

/** Benchmark figures for the filter step (see BenchmarkMain). */
final class FilterBenchmark {

    private FilterBenchmark() {
    }

    static void run() throws Exception {
        // filled in by the owner of this area
    }
}
