package org.aitimeline.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.util.Subscription;
import org.aitimeline.model.Passage;
import org.aitimeline.text.Labels;

/**
 * The window's panes: the filter pane and the right pane shown or hidden, their dividers, and the article view — built
 * the first time it is needed, read in a column of about {@link #ARTICLE_WIDTH} pixels. On a narrow window the side
 * panes give way before the timeline gets narrower than {@link #TIMELINE_MIN_WIDTH}: first the right pane, then the
 * filters; they come back when the window is wide enough again.
 */
final class PanelLayout {

    /** The narrowest useful timeline: lane names plus room for a few months of events. */
    static final double TIMELINE_MIN_WIDTH = 520;
    /** Room the split pane's dividers take. */
    private static final double DIVIDERS = 12;

    /** Characters a line of an article should hold when it is read (60–80 is comfortable; 14 px text). */
    private static final double ARTICLE_WIDTH = 700;

    private final SplitPane split;
    private final Node filters;
    private final TabPane rightTabs;
    private final Tab sourceTab;
    private final UserPreferences prefs;
    private final java.util.function.Consumer<String> openLink;
    private ExplorerModel model;
    private Labels labels;
    private SourceController sourceController;
    private Subscription articleSubscription = Subscription.EMPTY;
    /** The divider before the right pane while the event tab is shown, to return to it from an article. */
    private double eventDivider = Double.NaN;
    /** What View › Show filters / Show details ask for; a pane is shown when asked for and when there is room. */
    private boolean wantFilters = true;
    private boolean wantDetails = true;

    /** {@code openLink} opens an article's address in the system browser. */
    PanelLayout(SplitPane split, Node filters, TabPane rightTabs, Tab sourceTab, UserPreferences prefs,
                java.util.function.Consumer<String> openLink) {
        this.split = split;
        this.filters = filters;
        this.rightTabs = rightTabs;
        this.sourceTab = sourceTab;
        this.prefs = prefs;
        this.openLink = openLink;
    }

    Subscription bind(ExplorerModel model, Labels labels) {
        this.model = model;
        this.labels = labels;
        split.setDividerPositions(prefs.dividers());
        split.widthProperty().subscribe(w -> fitPanes());
        rightTabs.getSelectionModel().selectedItemProperty().subscribe((was, now) -> {
            if (now == sourceTab) articles();
            articleWidth(was, now);
        });
        return () -> articleSubscription.unsubscribe();
    }

    void showFilters(boolean show) {
        wantFilters = show;
        fitPanes();
    }

    void showDetails(boolean show) {
        wantDetails = show;
        fitPanes();
    }

    /** Shows the panes asked for that leave the timeline its useful width; the right pane gives way first. */
    private void fitPanes() {
        double room = split.getWidth() <= 0 ? Double.MAX_VALUE : split.getWidth() - TIMELINE_MIN_WIDTH - DIVIDERS;
        double filtersWidth = filters.minWidth(-1);
        boolean showFilters = wantFilters && room >= filtersWidth;
        boolean showDetails = wantDetails && room >= rightTabs.minWidth(-1) + (showFilters ? filtersWidth : 0);
        toggle(filters, showFilters, 0);
        toggle(rightTabs, showDetails, split.getItems().size());
    }

    /** Beside the timeline alone, a side pane keeps its preferred width (not a share a wide screen would give it). */
    private double twoPaneDivider() {
        double width = split.getWidth();
        if (split.getItems().contains(filters)) return width > 0 ? Math.min(0.4, filters.prefWidth(-1) / width) : 0.2;
        return width > 0 ? Math.max(0.6, 1 - rightTabs.getMinWidth() * 1.2 / width) : 0.75;
    }

    /** Whether the pane is in the window now (asked for and with room). */
    boolean isShown(Node pane) {
        return split.getItems().contains(pane);
    }

    private void toggle(Node panel, boolean show, int index) {
        if (show == split.getItems().contains(panel)) return;
        double[] dividers = split.getDividerPositions();
        if (show) {
            split.getItems().add(Math.min(index, split.getItems().size()), panel);
        } else {
            split.getItems().remove(panel);
        }
        if (show && split.getItems().size() == 3) split.setDividerPositions(prefs.dividers());
        else if (dividers.length > 0 && split.getItems().size() == 2) split.setDividerPositions(twoPaneDivider());
    }

    /**
     * Opening the Articles tab widens the right pane (to where the user last left it while reading), and going back
     * to the event restores it.
     */
    private void articleWidth(Tab was, Tab now) {
        if (split.getItems().size() < 2 || !split.getItems().contains(rightTabs)) return;
        int last = split.getDividers().size() - 1;
        double width = split.getWidth();
        if (now == sourceTab && width > 0) {
            eventDivider = split.getDividerPositions()[last];
            double saved = prefs.articleDivider();
            double wanted = Double.isNaN(saved) ? 1 - Math.min(0.55, ARTICLE_WIDTH / width) : saved;
            if (wanted < eventDivider) split.setDividerPosition(last, wanted);
        } else if (was == sourceTab && !Double.isNaN(eventDivider)) {
            prefs.setArticleDivider(split.getDividerPositions()[last]);
            split.setDividerPosition(last, eventDivider);
        }
    }

    void showInArticle(Passage p) {
        rightTabs.getSelectionModel().select(sourceTab);
        articles().show(p);
    }

    /** The article view, built the first time it is needed: it is hidden behind a tab at start-up. */
    private SourceController articles() {
        if (sourceController == null) {
            FXMLLoader loader = new FXMLLoader(PanelLayout.class.getResource("source.fxml"), labels.bundle());
            try {
                sourceTab.setContent(loader.load());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            sourceController = loader.getController();
            articleSubscription = sourceController.init(model, openLink);
        }
        return sourceController;
    }

    /** Writes the panes' sizes (the article's width as the user left it). */
    void saveState() {
        if (rightTabs.getSelectionModel().getSelectedItem() == sourceTab && !Double.isNaN(eventDivider)) {
            int last = split.getDividers().size() - 1;
            prefs.setArticleDivider(split.getDividerPositions()[last]);
            split.setDividerPosition(last, eventDivider);
        }
        // Only the three panes' dividers are the user's choice; a collapsed layout is the window's.
        if (split.getItems().size() == 3) prefs.setDividers(split.getDividerPositions());
    }
}
