package org.aitimeline.timeline;

import java.util.Locale;
import java.util.Map;
import org.aitimeline.model.Organization;
import org.aitimeline.text.Labels;

/** Turns a lane key into the name shown in its header (organization name, country name, category label). */
@FunctionalInterface
public interface LaneTitles {

    String title(LaneGrouping grouping, String key, Locale locale);

    /** Names from the app's words, with organization names from the dataset. */
    static LaneTitles of(Map<String, Organization> organizations) {
        return (grouping, key, locale) -> {
            Labels labels = Labels.of(locale);
            return grouping.facet() == null ? labels.allEvents() : labels.facetValue(grouping.facet(), key, organizations);
        };
    }

    /** Names from the app's words, organizations by id. */
    LaneTitles DEFAULT = of(Map.of());
}
