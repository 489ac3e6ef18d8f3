package org.aitimeline.cli;

import static org.aitimeline.cli.CommandOutput.IO_ERROR;
import static org.aitimeline.cli.CommandOutput.OK;
import static org.aitimeline.cli.CommandOutput.commandName;
import static org.aitimeline.cli.CommandOutput.fail;
import static org.aitimeline.cli.CommandOutput.reason;
import static org.aitimeline.cli.CommandOutput.usage;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import org.aitimeline.text.Product;
import org.aitimeline.data.AppLog;
import org.aitimeline.data.DatasetException;
import org.aitimeline.export.CsvExport;
import org.aitimeline.export.ExportContext;
import org.aitimeline.export.SubsetExport;
import org.aitimeline.export.TimelineImage;
import org.aitimeline.export.TimelineJsExport;
import org.aitimeline.data.DatasetLoader;
import org.aitimeline.data.Problem;
import org.aitimeline.data.ProblemText;
import org.aitimeline.model.Dataset;
import org.aitimeline.model.Event;
import org.aitimeline.model.EventFilter;
import org.aitimeline.model.Facet;
import org.aitimeline.model.Layer;
import org.aitimeline.model.Layers;
import org.aitimeline.model.SearchText;
import org.aitimeline.timeline.EpochDays;
import org.aitimeline.timeline.TimelineTheme;

/**
 * The command-line export: loads the dataset, checks the filter values against it, starts the JavaFX toolkit
 * headless and writes the PNG. Every failure is one line and an exit code, never a stack trace; it returns the
 * code instead of exiting, so tests can run it.
 */
public final class ExportCommand {


    private ExportCommand() {
    }

