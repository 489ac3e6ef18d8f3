package org.aitimeline.ui;

import javafx.util.Subscription;

/**
 * The one place the model's state is written to the preferences: the grouping, the lane order and the filter, each
 * when it changes (not on every recount, and never by a view). One per window, for as long as its model lives.
 */
final class SessionPreferences {

    private SessionPreferences() {
    }

    static Subscription remember(ExplorerModel model, UserPreferences prefs) {
        return Subscription.combine(
                model.groupingProperty().subscribe((was, now) -> prefs.setGrouping(now)),
                model.laneOrderProperty().subscribe((was, now) -> prefs.setLaneOrder(now)),
                model.filterProperty().subscribe((was, now) -> prefs.setFilter(now)),
                model.localeProperty().subscribe((was, now) -> prefs.setLanguage(now.getLanguage())));
    }
}
