package org.aitimeline.ui;

import java.util.function.Consumer;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.util.Subscription;
import org.aitimeline.model.Passage;
import org.aitimeline.text.DateText;
import org.aitimeline.text.Labels;
import org.aitimeline.timeline.TimelineEvent;
import org.aitimeline.timeline.TimelineView;

/**
 * The timeline control and the model: the filtered events, lane titles and colours, grouping, lane order and
 * selection flow to the control; a choice made in the control (a click, a key) goes back as a model command.
 */
final class TimelineBinding {

    /** A dataset opens on the stretch of time holding this share of its events (the hint offers the rest). */
    static final double MOST_EVENTS = 0.85;

    private TimelineBinding() {
    }

    static Subscription bind(TimelineView timeline, ExplorerModel model, String emptyText, TabPane tabs, Tab details,
                             Tab articles, Consumer<Passage> showInArticle) {
        timeline.setLocale(model.getLocale());
        timeline.setAccessibleRole(AccessibleRole.LIST_VIEW);
        timeline.setEmptyText(emptyText);
        timeline.setLaneTitles(model.laneTitles());
        timeline.addEventHandler(TimelineEvent.EVENT_OPENED, e -> {
            tabs.getSelectionModel().select(details);
            if (!e.getEvent().passages().isEmpty()) showInArticle.accept(e.getEvent().passages().get(0));
        });
        Subscription fromModel = Subscription.combine(
                model.getFilteredEvents().subscribe(() -> timeline.getEvents().setAll(model.getFilteredEvents())),
                model.datasetProperty().subscribe((was, now) -> {
                    timeline.setLaneTitles(model.laneTitles());
                    timeline.setLanePalette(model.lanePalette());
                    timeline.fitMostEvents(MOST_EVENTS);
                }),
                model.groupingProperty().subscribe(g -> {
                    timeline.setLanePalette(model.lanePalette());
                    timeline.setGrouping(g);
                }),
                model.laneOrderProperty().subscribe(timeline::setLaneOrder),
                model.selectedEventProperty().subscribe(e -> {
                    timeline.setSelectedEvent(e);
                    // What a screen reader says of the canvas: the event it has selected.
                    Labels labels = model.labels();
                    timeline.setAccessibleText(e == null ? labels.get("timeline.accessible.none")
                            : labels.format("timeline.accessible", e.title().in(model.getLocale()),
                                    DateText.format(e.date(), model.getLocale())));
                    if (e != null && tabs.getSelectionModel().getSelectedItem() != articles) tabs.getSelectionModel().select(details);
                }));
        timeline.getEvents().setAll(model.getFilteredEvents());
        Subscription fromView = Subscription.combine(
                timeline.groupingProperty().subscribe(model::setGrouping),
                timeline.laneOrderProperty().subscribe(model::setLaneOrder),
                timeline.selectedEventProperty().subscribe(model::select));
        timeline.fitMostEvents(MOST_EVENTS);
        return fromModel.and(fromView);
    }
}
