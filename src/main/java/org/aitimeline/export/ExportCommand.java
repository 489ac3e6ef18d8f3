package org.aitimeline.export;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import javafx.application.Platform;
import org.aitimeline.data.DatasetException;
import org.aitimeline.data.DatasetLoader;
import org.aitimeline.model.Dataset;
import org.aitimeline.model.Event;
import org.aitimeline.model.EventFilter;
import org.aitimeline.model.Organization;
import org.aitimeline.timeline.LaneGrouping;
import org.aitimeline.timeline.LaneTitles;

/**
 * The command-line export: parses the options, loads the dataset, checks the filter values against it, starts
 * the JavaFX toolkit headless and writes the PNG. Returns an exit code instead of exiting, so tests can run it.
 */
public final class ExportCommand {

    public static final int OK = 0;
    public static final int IO_ERROR = 1;
    public static final int USAGE = 2;

    private ExportCommand() {
    }

    /** True when the command line asks for the export rather than the window. */
    public static boolean wants(String[] args) {
        for (String a : args) {
            if (a.equals("--export") || a.equals("--help") || a.equals("-h")) return true;
        }
        return false;
    }

    /** Selects Monocle's headless platform; must run before any JavaFX class loads. */
    public static void useHeadlessToolkit() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        ExportArguments a;
        try {
            a = ExportArguments.parse(args);
        } catch (ExportArguments.UsageException e) {
            err.println("error: " + e.getMessage());
            err.println();
            err.println(ExportArguments.USAGE);
            return USAGE;
        }
        if (a.help()) {
            out.println(ExportArguments.USAGE);
            return OK;
        }
        Dataset dataset;
        try {
            dataset = a.dataset() == null ? new DatasetLoader().loadBundled() : new DatasetLoader().load(a.dataset());
        } catch (DatasetException e) {
            err.println("error: the dataset cannot be loaded:");
            e.problems().forEach(p -> err.println("  " + p));
            return IO_ERROR;
        }
        Set<String> orgIds = dataset.organizationsById().keySet();
        for (String c : a.companies()) {
            if (!orgIds.contains(c)) {
                err.println("error: unknown company '" + c + "'; valid: " + String.join(", ", new TreeSet<>(orgIds)));
                return USAGE;
            }
        }
        Set<String> countryCodes = new TreeSet<>();
        dataset.events().forEach(e -> countryCodes.addAll(e.countries()));
        for (String c : a.countries()) {
            if (!countryCodes.contains(c)) {
                err.println("error: unknown country '" + c + "'; valid: " + String.join(", ", countryCodes));
                return USAGE;
            }
        }
        Path target = a.output().toAbsolutePath();
        if (!Files.isDirectory(target.getParent())) {
            err.println("error: cannot write " + target + ": the folder does not exist");
            return IO_ERROR;
        }

        EventFilter filter = EventFilter.NONE.withOrganizations(new HashSet<>(a.companies()))
                .withCountries(new HashSet<>(a.countries())).withCategories(new HashSet<>(a.categories()))
                .withRange(a.from() == null ? null : a.from().start(), a.to() == null ? null : a.to().endExclusive().minusDays(1));
        var predicate = filter.predicate(dataset.organizationsById());
        List<Event> events = new ArrayList<>();
        for (Event e : dataset.events()) if (predicate.test(e)) events.add(e);
        Locale locale = a.locale();
        Instant start = Instant.ofEpochSecond((a.from() == null ? 0 : a.from().startEpochDay()) * 86400L);
        Instant end = Instant.ofEpochSecond((a.to() == null ? 1 : a.to().endEpochDay()) * 86400L);
        boolean explicitRange = a.from() != null && a.to() != null;
        ExportContext context = new ExportContext(dataset, events, filter, describe(a, dataset), a.grouping(),
                titles(dataset), start, end, locale);
        TimelineImage.Options options = new TimelineImage.Options(explicitRange ? TimelineImage.Range.VISIBLE
                : TimelineImage.Range.ALL, a.width(), a.scale(), a.title(), null);
        try {
            startToolkit();
            TimelineImage image = TimelineImage.layout(context, options);
            image.writePng(target, p -> { }, () -> false);
            out.printf(Locale.ROOT, "wrote %s (%d x %d px, %d events, %d bytes)%n", target, image.width(), image.height(),
                    events.size(), Files.size(target));
            return OK;
        } catch (IOException e) {
            err.println("error: cannot write " + target + ": " + e.getMessage());
            return IO_ERROR;
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return USAGE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return IO_ERROR;
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

    /** Lane names for the command line: organization names, country names, category ids. */
    static LaneTitles titles(Dataset dataset) {
        var orgs = dataset.organizationsById();
        return (g, key, locale) -> {
            if (g == LaneGrouping.ORGANIZATION && orgs.containsKey(key)) return orgs.get(key).name();
            if (key.isEmpty()) return g == LaneGrouping.COUNTRY ? "No country" : "No organization";
            return LaneTitles.DEFAULT.title(g, key, locale);
        };
    }

    private static String describe(ExportArguments a, Dataset dataset) {
        List<String> parts = new ArrayList<>();
        if (!a.companies().isEmpty()) {
            parts.add("Organizations: " + a.companies().stream().map(id -> dataset.organization(id).map(Organization::name)
                    .orElse(id)).collect(Collectors.joining(", ")));
        }
        if (!a.countries().isEmpty()) {
            parts.add("Countries: " + a.countries().stream().map(c -> new Locale("", c).getDisplayCountry(a.locale()))
                    .collect(Collectors.joining(", ")));
        }
        if (!a.categories().isEmpty()) {
            parts.add("Categories: " + a.categories().stream().map(c -> c.id()).collect(Collectors.joining(", ")));
        }
        return String.join(" · ", parts);
    }
}
