package org.aitimeline.ui;

import java.io.IOException;
import java.nio.file.Path;
import org.aitimeline.export.CsvExport;
import org.aitimeline.export.ExportContext;
import org.aitimeline.export.SubsetExport;
import org.aitimeline.export.TimelineImage;
import org.aitimeline.export.TimelineJsExport;
import org.aitimeline.text.Labels;
import org.aitimeline.ui.task.Job;

/**
 * Writes one export in its format, on a {@link org.aitimeline.ui.task.TaskRunner} thread, never the FX thread
 * (a PNG's tiles are drawn there by {@link TimelineImage#writePng}, one at a time, while this thread encodes).
 * Returns what the dialog's status line says about the file written.
 */
final class ExportWriter {

    private ExportWriter() {
    }

    /** The formats the window can write: all of them. */
    static ExportFormat[] offered() {
        return ExportFormat.values();
    }

    static String write(ExportFormat format, ExportContext context, TimelineImage.Options options, TimelineImage.Pages pages,
                        Path target, Job job, Labels labels) throws IOException {
        return switch (format) {
            case PNG -> {
                TimelineImage image = TimelineImage.layout(context, options);
                image.writePng(target, job::progress, job::isCancelled);
                yield labels.format("export.done", target, image.width(), image.height());
            }
            case SVG -> {
                TimelineImage image = TimelineImage.layout(context, options);
                image.writeSvg(target);
                yield labels.format("export.done.events", target, context.events().size());
            }
            case PDF -> {
                TimelineImage image = TimelineImage.layout(context, options);
                int count = image.writePdf(target, pages);
                yield labels.format("export.done.pages", target, count);
            }
            case CSV -> {
                CsvExport.write(context.dataset(), context.events(), context.locale(), target);
                yield labels.format("export.done.events", target, context.events().size());
            }
            case JSON -> {
                org.aitimeline.model.Dataset subset = SubsetExport.write(context.dataset(), context.events(), target);
                yield labels.format("export.done.subset", target, context.events().size(), subset.sources().size());
            }
            case TIMELINEJS -> {
                TimelineJsExport.write(context, options.title(), target);
                yield labels.format("export.done.events", target, context.events().size());
            }
        };
    }
}
