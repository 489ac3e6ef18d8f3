package org.aitimeline.ui;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;
import org.aitimeline.model.Category;
import org.aitimeline.model.EventFilter;
import org.aitimeline.timeline.LaneGrouping;

/**
 * What the window remembers between runs (size and position, panel sizes, grouping, filters, language, theme,
 * last dataset), stored in a {@link Preferences} node that tests replace with a throwaway one.
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

    public void setLastDataset(String path) {
        if (path == null) node.remove("lastDataset");
        else node.put("lastDataset", path);
    }

    public EventFilter filter() {
        try {
            EventFilter f = EventFilter.NONE
                    .withOrganizations(set(node.get("filter.organizations", "")))
                    .withCountries(set(node.get("filter.countries", "")))
                    .withCategories(set(node.get("filter.categories", "")).stream()
                            .map(id -> Category.fromId(id).orElse(null)).filter(c -> c != null).collect(Collectors.toSet()))
                    .withText(node.get("filter.text", ""));
            String from = node.get("filter.from", "");
            String to = node.get("filter.to", "");
            return f.withRange(from.isEmpty() ? null : LocalDate.parse(from), to.isEmpty() ? null : LocalDate.parse(to));
        } catch (RuntimeException e) {
            return EventFilter.NONE; // a damaged preference never stops the app
        }
    }

    public void setFilter(EventFilter f) {
        node.put("filter.organizations", String.join(",", f.organizations()));
        node.put("filter.countries", String.join(",", f.countries()));
        node.put("filter.categories", f.categories().stream().map(Category::id).collect(Collectors.joining(",")));
        node.put("filter.text", f.text());
        node.put("filter.from", f.from() == null ? "" : f.from().toString());
        node.put("filter.to", f.to() == null ? "" : f.to().toString());
    }

    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Preferences are a convenience: losing them must not disturb the user.
        }
    }

    private static Set<String> set(String csv) {
        return csv.isBlank() ? Set.of() : Set.of(csv.split(","));
    }
}
