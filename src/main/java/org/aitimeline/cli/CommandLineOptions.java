package org.aitimeline.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.aitimeline.data.ProblemText;
import org.aitimeline.data.imports.TimelineJsImport;
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
        description = "Opens the explorer window (on FILE, a dataset JSON, when given), or with --export writes the "
            + "timeline as a PNG, SVG or PDF poster, a CSV or JSON table or a TimelineJS story without opening a window "
            + "(no display needed).",
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

    @Option(names = "--export", paramLabel = "FILE", description = "write the timeline to this file, headless: a PNG, "
            + "SVG or PDF poster, a CSV table, a dataset subset with its articles beside it (.json) or, with --format "
            + "timelinejs or a name ending in .timelinejs.json, a TimelineJS story; chosen by its extension (or --format)")
    String export;

    /** What an export writes; chosen by the file's extension unless --format says otherwise. */
    public enum Format {
        PNG("png"), SVG("svg"), PDF("pdf"), CSV("csv"), JSON("json"), TIMELINEJS("json");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        /** The usual file extension, without the dot. */
        public String extension() {
            return extension;
        }

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "png, svg, pdf, csv, json or timelinejs (default: from the --export file's extension)")
    Format format;

    /** How a PDF holds a poster taller than a page (not an export type: parsing must not load JavaFX). */
    public enum PageLayout { FIT, SPLIT }

    @Option(names = "--pages", paramLabel = "HOW", converter = PagesConverter.class,
            description = "PDF only: split (default; A3 landscape pages, the axis repeated) or fit (one page)")
    PageLayout pages;

    @Option(names = "--tl-group-as", paramLabel = "KIND", converter = GroupAsConverter.class,
            description = "for a TimelineJS --dataset: its groups become organization (default) or category lanes")
    TimelineJsImport.GroupAs groupAs = TimelineJsImport.GroupAs.ORGANIZATION;

    @Option(names = "--dataset", paramLabel = "FILE", description = "the dataset to export: a file, or a bundled one by "
            + "name: timeline (the default, the articles) or notable-models (Epoch AI's record)")
    String dataset;

    @Option(names = "--layer", paramLabel = "FILE", description = "a dataset (file or bundled name) exported over --dataset; repeatable")
    List<String> layers = new ArrayList<>();

    @Option(names = "--group-by", paramLabel = "KIND", converter = GroupingConverter.class,
            description = "organization (default), country, category, access, none")
    LaneGrouping grouping = LaneGrouping.ORGANIZATION;

    @Option(names = "--order", paramLabel = "ORDER", converter = OrderConverter.class,
            description = "lane order: first-event (default), event-count, name")
    LaneOrder order = LaneOrder.FIRST_EVENT;

    @Option(names = "--company", paramLabel = "ID", description = "keep events of this organization; repeatable")
    List<String> companies = new ArrayList<>();

    @Option(names = "--country", paramLabel = "CC", description = "keep events that concern this ISO country code (the countries listed on the event, not where its organizations are based: the window offers both); repeatable")
    List<String> countries = new ArrayList<>();

    @Option(names = "--category", paramLabel = "ID", converter = CategoryConverter.class,
            description = "keep events of this category; repeatable (release, leak, adoption, ...)")
    List<Category> categories = new ArrayList<>();

    @Option(names = "--access", paramLabel = "ID", converter = AccessConverter.class,
            description = "keep releases of this openness; repeatable (open-source, open-weights, gated, api-only, closed, announced)")
    List<Access> access = new ArrayList<>();

    @Option(names = "--commentary", description = "include commentary (the articles' undated analysis)")
    boolean commentary;

    @Option(names = "--context", description = "include context (history the articles compare with, such as Linux in 1991)")
    boolean context;

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
    /** The subcommand given (check, import), or null. */
    private Subcommand subcommand;
    /** True when an option that only makes sense with --export was given. */
    private boolean exportOptionsUsed;

    /** Parses {@code args}; the command is named {@code command} in help and messages. */
    public static CommandLineOptions parse(String[] args, String command) throws UsageException {
        CommandLineOptions o = new CommandLineOptions();
        CommandLine cl = new CommandLine(o).setCommandName(command).setOverwrittenOptionsAllowed(false)
                .addSubcommand("check", new CheckCommand()).addSubcommand("import", new ImportCommand());
        o.commandLine = cl;
        try {
            CommandLine.ParseResult result = cl.parseArgs(args);
            if (result.subcommand() != null) {
                CommandLine sub = result.subcommand().commandSpec().commandLine();
                if (result.subcommand().isUsageHelpRequested()) {
                    o.help = true;
                    o.commandLine = sub;
                } else {
                    o.subcommand = (Subcommand) sub.getCommand();
                }
                return o;
            }
            o.exportOptionsUsed = result.matchedOptions().stream().anyMatch(opt -> !opt.longestName().equals("--export")
                    && !opt.usageHelp() && !opt.versionHelp());
        } catch (CommandLine.ParameterException e) {
            throw new UsageException(oneLine(e.getMessage()));
        }
        if (o.help || o.version) return o;
        if (o.export == null) {
            if (o.exportOptionsUsed) throw new UsageException("these options need --export FILE (the file to write)");
            return o;
        }
        if (o.fileToOpen != null) {
            throw new UsageException("a FILE to open and --export do not go together; use --dataset FILE with --export");
        }
        Path out = o.exportPath();
        String name = out.getFileName() == null ? "" : out.getFileName().toString();
        if (o.format == null) o.format = byExtension(name);
        if (o.format == null) {
            throw new UsageException("--export needs a file name ending in .png, .svg, .pdf, .csv or .json (or a --format),"
                    + " not " + ProblemText.id(o.export));
        }
        if (name.isEmpty()) throw new UsageException("--export needs a file name, not " + ProblemText.id(o.export));
        if (name.equals("." + o.format.extension())) {
            throw new UsageException("--export needs a name before ." + o.format.extension() + ": " + ProblemText.id(o.export)
                    + " would be a hidden file with no name");
        }
        if (o.pages != null && o.format != Format.PDF) {
            throw new UsageException("--pages is for PDF exports, not " + o.format.id());
        }
        if (o.format == Format.TIMELINEJS && !name.toLowerCase(Locale.ROOT).endsWith(".json")) {
            throw new UsageException("--format timelinejs needs a file name ending in .json, not " + ProblemText.id(o.export));
        }
        if (o.pages == null) o.pages = PageLayout.SPLIT;
        if (o.width != null && (o.width < 200 || o.width > 100_000)) {
            throw new UsageException("--width must be between 200 and 100000 pixels");
        }
        // Whole extents: --to 2025 runs to the end of 2025, so --from 2025-06 is inside it.
        if (o.from != null && o.to != null && o.from.startEpochDay() >= o.to.endEpochDay()) {
            throw new UsageException("--from " + o.from + " starts after --to " + o.to + " ends");
        }
        if (o.dataset != null) path("--dataset", o.dataset);
        return o;
    }

    /**
     * The format a file name's extension names, or null. A .json file is our own dataset format; a TimelineJS story
     * is asked for by --format or by the double extension .timelinejs.json.
     */
    static Format byExtension(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".timelinejs.json") && lower.length() > 16) return Format.TIMELINEJS;
        for (Format f : Format.values()) {
            // ".png" alone is still a PNG: the caller says why a hidden file with no name is refused.
            if (f != Format.TIMELINEJS && lower.endsWith("." + f.extension())) {
                return f;
            }
        }
        return null;
    }

    /** What the export writes (known once parsed with --export). */
    public Format format() {
        return format;
    }

    /** How a PDF export is paged. */
    public PageLayout pages() {
        return pages == null ? PageLayout.SPLIT : pages;
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

    /** The subcommand to run (check, import), or null for the window or an export. */
    public Subcommand subcommand() {
        return subcommand;
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

    static final class GroupAsConverter implements CommandLine.ITypeConverter<TimelineJsImport.GroupAs> {
        @Override
        public TimelineJsImport.GroupAs convert(String v) {
            for (TimelineJsImport.GroupAs g : TimelineJsImport.GroupAs.values()) {
                if (g.name().equalsIgnoreCase(v)) return g;
            }
            throw new CommandLine.TypeConversionException("--tl-group-as must be organization or category, not " + ProblemText.id(v));
        }
    }

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

    static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String v) {
            for (Format f : Format.values()) if (f.id().equalsIgnoreCase(v)) return f;
            throw new CommandLine.TypeConversionException("--format must be png, svg, pdf, csv, json or timelinejs, not "
                    + ProblemText.id(v));
        }
    }

    static final class PagesConverter implements CommandLine.ITypeConverter<PageLayout> {
        @Override
        public PageLayout convert(String v) {
            for (PageLayout p : PageLayout.values()) if (p.name().equalsIgnoreCase(v)) return p;
            throw new CommandLine.TypeConversionException("--pages must be fit or split, not " + ProblemText.id(v));
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
