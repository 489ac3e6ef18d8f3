package org.aitimeline.ui;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;
import org.aitimeline.data.AppLog;
import org.aitimeline.model.Facet;
import org.aitimeline.model.CountryMeaning;
import org.aitimeline.model.EventFilter;
import org.aitimeline.timeline.LaneGrouping;
import org.aitimeline.timeline.LaneOrder;

/**
 * What the window remembers between runs (size and position, panel sizes, grouping, lane order, filters without
 * the search text, language, theme, last dataset), stored in a {@link Preferences} node that tests replace with a throwaway one.
 */
public final class UserPreferences {

    private final Preferences node;

    public UserPreferences(Preferences node) {
        this.node = node;
    }

    /** The app's node in the user's preferences. */
    public static UserPreferences forUser() {
        return new UserPreferences(Preferences.userRoot().node("org/aitimeline/explorer"));
    }

    public double[] windowBounds() {
        return new double[] {node.getDouble("x", Double.NaN), node.getDouble("y", Double.NaN),
                node.getDouble("width", 1440), node.getDouble("height", 900)};
    }

    public void setWindowBounds(double x, double y, double w, double h) {
        node.putDouble("x", x);
        node.putDouble("y", y);
        node.putDouble("width", w);
        node.putDouble("height", h);
    }

    public double[] dividers() {
        String s = node.get("dividers", "0.19,0.73");
        try {
            return Arrays.stream(s.split(",")).mapToDouble(Double::parseDouble).toArray();
        } catch (NumberFormatException e) {
            return new double[] {0.19, 0.73};
        }
    }

    public void setDividers(double[] values) {
        node.put("dividers", Arrays.stream(values).mapToObj(Double::toString).collect(Collectors.joining(",")));
    }

    public LaneGrouping grouping() {
        try {
            return LaneGrouping.valueOf(node.get("grouping", LaneGrouping.ORGANIZATION.name()));
        } catch (IllegalArgumentException e) {
            return LaneGrouping.ORGANIZATION;
        }
    }

    public void setGrouping(LaneGrouping g) {
        node.put("grouping", g.name());
    }

    public Optional<String> language() {
        return Optional.ofNullable(node.get("language", null));
    }

    public void setLanguage(String lang) {
        node.put("language", lang);
    }

    public boolean dark() {
        return node.getBoolean("dark", false);
    }

    public void setDark(boolean dark) {
        node.putBoolean("dark", dark);
    }

    public Optional<String> lastDataset() {
        return Optional.ofNullable(node.get("lastDataset", null));
    }

    /** How many files File › Open recent lists. */
    public static final int RECENT_FILES = 10;

    /** Dataset files opened or saved, the newest first (at most {@link #RECENT_FILES}). */
    public java.util.List<String> recentFiles() {
        String all = node.get("recentFiles", "");
        return all.isEmpty() ? java.util.List.of() : java.util.List.of(all.split("\n"));
    }

    /** Puts {@code path} first in the recent files (once), dropping the oldest beyond {@link #RECENT_FILES}. */
    public void addRecentFile(String path) {
        java.util.List<String> list = new java.util.ArrayList<>(recentFiles());
        list.remove(path);
        list.add(0, path);
        while (list.size() > RECENT_FILES) list.remove(list.size() - 1);
        node.put("recentFiles", String.join("\n", list));
    }

    public void setLastDataset(String path) {
        if (path == null) node.remove("lastDataset");
        else node.put("lastDataset", path);
    }

    /**
     * The filter of the last session: facets, dates and the commentary setting. The free-text search is not
     * kept: a forgotten search would silently hide most events at the next start.
     */
    public EventFilter filter() {
        try {
            EventFilter f = ExplorerModel.WINDOW_DEFAULT.withCommentary(node.getBoolean("filter.commentary", false))
                    .withContext(node.getBoolean("filter.context", false))
                    .withCountryMeaning(CountryMeaning.fromId(node.get("filter.countryMeaning", "")).orElse(ExplorerModel.WINDOW_DEFAULT.countryMeaning()));
            for (Facet facet : Facet.values()) f = f.with(facet, set(node.get("filter." + facet.id(), "")));
            String from = node.get("filter.from", "");
            String to = node.get("filter.to", "");
            return f.withRange(from.isEmpty() ? null : LocalDate.parse(from), to.isEmpty() ? null : LocalDate.parse(to));
        } catch (RuntimeException e) {
            return ExplorerModel.WINDOW_DEFAULT; // a damaged preference never stops the app
        }
    }

