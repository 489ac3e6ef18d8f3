package org.aitimeline.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Region;
import javafx.util.Subscription;

/**
 * Puts the contents of a column's collapsible sections in place so that only what the window's first frame shows is
 * made before it. A section that is closed, or starts below the window's height, holds a placeholder of its
 * content's height until right after that frame, then its content: a facet list's skin, scroll bars and rows were a
 * third of the explorer's first layout. The placeholder takes its height from the content (a facet list is as tall
 * as its rows before any layout), so the column's height and scroll range are the same before and after.
 */
final class FirstFrameContents {

    /** What sits above the first section, at least: menu bar, toolbar, the pane's title and the Layers section. */
    static final double ABOVE_SECTIONS = 120;
    /** A section's header, at least. */
    static final double HEADER = 28;

    private record Entry(TitledPane pane, Region content, Region placeholder) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private boolean placed;

    /**
     * What a section holds until its content is placed: a region as tall as {@code content}, or {@code estimate}
     * pixels when the content's height is only known after layout.
     */
    Region placeholder(Region content, double estimate) {
        Region placeholder = new Region();
        if (content.getPrefHeight() > 0) {
            placeholder.minHeightProperty().bind(content.minHeightProperty());
            placeholder.prefHeightProperty().bind(content.prefHeightProperty());
            placeholder.maxHeightProperty().bind(content.maxHeightProperty());
        } else {
            placeholder.setMinHeight(estimate);
            placeholder.setPrefHeight(estimate);
        }
        return placeholder;
    }

    /** Registers the section {@code pane}, which holds {@code placeholder} for {@code content}. */
    void add(TitledPane pane, Region content, Region placeholder) {
        entries.add(new Entry(pane, content, placeholder));
    }

    /**
     * Places the contents when {@code column} is first in a scene: at once for the open sections that start within
     * the window's height (counted from the top of the column, generously), after the first frame for the others.
     *
     * @param spacing the column's gap between sections
     */
    Subscription placeWhenShown(Node column, double spacing) {
        return column.sceneProperty().subscribe(scene -> {
            if (scene == null || placed) return;
            placed = true;
            List<Entry> later = new ArrayList<>();
            double top = ABOVE_SECTIONS;
            for (Entry e : entries) {
                boolean open = e.pane().isExpanded();
                if (open && top < scene.getHeight()) e.pane().setContent(e.content());
                else later.add(e);
                top += HEADER + (open ? e.placeholder().prefHeight(-1) : 0) + spacing;
            }
            if (!later.isEmpty()) afterFirstFrame(scene, () -> later.forEach(e -> e.pane().setContent(e.content())));
        });
    }

    /** Runs {@code work} once the scene's next pulse has been laid out and handed to the renderer. */
    private static void afterFirstFrame(Scene scene, Runnable work) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(work);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }
}
