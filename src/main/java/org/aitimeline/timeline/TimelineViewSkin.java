package org.aitimeline.timeline;

import javafx.scene.control.SkinBase;

/** Draws a {@link TimelineView} on a canvas and handles its input. (Placeholder until the control is built.) */
public class TimelineViewSkin extends SkinBase<TimelineView> {

    public TimelineViewSkin(TimelineView control) {
        super(control);
    }
}
