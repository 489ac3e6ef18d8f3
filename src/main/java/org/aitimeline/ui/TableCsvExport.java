package org.aitimeline.ui;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.stage.Window;
import org.aitimeline.export.ExportContext;
import org.aitimeline.text.Labels;
import org.aitimeline.ui.task.BackgroundTask;
import org.aitimeline.ui.task.TaskRunner;

/**
 * The Table view's Export CSV…: the save dialog, then the same CSV writer as File › Export › CSV
 * ({@link ExportWriter}) on the {@link TaskRunner}, with no export dialog in between: the table already shows what is
 * written. What was written is said where the button is; a file that cannot be written is one sentence in an error
 * dialog, anything else a bug shown with its details.
 */
final class TableCsvExport {

    private TableCsvExport() {
    }

    /** Asks where, then writes {@code view}'s events (the table's rows, in its order); {@code done} gets the words. */
    static void start(Window owner, ExportContext view, DialogService dialogs, TaskRunner tasks, Consumer<String> done) {
        Labels labels = Labels.of(view.locale());
        dialogs.chooseExportTarget(owner, "events.csv").ifPresent(chosen -> {
            Path file = ExportFormat.CSV.withExtension(chosen);
            done.accept(labels.get("export.working"));
            tasks.run(BackgroundTask.of("table-csv-export",
                            job -> ExportWriter.write(ExportFormat.CSV, view, null, null, file, job, labels))
                    .onSuccess(done)
                    .onFailure(t -> {
                        done.accept("");
                        if (t instanceof java.io.IOException || t instanceof IllegalArgumentException) {
                            dialogs.showError(owner, labels.get("table.export"),
                                    labels.format("export.failed", ExportDialog.describe(t, labels)));
                        } else {
                            dialogs.showUnexpected(owner, labels.get("table.export"), t);
                        }
                    }));
        });
    }
}
