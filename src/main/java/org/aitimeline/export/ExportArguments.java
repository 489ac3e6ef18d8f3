package org.aitimeline.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.aitimeline.model.Category;
import org.aitimeline.model.PartialDate;
import org.aitimeline.timeline.LaneGrouping;

/**
 * The command-line export options, parsed without touching JavaFX so that bad arguments are reported before
 * any toolkit starts.
 *
 * @param from first month/day/year shown, or null; {@code to} likewise (inclusive)
 */
public record ExportArguments(Path output, Path dataset, LaneGrouping grouping, List<String> companies,
                              List<String> countries, List<Category> categories, PartialDate from, PartialDate to,
                              int width, double scale, String title, Locale locale, boolean help) {

    /** A bad command line: exit code 2 with this one-line reason and the usage. */
    public static final class UsageException extends Exception {
        public UsageException(String message) {
            super(message);
        }
    }

    public static final String USAGE = String.join("\n",
            "Usage: ai-timeline --export OUT.png [options]",
            "",
            "Renders the timeline to a PNG without opening a window (no display needed).",
            "",
            "Options:",
            "  --export FILE        the PNG to write (required)",
            "  --dataset FILE       a dataset JSON file (default: the bundled dataset)",
            "  --group-by KIND      organization | country | category | none (default: organization)",
            "  --company ID         keep events of this organization; repeatable (e.g. alibaba, deepseek)",
            "  --country CC         keep events of this ISO country code; repeatable (e.g. CN, US)",
            "  --category ID        keep events of this category; repeatable (release, leak, adoption, ...)",
            "  --from DATE          first month shown, e.g. 2024-01 (also 2024 or 2024-01-15)",
            "  --to DATE            last month shown, e.g. 2025-12",
            "  --width PX           image width in pixels (default 1600 x scale)",
            "  --scale N            pixel density: 1, 2 or 4 for print (default 1)",
            "  --title TEXT         title line (default: dataset title and date range)",
            "  --lang en|it         language of titles and labels (default: en)",
            "  --help               this text",
            "",
            "Exit codes: 0 written, 1 I/O or dataset error, 2 bad arguments.");

    public static ExportArguments parse(String[] args) throws UsageException {
        Path output = null;
        Path dataset = null;
        LaneGrouping grouping = LaneGrouping.ORGANIZATION;
        List<String> companies = new ArrayList<>();
        List<String> countries = new ArrayList<>();
        List<Category> categories = new ArrayList<>();
        PartialDate from = null;
        PartialDate to = null;
        int width = 0;
        double scale = 1;
        String title = null;
        Locale locale = Locale.ENGLISH;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--help", "-h" -> help = true;
                case "--export" -> output = Path.of(value(args, ++i, a));
                case "--dataset" -> dataset = Path.of(value(args, ++i, a));
                case "--group-by" -> {
                    String v = value(args, ++i, a);
                    try {
                        grouping = LaneGrouping.valueOf(v.toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw new UsageException("--group-by must be organization, country, category or none, not '" + v + "'");
                    }
                }
                case "--company" -> companies.add(value(args, ++i, a));
                case "--country" -> countries.add(value(args, ++i, a).toUpperCase(Locale.ROOT));
                case "--category" -> {
                    String v = value(args, ++i, a);
                    categories.add(Category.fromId(v).orElseThrow(() -> new UsageException("unknown category '" + v
                            + "'; valid: " + String.join(", ", java.util.Arrays.stream(Category.values()).map(Category::id).toList()))));
                }
                case "--from" -> from = date(value(args, ++i, a), a);
                case "--to" -> to = date(value(args, ++i, a), a);
                case "--width" -> {
                    width = integer(value(args, ++i, a), a);
                    if (width < 200 || width > 100_000) throw new UsageException("--width must be between 200 and 100000 pixels");
                }
                case "--scale" -> {
                    String v = value(args, ++i, a);
                    try {
                        scale = Double.parseDouble(v.endsWith("x") ? v.substring(0, v.length() - 1) : v);
                    } catch (NumberFormatException e) {
                        throw new UsageException("--scale must be a number such as 1, 2 or 4, not '" + v + "'");
                    }
                    if (scale < 0.5 || scale > 8) throw new UsageException("--scale must be between 0.5 and 8");
                }
                case "--title" -> title = value(args, ++i, a);
                case "--lang" -> {
                    String v = value(args, ++i, a);
                    if (!v.equals("en") && !v.equals("it")) throw new UsageException("--lang must be en or it");
                    locale = Locale.forLanguageTag(v);
                }
                default -> throw new UsageException("unknown option '" + a + "'");
            }
        }
        if (!help && output == null) throw new UsageException("--export FILE is required");
        if (output != null && !output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
            throw new UsageException("the output file must end in .png");
        }
        if (from != null && to != null && from.startEpochDay() > to.startEpochDay()) {
            throw new UsageException("--from " + from + " is after --to " + to);
        }
        return new ExportArguments(output, dataset, grouping, List.copyOf(companies), List.copyOf(countries),
                List.copyOf(categories), from, to, width, scale, title, locale, help);
    }

    private static String value(String[] args, int i, String option) throws UsageException {
        if (i >= args.length || args[i].startsWith("--")) throw new UsageException(option + " needs a value");
        return args[i];
    }

    private static int integer(String v, String option) throws UsageException {
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " must be a whole number, not '" + v + "'");
        }
    }

    private static PartialDate date(String v, String option) throws UsageException {
        try {
            return PartialDate.parse(v);
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + ": " + e.getMessage());
        }
    }
}
