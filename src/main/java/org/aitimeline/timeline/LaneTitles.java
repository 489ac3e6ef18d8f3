package org.aitimeline.timeline;

import java.util.Locale;

/** Turns a lane key into the name shown in its header (organization name, country name, category label). */
@FunctionalInterface
public interface LaneTitles {

    String title(LaneGrouping grouping, String key, Locale locale);

    /** Keys as they are, but country codes as country names in the given locale. */
    LaneTitles DEFAULT = (grouping, key, locale) -> {
        if (key.isEmpty()) return "—";
        if (grouping == LaneGrouping.COUNTRY) {
            String name = new Locale("", key).getDisplayCountry(locale);
            return name.isEmpty() ? key : name;
        }
        if (grouping == LaneGrouping.NONE) return "All events";
        return key;
    };
}
