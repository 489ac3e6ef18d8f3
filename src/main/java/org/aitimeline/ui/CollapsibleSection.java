package org.aitimeline.ui;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;

/**
 * One collapsible section of a side pane (a facet, the dates, a list of layers): open or closed as the user last
 * left it, and, while closed, its header tells what is chosen inside — "Organizations · Meta, Alibaba" — so a closed
 * section never hides a filter in force. Any pane adds one with {@code new CollapsibleSection(...)} and puts
 * {@link #node()} in its column.
 */
public final class CollapsibleSection {

    /** Names shown in a closed header before the rest is counted ("· Meta, Alibaba +3"): a header is one short line. */
    static final int NAMES_IN_HEADER = 2;

    private final TitledPane pane = new TitledPane();
    private String title;
    /** Made when first needed: a tooltip is a popup window with a scene of its own, too dear for every section at start. */
    private Tooltip tooltip;
    private List<String> chosen = List.of();

    /**
     * @param id names the section in the scene ({@code #id-section}) and in the preferences
     * @param openByDefault whether it is open before the user ever closes it
     */
    public CollapsibleSection(String id, String title, Node content, UserPreferences prefs, boolean openByDefault) {
        this.title = title;
        pane.setId(id + "-section");
        pane.getStyleClass().add("collapsible-section");
        pane.setContent(content);
        pane.setAnimated(false);
        pane.setExpanded(prefs.sectionExpanded(id, openByDefault));
        pane.expandedProperty().addListener((o, was, open) -> {
            prefs.setSectionExpanded(id, open);
            updateHeader();
        });
        updateHeader();
    }

    /** The section's node, to put in a pane. */
    public TitledPane node() {
        return pane;
    }

    /** A new title (a facet's title may say what the facet means, e.g. which countries). */
    public void setTitle(String value) {
        title = value;
        updateHeader();
    }

    /** What is chosen inside, in the order the section lists it; shown in the header while the section is closed. */
    public void setChosen(List<String> names) {
        chosen = List.copyOf(names);
        updateHeader();
    }

    private void updateHeader() {
        boolean summarize = !pane.isExpanded() && !chosen.isEmpty();
        pane.setText(summarize ? title + " · " + shortList(chosen) : title);
        if (summarize && tooltip == null) tooltip = new Tooltip();
        if (tooltip != null) tooltip.setText(title + ": " + String.join(", ", chosen));
        pane.setTooltip(summarize ? tooltip : null);
    }

    /** "Meta, Alibaba" or "Meta, Alibaba +3". */
    static String shortList(List<String> names) {
        String shown = String.join(", ", names.subList(0, Math.min(NAMES_IN_HEADER, names.size())));
        return names.size() > NAMES_IN_HEADER ? shown + " +" + (names.size() - NAMES_IN_HEADER) : shown;
    }
}
