package org.aitimeline.bench;

import java.util.Arrays;
import java.util.List;

/**
 * Runs the benchmarks and prints one {@code bench ...} line per figure; started by {@code mvn -B -Pbench package}.
 * Pass names (load, timeline, filter, export, preview, vector, timelinejs, record, edit) with {@code -Dbench.args=load,timeline} to run only some.
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        List<String> which = args.length == 0 || args[0].isBlank() || args[0].equals("all")
                ? List.of("load", "timeline", "filter", "export", "preview", "vector", "timelinejs", "record", "edit")
                : Arrays.asList(args[0].split(","));
        System.out.println("bench machine cores=" + Runtime.getRuntime().availableProcessors()
                + " maxHeapMb=" + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                + " java=" + System.getProperty("java.version"));
        if (which.contains("load")) LoadBenchmark.run();
        if (which.contains("timeline")) TimelineBenchmark.run();
        if (which.contains("filter")) FilterBenchmark.run();
        if (which.contains("export")) ExportBenchmark.run();
        if (which.contains("preview")) PreviewBenchmark.run();
        if (which.contains("vector")) VectorExportBenchmark.run();
        if (which.contains("timelinejs")) TimelineJsBenchmark.run();
        if (which.contains("record")) RecordBenchmark.run();
        if (which.contains("edit")) EditBenchmark.run();
        // The JavaFX toolkit started by some benchmarks keeps non-daemon threads alive.
        System.exit(0);
    }
}
