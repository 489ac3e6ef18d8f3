package org.aitimeline.ui;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.util.Subscription;
import org.aitimeline.model.CountryMeaning;
import org.aitimeline.model.EventFilter;

/**
 * View › Show context and View › Countries mean: two settings of the filter that are views, not restrictions (clearing
 * the filters keeps them). The menu items follow the model, so a restored session or another view's change shows.
 */
final class ViewOptions {

    private ViewOptions() {
    }

    static Subscription bind(ExplorerModel model, CheckMenuItem context, RadioMenuItem countriesOfOrganizations,
                             RadioMenuItem countriesOfEvent) {
        ToggleGroup meanings = new ToggleGroup();
        countriesOfOrganizations.setToggleGroup(meanings);
        countriesOfEvent.setToggleGroup(meanings);
        show(model.getFilter(), context, countriesOfOrganizations, countriesOfEvent);
        context.setOnAction(a -> model.setShowContext(context.isSelected()));
        countriesOfOrganizations.setOnAction(a -> model.setCountryMeaning(CountryMeaning.ORGANIZATIONS));
        countriesOfEvent.setOnAction(a -> model.setCountryMeaning(CountryMeaning.EVENT));
        return model.filterProperty().subscribe(f -> show(f, context, countriesOfOrganizations, countriesOfEvent));
    }

    private static void show(EventFilter f, CheckMenuItem context, RadioMenuItem organizations, RadioMenuItem event) {
        context.setSelected(f.context());
        (f.countryMeaning() == CountryMeaning.ORGANIZATIONS ? organizations : event).setSelected(true);
    }
}
