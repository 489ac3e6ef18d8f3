package org.aitimeline.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.aitimeline.data.ProblemText;
import org.aitimeline.model.Access;
import org.aitimeline.model.Category;
import org.aitimeline.model.Coded;
import org.aitimeline.model.PartialDate;
import org.aitimeline.timeline.LaneGrouping;
import org.aitimeline.timeline.LaneOrder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The app's command line, parsed by picocli without touching JavaFX so that a bad argument is reported before any
 * toolkit starts: a dataset file to open in the window, or {@code --export} with what to render headless.
 */
@Command(name = "open-source-ai-timeline", sortOptions = false, usageHelpAutoWidth = true,
        description = "Opens the explorer window (on FILE, a dataset JSON, when given), or with --export renders the "
            + "timeline to a PNG without opening a window (no display needed).",
        footer = {"", "Exit codes: 0 done, 1 I/O or dataset error, 2 bad arguments."})
public final class CommandLineOptions {

    /** A bad command line: exit code 2 with this one-line reason. */
    public static final class UsageException extends Exception {
        public UsageException(String message) {
            super(message, null, false, false);
        }
    }

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "a dataset JSON file to open in the window")
    String fileToOpen;

    @Option(names = "--export", paramLabel = "FILE", description = "render the timeline to this PNG, headless; or write "
            + "the filtered events as a table (.csv) or as a dataset with its articles beside it (.json)")
    String export;

    @Option(names = "--dataset", paramLabel = "FILE", description = "the dataset to export (default: the bundled one)")
    String dataset;

    @Option(names = "--group-by", paramLabel = "KIND", converter = GroupingConverter.class,
            description = "organization (default), country, category, access, none")
    LaneGrouping grouping = LaneGrouping.ORGANIZATION;

    @Option(names = "--order", paramLabel = "ORDER", converter = OrderConverter.class,
            description = "lane order: first-event (default), event-count, name")
    LaneOrder order = LaneOrder.FIRST_EVENT;

    @Option(names = "--company", paramLabel = "ID", description = "keep events of this organization; repeatable")
    List<String> companies = new ArrayList<>();

    @Option(names = "--country", paramLabel = "CC", description = "keep events of this ISO country code; repeatable")
    List<String> countries = new ArrayList<>();

    @Option(names = "--category", paramLabel = "ID", converter = CategoryConverter.class,
            description = "keep events of this category; repeatable (release, leak, adoption, ...)")
    List<Category> categories = new ArrayList<>();

    @Option(names = "--access", paramLabel = "ID", converter = AccessConverter.class,
            description = "keep releases of this openness; repeatable (open-source, open-weights, gated, api-only, closed, announced)")
    List<Access> access = new ArrayList<>();

    @Option(names = "--commentary", description = "include commentary (the articles' undated analysis)")
    boolean commentary;

    @Option(names = "--from", paramLabel = "DATE", converter = DateConverter.class, description = "first month shown, e.g. 2024-01")
    PartialDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = DateConverter.class, description = "last month shown, e.g. 2025-12")
    PartialDate to;

    @Option(names = "--width", paramLabel = "PX", description = "image width in pixels (default 1600 x scale)")
    Integer width;

    @Option(names = "--scale", paramLabel = "N", converter = ScaleConverter.class, description = "pixel density: 1, 2 or 4 for print (default 1)")
    double scale = 1;

    @Option(names = "--title", paramLabel = "TEXT", description = "title line (default: dataset title and date range)")
    String title;

    @Option(names = "--lang", paramLabel = "LANG", converter = LanguageConverter.class, description = "en (default) or it")
    Locale locale = Locale.ENGLISH;

    /** The export's colours; not a TimelineTheme, whose fonts would start JavaFX before the headless toolkit is chosen. */
    public enum Theme { LIGHT, DARK }

    @Option(names = "--theme", paramLabel = "THEME", converter = ThemeConverter.class, description = "light (default) or dark")
    Theme theme = Theme.LIGHT;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "show the version and exit")
    boolean version;

    private CommandLine commandLine;
    /** True when an option that only makes sense with --export was given. */
    private boolean exportOptionsUsed;

    /** Parses {@code args}; the command is named {@code command} in help and messages. */
    public static CommandLineOptions parse(String[] args, String command) throws UsageException {
        CommandLineOptions o = new CommandLineOptions();
        CommandLine cl = new CommandLine(o).setCommandName(command).setOverwrittenOptionsAllowed(false);
        o.commandLine = cl;
        try {
            CommandLine.ParseResult result = cl.parseArgs(args);
            o.exportOptionsUsed = result.matchedOptions().stream().anyMatch(opt -> !opt.longestName().equals("--export")
                    && !opt.usageHelp() && !opt.versionHelp());
        } catch (CommandLine.ParameterException e) {
            throw new UsageException(oneLine(e.getMessage()));
        }
        if (o.help || o.version) return o;
        if (o.export == null) {
            if (o.exportOptionsUsed) throw new UsageException("these options need --export FILE (the PNG to write)");
            return o;
        }
        if (o.fileToOpen != null) {
            throw new UsageException("a FILE to open and --export do not go together; use --dataset FILE with --export");
        }
        Path out = o.exportPath();
        String name = out.getFileName() == null ? "" : out.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!(lower.endsWith(".png") || lower.endsWith(".csv") || lower.endsWith(".json")) || name.lastIndexOf('.') < 1) {
            throw new UsageException("--export needs a file name ending in .png, .csv or .json, not " + ProblemText.id(o.export));
        }
        if (o.width != null && (o.width < 200 || o.width > 100_000)) {
            throw new UsageException("--width must be between 200 and 100000 pixels");
        }
        if (o.from != null && o.to != null && o.from.startEpochDay() > o.to.startEpochDay()) {
            throw new UsageException("--from " + o.from + " is after --to " + o.to);
        }
        if (o.dataset != null) path("--dataset", o.dataset);
        return o;
    }

    /** A path from the command line; a name the platform's file name encoding cannot hold is a usage error. */
    static Path path(String option, String value) throws UsageException {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new UsageException(option + " " + ProblemText.id(value) + " cannot be used as a file name here"
                    + " (its characters are not representable in this system's file name encoding; try a UTF-8 locale"
                    + " such as LANG=C.UTF-8, or an ASCII name)");
        }
    }

    /** A message or path for a one-line error: line breaks as spaces, other unsafe characters escaped, clipped. */
    static String oneLine(String s) {
        if (s == null) return "";
        return ProblemText.clip(s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').strip(), 200);
    }

    public boolean helpRequested() {
        return help;
    }

    public boolean versionRequested() {
        return version;
    }

    /** The usage text, with the command's real name. */
    public String usage() {
        return commandLine.getUsageMessage(CommandLine.Help.Ansi.OFF);
    }

    public boolean exportRequested() {
        return export != null;
    }

    public Path exportPath() throws UsageException {
        return path("--export", export);
    }

    /** The dataset file to open in the window, or null. */
    public Path fileToOpen() throws UsageException {
        return fileToOpen == null ? null : path("FILE", fileToOpen);
    }

    // ----- converters: ids as the dataset and the README write them -----

    static final class GroupingConverter implements CommandLine.ITypeConverter<LaneGrouping> {
        @Override
        public LaneGrouping convert(String v) {
            for (LaneGrouping g : LaneGrouping.values()) {
                if (g.name().equalsIgnoreCase(v) || g == LaneGrouping.ACCESS && v.equalsIgnoreCase("openness")) return g;
            }
            throw new CommandLine.TypeConversionException("--group-by must be organization, country, category, access or none, not " + ProblemText.id(v));
        }
    }

    static final class OrderConverter implements CommandLine.ITypeConverter<LaneOrder> {
        @Override
        public LaneOrder convert(String v) {
            for (LaneOrder o : LaneOrder.values()) {
                if (o.name().replace('_', '-').equalsIgnoreCase(v)) return o;
            }
            throw new CommandLine.TypeConversionException("--order must be first-event, event-count or name, not " + ProblemText.id(v));
        }
    }

    static final class CategoryConverter implements CommandLine.ITypeConverter<Category> {
        @Override
        public Category convert(String v) {
            return Category.fromId(v).orElseThrow(() -> new CommandLine.TypeConversionException("unknown category "
                    + ProblemText.id(v) + ProblemText.suggestion(v, Coded.ids(Category.class))));
        }
    }

    static final class AccessConverter implements CommandLine.ITypeConverter<Access> {
        @Override
        public Access convert(String v) {
            return Access.fromId(v).orElseThrow(() -> new CommandLine.TypeConversionException("unknown access "
                    + ProblemText.id(v) + ProblemText.suggestion(v, Coded.ids(Access.class))));
        }
    }

    static final class DateConverter implements CommandLine.ITypeConverter<PartialDate> {
        @Override
        public PartialDate convert(String v) {
            try {
                return PartialDate.parse(v);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(oneLine(e.getMessage()));
            }
        }
    }

    static final class ScaleConverter implements CommandLine.ITypeConverter<Double> {
        @Override
        public Double convert(String v) {
            double s;
            try {
                s = Double.parseDouble(v.endsWith("x") ? v.substring(0, v.length() - 1) : v);
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("--scale must be a number such as 1, 2 or 4, not " + ProblemText.id(v));
            }
            if (!(s >= 0.5 && s <= 8)) throw new CommandLine.TypeConversionException("--scale must be between 0.5 and 8");
            return s;
        }
    }

    static final class LanguageConverter implements CommandLine.ITypeConverter<Locale> {
        @Override
        public Locale convert(String v) {
            if (v.equals("en") || v.equals("it")) return Locale.forLanguageTag(v);
            throw new CommandLine.TypeConversionException("--lang must be en or it, not " + ProblemText.id(v));
        }
    }

    static final class ThemeConverter implements CommandLine.ITypeConverter<Theme> {
        @Override
        public Theme convert(String v) {
            if (v.equalsIgnoreCase("light")) return Theme.LIGHT;
            if (v.equalsIgnoreCase("dark")) return Theme.DARK;
            throw new CommandLine.TypeConversionException("--theme must be light or dark, not " + ProblemText.id(v));
        }
    }

    /** The categories given, as ids (for the filter). */
    List<String> categoryIds() {
        return categories.stream().map(Category::id).toList();
    }

    List<String> accessIds() {
        return access.stream().map(Access::id).toList();
    }
}
