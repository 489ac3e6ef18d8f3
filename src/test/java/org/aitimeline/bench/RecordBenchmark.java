package org.aitimeline.bench;

import java.io.InputStream;
import org.aitimeline.data.DatasetLoader;
import org.aitimeline.data.imports.EpochImport;

/**
 * The public record: loading the bundled notable-models dataset (target under 150 ms) and converting Epoch AI's CSV
 * snapshot (target under 2 s), as {@code bench record-load} and {@code bench epoch-convert} lines.
 */
final class RecordBenchmark {

    private RecordBenchmark() {
    }

    static void run() throws Exception {
        DatasetLoader loader = new DatasetLoader();
        int events = loader.loadBundled("notable-models").events().size();
        Stats load = Stats.measure(3, 21, () -> {
            if (loader.loadBundled("notable-models").events().size() != events) throw new IllegalStateException("lost events");
        });
        System.out.println(load.line("record-load", "n=" + events));
        byte[] csv;
        try (InputStream in = RecordBenchmark.class.getResourceAsStream("/org/aitimeline/data/record/notable_ai_models.csv")) {
            csv = in.readAllBytes();
        }
        Stats convert = Stats.measure(2, 9, () -> {
            if (EpochImport.convert("notable_ai_models.csv", csv).dataset().events().size() != events) {
                throw new IllegalStateException("the conversion differs from the bundled dataset");
            }
        });
        System.out.println(convert.line("epoch-convert", "rows=" + EpochImport.convert("x", csv).rowsRead() + " mb="
                + String.format(java.util.Locale.ROOT, "%.1f", csv.length / 1e6)));
    }
}
