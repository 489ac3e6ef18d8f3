package org.aitimeline.bench;

/** Benchmark figures for the export step (see BenchmarkMain). */
final class ExportBenchmark {

    private ExportBenchmark() {
    }

    static void run() throws Exception {
        // filled in by the owner of this area
    }
}
