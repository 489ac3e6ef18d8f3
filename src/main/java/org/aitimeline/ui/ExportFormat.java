package org.aitimeline.ui;

import java.nio.file.Path;
import java.util.Locale;

/**
 * What File › Export writes: the poster as an image (PNG, SVG, PDF), the filtered events as a table (CSV) or as a
 * shareable dataset of our own format (JSON), or a TimelineJS story. The file chooser's name and filter follow it.
 */
public enum ExportFormat {
    PNG("png"), SVG("svg"), PDF("pdf"), CSV("csv"), JSON("json"), TIMELINEJS("timelinejs.json");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    /** The file name ending it is saved with, without the dot ("timelinejs.json": a TimelineJS file is JSON too). */
    public String extension() {
        return extension;
    }

    /** The file chooser's filter pattern: "*.png"; TimelineJS files are "*.json". */
    public String pattern() {
        return "*." + extension.substring(extension.lastIndexOf('.') + 1);
    }

    /** True for the poster's formats: range, size, theme and the preview apply. */
    public boolean isImage() {
        return this == PNG || this == SVG || this == PDF;
    }

    /** The key of its name in the messages ("export.format.png"). */
    public String labelKey() {
        return "export.format." + name().toLowerCase(Locale.ROOT);
    }

    /** The suggested file name: "timeline.png". */
    public String suggestedName() {
        return "timeline." + extension;
    }

    /** {@code chosen}, with this format's ending added when the person typed a name without it. */
    public Path withExtension(Path chosen) {
        String name = chosen.getFileName().toString();
        String ending = pattern().substring(1);
        return name.toLowerCase(Locale.ROOT).endsWith(ending) ? chosen : chosen.resolveSibling(name + "." + extension);
    }

    /** The format a saved choice names, or {@code fallback} for none or an unknown one. */
    public static ExportFormat of(String name, ExportFormat fallback) {
        for (ExportFormat f : values()) if (f.name().equals(name)) return f;
        return fallback;
    }
}
