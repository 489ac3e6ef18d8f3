package org.aitimeline.timeline;

import javafx.scene.paint.Color;

/** How a lane is told apart: its colour and the shape of its markers. */
public record LaneStyle(Color color, MarkerShape shape) {
}
