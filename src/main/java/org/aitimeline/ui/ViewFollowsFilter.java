package org.aitimeline.ui;

import javafx.animation.PauseTransition;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.control.TextField;
import javafx.util.Duration;
import javafx.util.Subscription;
import org.aitimeline.model.EventFilter;
import org.aitimeline.timeline.EpochDays;
import org.aitimeline.timeline.TimelineView;

/**
 * The view goes where the person asks: moving the date slider shows its range, and a search, once confirmed with
 * Enter or after a pause in typing, brings its matches into view when some are outside it.
 */
final class ViewFollowsFilter {

    /** A pause this long in typing counts as "show me": shorter, and the view would jump under the person's hands. */
    static final Duration TYPING_PAUSE = Duration.millis(500);

    private ViewFollowsFilter() {
    }

    static Subscription bind(ExplorerModel model, TimelineView timeline) {
        return model.filterProperty().subscribe((was, now) -> {
            if (!java.util.Objects.equals(was.from(), now.from()) || !java.util.Objects.equals(was.to(), now.to())) {
                showRange(model, timeline, now);
            }
        });
    }

    /** Shows the filter's date range; an open end is the first or last of the events it leaves. */
    private static void showRange(ExplorerModel model, TimelineView timeline, EventFilter f) {
        if (f.from() == null && f.to() == null) return;
        double start = f.from() != null ? f.from().toEpochDay()
                : model.getFilteredEvents().stream().mapToLong(e -> e.date().startEpochDay()).min().orElse(Long.MAX_VALUE);
        double end = f.to() != null ? f.to().plusDays(1).toEpochDay()
                : model.getFilteredEvents().stream().mapToLong(e -> e.date().endEpochDay()).max().orElse(Long.MIN_VALUE);
        if (!(end > start)) return;
        timeline.setVisibleRange(EpochDays.toInstant(start), EpochDays.toInstant(end));
    }

    /**
     * Enter in the search box, or a pause in typing, fits the view to the matches when some of them are out of view,
     * or when they fill less than a tenth of it (the timeline shows the matches only, so fitting its events fits
     * them). A view the person set is kept while it
     * shows every match; a view this search moved is its own to move again, so "D", a pause, then "DeepSeek" ends on
     * DeepSeek's events, not on everything "D" matched. Only text the person types counts: a query restored or
     * cleared from elsewhere moves nothing.
     */
    /** Matches spanning less than this share of the view are lost in it: the search zooms in on them. */
    static final double LOST_SHARE = 0.1;

    static Subscription followSearch(TextField field, TimelineView timeline) {
        PauseTransition pause = new PauseTransition(TYPING_PAUSE);
        // Whether the view is where this search put it (false once anything else moves it).
        boolean[] moved = {false};
        boolean[] moving = {false};
        Runnable show = () -> {
            pause.stop();
            if (field.getText().isBlank() || timeline.getEvents().isEmpty()) return;
            moving[0] = true;
            try {
                if (moved[0]) timeline.fitAll();
                else moved[0] = timeline.fitAllIfNotShown(LOST_SHARE);
            } finally {
                moving[0] = false;
            }
        };
        pause.setOnFinished(e -> show.run());
        Runnable elsewhere = () -> {
            if (!moving[0]) moved[0] = false;
        };
        Subscription typed = field.textProperty().subscribe(t -> {
            if (field.isFocused()) pause.playFromStart();
        });
        EventHandler<ActionEvent> enter = e -> show.run();
        field.addEventHandler(ActionEvent.ACTION, enter);
        return Subscription.combine(typed,
                timeline.visibleStartProperty().subscribe(elsewhere),
                timeline.visibleEndProperty().subscribe(elsewhere),
                () -> {
                    pause.stop();
                    field.removeEventHandler(ActionEvent.ACTION, enter);
                });
    }
}
