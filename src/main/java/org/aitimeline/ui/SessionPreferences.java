package org.aitimeline.ui;

import javafx.util.Subscription;

/**
 * The one place the model's state is written to the preferences: the grouping, the lane order, the filter and the open layers, each
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
                model.localeProperty().subscribe((was, now) -> prefs.setLanguage(now.getLanguage())),
                model.layerVisibilityProperty().subscribe(() -> rememberLayers(model, prefs)));
    }

    /** The open layers with their visibility: the model sets a new visibility list, after the layers, on every change of either. */
    private static void rememberLayers(ExplorerModel model, UserPreferences prefs) {
        java.util.List<UserPreferences.RememberedLayer> list = new java.util.ArrayList<>();
        for (int i = 0; i < model.getLayers().size(); i++) {
            list.add(new UserPreferences.RememberedLayer(LayerSource.of(model.getLayers().get(i).dataset()), model.isLayerVisible(i)));
        }
        prefs.setLayers(list);
    }
}