    public void setFilter(EventFilter f) {
        for (Facet facet : Facet.values()) node.put("filter." + facet.id(), String.join(",", f.selected(facet)));
        node.putBoolean("filter.commentary", f.commentary());
        node.putBoolean("filter.context", f.context());
        node.put("filter.countryMeaning", f.countryMeaning().id());
        node.put("filter.from", f.from() == null ? "" : f.from().toString());
        node.put("filter.to", f.to() == null ? "" : f.to().toString());
    }

    public LaneOrder laneOrder() {
        try {
            return LaneOrder.valueOf(node.get("laneOrder", LaneOrder.FIRST_EVENT.name()));
        } catch (IllegalArgumentException e) {
            return LaneOrder.FIRST_EVENT;
        }
    }

    public void setLaneOrder(LaneOrder order) {
        node.put("laneOrder", order.name());
    }

    /** Where the divider before the right pane sits while an article is read (NaN: not yet chosen). */
    public double articleDivider() {
        return node.getDouble("articleDivider", Double.NaN);
    }

    public void setArticleDivider(double position) {
        node.putDouble("articleDivider", position);
    }

    /** Whether the side pane's section {@code id} (a facet, the dates) is open; {@code dflt} until the user says. */
    public boolean sectionExpanded(String id, boolean dflt) {
        return node.getBoolean("section." + id, dflt);
    }

    public void setSectionExpanded(String id, boolean open) {
        node.putBoolean("section." + id, open);
    }

    /** Whether the Table view is shown under the timeline. */
    public boolean tableShown() {
        return node.getBoolean("table.shown", false);
    }

    public void setTableShown(boolean shown) {
        node.putBoolean("table.shown", shown);
    }

    /** Where the divider between the timeline and the table sits (a share of the height). */
    public double tableDivider() {
        return node.getDouble("table.divider", 0.6);
    }

    public void setTableDivider(double position) {
        node.putDouble("table.divider", position);
    }

    /** One open layer as remembered: where it comes from ({@link LayerSource}) and whether it was shown. */
    public record RememberedLayer(String source, boolean visible) {
    }

    /** The layers open at the end of the last session, the base first; empty when only one was open. */
    public java.util.List<RememberedLayer> layers() {
        java.util.List<RememberedLayer> list = new java.util.ArrayList<>();
        for (String line : node.get("layers", "").split("\n")) {
            // "1 source" or "0 source": visibility, a space, then the source (a path may hold spaces).
            if (line.length() > 2 && (line.startsWith("0 ") || line.startsWith("1 "))) {
                list.add(new RememberedLayer(line.substring(2), line.charAt(0) == '1'));
            }
        }
        return list;
    }

    public void setLayers(java.util.List<RememberedLayer> layers) {
        if (layers.size() < 2) {
            node.remove("layers");
            return;
        }
        node.put("layers", layers.stream().map(l -> (l.visible() ? "1 " : "0 ") + l.source()).collect(Collectors.joining("\n")));
    }

    /** The export dialog's last format (an {@link ExportFormat} name; PNG at first). */
    public String exportFormat() {
        return node.get("export.format", ExportFormat.PNG.name());
    }

    public void setExportFormat(String format) {
        node.put("export.format", format);
    }

    /** Whether the last export was of the current view (the default) rather than the whole filtered range. */
    public boolean exportVisibleRange() {
        return node.getBoolean("export.visible", true);
    }

    public void setExportVisibleRange(boolean visible) {
        node.putBoolean("export.visible", visible);
    }

    /** Whether the last PDF (or print) was fitted to one page rather than split across pages. */
    public boolean exportPdfFit() {
        return node.getBoolean("export.pdfFit", false);
    }

    public void setExportPdfFit(boolean fit) {
        node.putBoolean("export.pdfFit", fit);
    }

    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Preferences are a convenience: losing them must not disturb the user, but the log keeps why.
            AppLog.logger(UserPreferences.class).log(System.Logger.Level.WARNING, "could not save the preferences", e);
        }
    }

    private static Set<String> set(String csv) {
        return csv.isBlank() ? Set.of() : Set.of(csv.split(","));
    }
}