    /** Selects Monocle's headless platform; must run before any JavaFX class loads. */
    public static void useHeadlessToolkit() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
    }


    /** The version line printed by {@code --version}. */
    public static String versionLine() {
        return commandName() + " " + Product.version() + " (Java " + System.getProperty("java.version") + ")";
    }

    /** Parses and runs an export command line ({@code --export} is required here). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            return run(CommandLineOptions.parse(args, commandName()), out, err);
        } catch (CommandLineOptions.UsageException e) {
            return usage(err, e.getMessage());
        }
    }

    /** Prints the help or the version, or runs the export the parsed options ask for. */
    public static int run(CommandLineOptions o, PrintStream out, PrintStream err) {
        if (o.helpRequested()) {
            out.print(o.usage());
            return OK;
        }
        if (o.versionRequested()) {
            out.println(versionLine());
            return OK;
        }
        if (!o.exportRequested()) return usage(err, "--export FILE is required to render without a window");
        return export(o, out, err);
    }


    /** Writes the PNG the options describe. */
    public static int export(CommandLineOptions o, PrintStream out, PrintStream err) {
        try {
            return exportChecked(o, out, err);
        } catch (CommandLineOptions.UsageException e) {
            return usage(err, e.getMessage());
        } catch (RuntimeException | OutOfMemoryError e) {
            return unexpected(err, e);
        }
    }

    /** A bug (or no memory left): the trace goes to the log, the person reads one line naming the log. */
    static int unexpected(PrintStream err, Throwable e) {
        String log = AppLog.unexpected(ExportCommand.class, "the export failed", e);
        return fail(err, "the export failed (" + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + CommandLineOptions.oneLine(e.getMessage())) + ")"
                + (log.isEmpty() ? "" : "; details in " + CommandLineOptions.oneLine(log)));
    }

    private static int exportChecked(CommandLineOptions o, PrintStream out, PrintStream err)
            throws CommandLineOptions.UsageException {
        Path target = o.exportPath().toAbsolutePath();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return fail(err, "cannot write " + CommandLineOptions.oneLine(target.toString()) + ": the folder does not exist");
        }
        Layers layers;
        try {
            List<Layer> list = new ArrayList<>();
            list.add(Layer.of(o.dataset == null ? new DatasetLoader().loadBundled() : dataset("--dataset", o.dataset, o, err)));
            for (String l : o.layers) list.add(Layer.of(dataset("--layer", l, o, err)));
            layers = Layers.of(list);
        } catch (DatasetException e) {
            List<Problem> problems = e.problems();
            for (Problem p : problems.subList(0, Math.min(20, problems.size()))) {
                err.println(commandName() + ": error: " + p);
            }
            if (problems.size() > 20) err.println(commandName() + ": error: … and " + (problems.size() - 20) + " more problems");
            return IO_ERROR;
        }
        Dataset dataset = layers.combined();
        Set<String> orgIds = dataset.organizationsById().keySet();
        for (String c : o.companies) {
            if (!orgIds.contains(c)) {
                return usage(err, "unknown company " + ProblemText.id(c) + ProblemText.suggestion(c, orgIds));
            }
        }
        Set<String> countryCodes = new TreeSet<>();
        dataset.events().forEach(e -> countryCodes.addAll(e.countries()));
        List<String> countries = o.countries.stream().map(c -> c.toUpperCase(Locale.ROOT)).toList();
        for (String c : countries) {
            if (!countryCodes.contains(c)) {
                return usage(err, "unknown country " + ProblemText.id(c) + ProblemText.suggestion(c, countryCodes));
            }
        }
        EventFilter filter = EventFilter.NONE.withCommentary(o.commentary).withContext(o.context)
                .with(Facet.ORGANIZATION, new HashSet<>(o.companies))
                .with(Facet.COUNTRY, new HashSet<>(countries))
                .with(Facet.CATEGORY, new HashSet<>(o.categoryIds()))
                .with(Facet.ACCESS, new HashSet<>(o.accessIds()))
                .withRange(o.from == null ? null : o.from.start(), o.to == null ? null : o.to.endExclusive().minusDays(1));
        // No text query on the command line: the events' search texts are never read.
        var predicate = filter.predicate(SearchText.NONE);
        List<Event> events = new ArrayList<>();
        for (Event e : dataset.events()) if (predicate.test(e)) events.add(e);
        boolean explicitRange = o.from != null && o.to != null;
        // The credits name the data of the layers whose events are drawn (CC BY asks for it), no others.
        ExportContext context = new ExportContext(layers.creditedFor(events), events, filter, o.grouping, o.order,
                EpochDays.toInstant(o.from == null ? 0 : o.from.startEpochDay()),
                EpochDays.toInstant(o.to == null ? 1 : o.to.endEpochDay()), o.locale, o.theme == CommandLineOptions.Theme.DARK);
        TimelineImage.Options options = new TimelineImage.Options(explicitRange ? TimelineImage.Range.VISIBLE
                : TimelineImage.Range.ALL, o.width == null ? 0 : o.width, o.scale, o.title,
                o.theme == CommandLineOptions.Theme.DARK ? TimelineTheme.DARK : TimelineTheme.LIGHT);
        try {
            CommandLineOptions.Format format = o.format();
            switch (format) {
                case PNG, SVG, PDF -> {
                    return writeImage(o, context, options, target, events.size(), out);
                }
                case TIMELINEJS -> {
                    return writeStory(context, o.title, target, out, err);
                }
                case CSV, JSON -> {
                    return writeTable(dataset, events, o.locale, format == CommandLineOptions.Format.CSV, target, out, err);
                }
                default -> throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            return fail(err, "cannot write " + CommandLineOptions.oneLine(target.toString()) + ": " + reason(e));
        } catch (IllegalArgumentException e) {
            return usage(err, CommandLineOptions.oneLine(e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail(err, "interrupted");
        }
    }

    /** Lays the poster out and writes it as a PNG, an SVG or a PDF. */
    private static int writeImage(CommandLineOptions o, ExportContext context, TimelineImage.Options options, Path target,
                                  int events, PrintStream out) throws IOException, InterruptedException {
        startToolkit();
        TimelineImage image = TimelineImage.layout(context, options);
        String what;
        switch (o.format()) {
            case SVG -> {
                image.writeSvg(target);
                what = "SVG";
            }
            case PDF -> {
                int pages = image.writePdf(target, o.pages() == CommandLineOptions.PageLayout.FIT
                        ? TimelineImage.Pages.FIT : TimelineImage.Pages.SPLIT);
                what = "PDF, " + pages + (pages == 1 ? " page" : " pages");
            }
            default -> {
                image.writePng(target, p -> { }, () -> false);
                what = "PNG";
            }
        }
        out.printf(Locale.ROOT, "wrote %s (%s, %d x %d px, %d events, %d bytes)%n", CommandLineOptions.oneLine(target.toString()),
                what, image.width(), image.height(), events, Files.size(target));
        return OK;
    }

    /** Writes the TimelineJS story (no toolkit needed: it is text). */
    private static int writeStory(ExportContext context, String title, Path target, PrintStream out, PrintStream err) {
        try {
            TimelineJsExport.write(context, title, target);
            out.printf(Locale.ROOT, "wrote %s (TimelineJS story, %d events, %d bytes)%n",
                    CommandLineOptions.oneLine(target.toString()), context.events().size(), Files.size(target));
            return OK;
        } catch (IOException e) {
            return fail(err, "cannot write " + CommandLineOptions.oneLine(target.toString()) + ": " + reason(e));
        } catch (IllegalArgumentException e) {
            return fail(err, CommandLineOptions.oneLine(e.getMessage()));
        }
    }

    /**
     * A dataset named on the command line: a file, or a bundled dataset by name (timeline, notable-models) when no
     * file of that name exists.
     */
    static Dataset dataset(String option, String value, CommandLineOptions o, PrintStream err)
            throws DatasetException, CommandLineOptions.UsageException {
        Path path = CommandLineOptions.path(option, value);
        if (DatasetLoader.BUNDLED.containsKey(value) && !Files.exists(path)) return new DatasetLoader().loadBundled(value);
        return new DatasetLoader().load(path, o.groupAs, notice -> err.println(commandName() + ": warning: " + notice));
    }

    /** The events as CSV or as a dataset subset: no toolkit needed. */
    private static int writeTable(Dataset dataset, List<Event> events, Locale locale, boolean csv, Path target,
                                  PrintStream out, PrintStream err) {
        try {
            if (csv) {
                CsvExport.write(dataset, events, locale, target);
                out.printf(Locale.ROOT, "wrote %s (%d events, %d bytes)%n", CommandLineOptions.oneLine(target.toString()),
                        events.size(), Files.size(target));
            } else {
                Dataset subset = SubsetExport.write(dataset, events, target);
                out.printf(Locale.ROOT, "wrote %s (%d events, %d organizations, %d articles beside it)%n",
                        CommandLineOptions.oneLine(target.toString()), events.size(), subset.organizations().size(),
                        subset.sources().size());
            }
            return OK;
        } catch (IOException e) {
            String file = e instanceof FileSystemException f && f.getFile() != null ? f.getFile() : target.toString();
            return fail(err, "cannot write " + CommandLineOptions.oneLine(file) + ": " + reason(e));
        }
    }

    /** Starts the JavaFX toolkit if it is not running yet (after {@link #useHeadlessToolkit()} for no display). */
    public static void startToolkit() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        started.await();
    }
}
