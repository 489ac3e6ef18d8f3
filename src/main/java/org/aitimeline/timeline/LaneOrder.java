package org.aitimeline.timeline;

/** The order of lanes from top to bottom; the lane of events without a key ("No organization") is always last. */
public enum LaneOrder {
    /** By each lane's earliest event, so the story reads from top left to bottom right. */
    FIRST_EVENT,
    /** Busiest lane first. */
    EVENT_COUNT,
    /** Alphabetically by lane title. */
    NAME
}
