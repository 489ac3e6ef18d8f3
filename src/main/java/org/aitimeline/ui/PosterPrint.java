package org.aitimeline.ui;

import java.util.List;
import javafx.print.PrinterJob;
import javafx.scene.Group;
import javafx.scene.canvas.Canvas;
import javafx.scene.transform.Scale;
import javafx.stage.Window;
import org.aitimeline.export.ExportContext;
import org.aitimeline.export.TimelineImage;
import org.aitimeline.text.Labels;
import org.aitimeline.timeline.TimelineTheme;
import org.aitimeline.ui.task.BackgroundTask;
import org.aitimeline.ui.task.TaskRunner;

/**
 * File › Print… (Ctrl+P): asks the {@link DialogService} for a printer job and what to print (the dialog says so
 * plainly when there is no printer), lays the poster out, and prints it page by page on the {@link TaskRunner}, the
 * pages placed by {@link PrintLayout}. Always the light theme: paper is white.
 */
final class PosterPrint {

    /** Canvas pixels per point: 3 gives 216 dpi, sharp on paper, about 36 MB for an A3 page. */
    static final double PIXELS_PER_POINT = 3;

    private PosterPrint() {
    }

    static void print(Window owner, ExportContext view, DialogService dialogs, UserPreferences prefs, TaskRunner tasks) {
        Labels labels = Labels.of(view.locale());
        PrintTarget.Choice initial = new PrintTarget.Choice(prefs.exportVisibleRange(), prefs.exportPdfFit());
        dialogs.choosePrintTarget(owner, initial).ifPresent(target -> {
            PrintTarget.Choice c = target.choice();
            prefs.setExportVisibleRange(c.visibleRange());
            prefs.setExportPdfFit(c.fit());
            TimelineImage.Options options = new TimelineImage.Options(c.visibleRange() ? TimelineImage.Range.VISIBLE
                    : TimelineImage.Range.ALL, 0, 1, "", TimelineTheme.LIGHT);
            tasks.run(BackgroundTask.of("print", job -> {
                        TimelineImage image = TimelineImage.layout(view, options);
                        List<PrintLayout.Piece> pieces = PrintLayout.pages(image.poster(), image.logicalWidth(),
                                target.pageWidth(), target.pageHeight(), c.fit());
                        for (PrintLayout.Piece p : pieces) {
                            if (job.isCancelled()) {
                                target.cancel();
                                return 0;
                            }
                            Canvas canvas = image.drawPage(p.part(), p.height(), p.scale() * PIXELS_PER_POINT);
                            canvas.getTransforms().add(new Scale(1 / PIXELS_PER_POINT, 1 / PIXELS_PER_POINT));
                            if (!target.printPage(new Group(canvas))) {
                                target.cancel();
                                throw new java.io.IOException(labels.get("print.refused"));
                            }
                            job.progress((p.page() + 1) / (double) pieces.size());
                        }
                        if (!target.end()) throw new java.io.IOException(labels.get("print.refused"));
                        return pieces.size();
                    })
                    .onFailure(t -> {
                        if (t instanceof java.io.IOException) {
                            dialogs.showError(owner, labels.get("print.title"), labels.format("print.failed", t.getMessage()));
                        } else {
                            dialogs.showUnexpected(owner, labels.get("print.title"), t);
                        }
                    }));
        });
    }

    /** A platform printer job as a {@link PrintTarget}. */
    record JobTarget(PrinterJob job, PrintTarget.Choice choice) implements PrintTarget {
        @Override
        public double pageWidth() {
            return job.getJobSettings().getPageLayout().getPrintableWidth();
        }

        @Override
        public double pageHeight() {
            return job.getJobSettings().getPageLayout().getPrintableHeight();
        }

        @Override
        public boolean printPage(javafx.scene.Node page) {
            return job.printPage(page);
        }

        @Override
        public boolean end() {
            return job.endJob();
        }

        @Override
        public void cancel() {
            job.cancelJob();
        }
    }
}
