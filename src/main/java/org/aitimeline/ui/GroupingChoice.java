package org.aitimeline.ui;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ComboBox;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.util.StringConverter;
import javafx.util.Subscription;
import org.aitimeline.text.Labels;
import org.aitimeline.timeline.LaneGrouping;
import org.aitimeline.timeline.LaneOrder;

/** The toolbar's "Group by" box and View › Group by / Lane order: choices that command the model and follow it. */
final class GroupingChoice {

    private GroupingChoice() {
    }

    static Subscription bind(ExplorerModel model, Labels labels, ComboBox<LaneGrouping> box, RadioMenuItem[] groupItems,
                             RadioMenuItem[] orderItems) {
        box.getItems().setAll(LaneGrouping.values());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(LaneGrouping g) {
                return g == null ? "" : labels.get("group." + g.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public LaneGrouping fromString(String s) {
                return null;
            }
        });
        Subscription chosen = box.valueProperty().subscribe(model::setGrouping);
        return Subscription.combine(chosen,
                model.groupingProperty().subscribe(box::setValue),
                radios(groupItems, LaneGrouping.values(), model.groupingProperty(), model::setGrouping),
                radios(orderItems, LaneOrder.values(), model.laneOrderProperty(), model::setLaneOrder));
    }

    /** Makes radio menu items of one choice, each item standing for one value, selected as {@code current} is. */
    private static <T> Subscription radios(RadioMenuItem[] items, T[] values, ObservableValue<T> current, Consumer<T> choose) {
        ToggleGroup group = new ToggleGroup();
        for (int i = 0; i < items.length; i++) {
            T value = values[i];
            items[i].setToggleGroup(group);
            items[i].setUserData(value);
            items[i].setOnAction(a -> choose.accept(value));
        }
        return current.subscribe(v -> {
            for (RadioMenuItem item : items) item.setSelected(item.getUserData() == v);
        });
    }
}
