package org.aitimeline.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.aitimeline.data.DatasetLoader;

/** Loading and validating synthetic datasets of 1k, 10k and 100k events from disk (see BenchmarkMain). */
final class LoadBenchmark {

    private LoadBenchmark() {
    }

    static void run() throws Exception {
        for (int n : new int[] {1_000, 10_000, 100_000}) {
            Path dir = Files.createTempDirectory("aitl-load");
            try {
                Path json = SyntheticEvents.writeJson(n, dir);
                DatasetLoader loader = new DatasetLoader();
                int runs = n >= 100_000 ? 9 : 21;
                Stats s = Stats.measure(3, runs, () -> {
                    if (loader.load(json).events().size() != n) throw new IllegalStateException("lost events");
                });
                System.out.println(s.line("load", "n=" + n + " mb=" + Files.size(json) / (1024 * 1024)));
            } finally {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }
}
