package org.aitimeline.ui;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import javafx.util.Subscription;
import org.aitimeline.export.ExportContext;
import org.aitimeline.model.Dataset;
import org.aitimeline.text.Labels;
import org.aitimeline.timeline.LaneGrouping;
import org.aitimeline.timeline.TimelineView;

/**
 * The main window's controller: builds the parts of the view, each with one job (search, grouping, timeline, status
 * bar, panes, drag and drop), and answers the menus and toolbar. It owns the parts' subscriptions to the model and
 * ends them in {@link #dispose()}, so a view replaced by a language switch holds nothing the model can reach.
 */
public class MainController {

    /** What the window needs from the application around it. */
    public record Context(ExplorerModel model, DialogService dialogs, UserPreferences prefs, Labels labels,
                          Consumer<Locale> switchLanguage, Consumer<Boolean> switchDark, Consumer<Path> open,
                          Authoring authoring, DatasetOpener opener) {
    }

    @FXML private BorderPane root;
    @FXML private javafx.scene.control.MenuBar menuBar;
    @FXML private ComboBox<LaneGrouping> groupBy;
    @FXML private HBox searchBox;
    @FXML private Menu exportMenu;
    @FXML private HBox restoredBar;
    @FXML private Label restoredText;
    @FXML private SplitPane split;
    @FXML private TimelineView timeline;
    @FXML private TabPane rightTabs;
    @FXML private Tab detailsTab;
    @FXML private Tab sourceTab;
    @FXML private Label statusCount;
    @FXML private Label statusFilters;
    @FXML private Label statusDataset;
    @FXML private RadioMenuItem groupOrganization;
    @FXML private RadioMenuItem groupCountry;
    @FXML private RadioMenuItem groupCategory;
    @FXML private RadioMenuItem groupAccess;
    @FXML private RadioMenuItem groupNone;
    @FXML private RadioMenuItem orderFirstEvent;
    @FXML private RadioMenuItem orderEventCount;
    @FXML private RadioMenuItem orderName;
    @FXML private CheckMenuItem commentaryItem;
    @FXML private CheckMenuItem contextItem;
    @FXML private RadioMenuItem countriesOfOrganizations;
    @FXML private RadioMenuItem countriesOfEvent;
    @FXML private CheckMenuItem showFiltersItem;
    @FXML private CheckMenuItem showDetailsItem;
    @FXML private CheckMenuItem showTableItem;
    @FXML private SplitPane timelineColumn;
    @FXML private CheckMenuItem darkItem;
    @FXML private RadioMenuItem langEnglish;
    @FXML private RadioMenuItem langItalian;
    @FXML private Node filters;
    @FXML private FilterPaneController filtersController;
    @FXML private DetailsController detailsController;

    private Context context;
    private ExplorerModel model;
    private final SearchField search = new SearchField();
    private StatusBar status;
    private PanelLayout panels;
    private Subscription subscriptions = Subscription.EMPTY;
    /** The Table view, made the first time it is shown. */
    private EventTable table;

    void init(Context ctx) {
        this.context = ctx;
        this.model = ctx.model();
        Labels labels = ctx.labels();
        searchBox.getChildren().add(search.field());
        status = new StatusBar(statusCount, statusFilters, statusDataset, restoredBar, restoredText);
        panels = new PanelLayout(split, filters, rightTabs, sourceTab, ctx.prefs(), ctx.dialogs()::openLink);
        subscriptions = Subscription.combine(
                search.bind(model, labels),
                filtersController.init(model, ctx.prefs()),
                detailsController.init(model, panels::showInArticle, ctx.dialogs()::openLink),
                panels.bind(model, labels),
                TimelineBinding.bind(timeline, model, labels.get("timeline.empty"), rightTabs, detailsTab, sourceTab,
                        panels::showInArticle),
                GroupingChoice.bind(model, labels, groupBy,
                        new RadioMenuItem[] {groupOrganization, groupCountry, groupCategory, groupAccess, groupNone},
                        new RadioMenuItem[] {orderFirstEvent, orderEventCount, orderName}),
                wireViewMenu(),
                ViewOptions.bind(model, contextItem, countriesOfOrganizations, countriesOfEvent),
                ViewFollowsFilter.bind(model, timeline),
                ViewFollowsFilter.followSearch(search.field(), timeline),
                status.bind(model, labels),
                ctx.authoring().install(menuBar, ctx.open()),
                layersSection(labels),
                LaneFolding.bind(timeline, model, labels));
        DatasetDrop.install(root, ctx.open());
        ExportMenu.fill(exportMenu, labels, this::export);
    }

    /** The Layers section at the top of the filter pane. */
    private Subscription layersSection(Labels labels) {
        LayersSection section = new LayersSection(labels);
        ((javafx.scene.layout.Pane) filters).getChildren().add(0, section.node());
        return section.bind(model);
    }

    /** View › commentary, panes, dark theme and language. */
    private Subscription wireViewMenu() {
        showFiltersItem.selectedProperty().subscribe((was, on) -> panels.showFilters(on));
        showDetailsItem.selectedProperty().subscribe((was, on) -> panels.showDetails(on));
        showTableItem.setSelected(context.prefs().tableShown());
        showTableItem.selectedProperty().subscribe(this::showTable);
        darkItem.setSelected(context.prefs().dark());
        darkItem.selectedProperty().subscribe((was, on) -> context.switchDark().accept(on));
        commentaryItem.setSelected(model.getFilter().commentary());
        commentaryItem.selectedProperty().subscribe((was, on) -> model.setShowCommentary(on));
        ToggleGroup langs = new ToggleGroup();
        langEnglish.setToggleGroup(langs);
        langItalian.setToggleGroup(langs);
        boolean italian = "it".equals(model.getLocale().getLanguage());
        (italian ? langItalian : langEnglish).setSelected(true);
        langEnglish.setOnAction(a -> context.switchLanguage().accept(Locale.ENGLISH));
        langItalian.setOnAction(a -> context.switchLanguage().accept(Locale.ITALIAN));
        return model.filterProperty().subscribe((was, f) -> commentaryItem.setSelected(f.commentary()));
    }

    /** Shows or hides the Table view under the timeline; the choice is remembered. */
    private void showTable(boolean show) {
        context.prefs().setTableShown(show);
        if (show && table == null) {
            table = new EventTable();
            subscriptions = subscriptions.and(table.bind(model, context.labels(), this::exportCsv));
        }
        if (show && !timelineColumn.getItems().contains(table.node())) {
            timelineColumn.getItems().add(table.node());
            timelineColumn.setDividerPositions(context.prefs().tableDivider());
        } else if (!show && table != null) {
            if (timelineColumn.getItems().size() > 1) context.prefs().setTableDivider(timelineColumn.getDividerPositions()[0]);
            timelineColumn.getItems().remove(table.node());
        }
    }

    /** Announces that the current filter was restored from the last session, with a way to clear it. */
    void announceRestored() {
        status.announceRestored();
    }

    /** Ends every subscription of this view to the model: the view can then be collected. */
    void dispose() {
        subscriptions.unsubscribe();
        subscriptions = Subscription.EMPTY;
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    // ----- actions -----

    @FXML
    void openDataset() {
        context.dialogs().chooseDatasetToOpen(window()).ifPresent(context.open());
    }

    /** File › Export… (Ctrl+E): the dialog in the format chosen last time. */
    @FXML
    void openBundledTimeline() {
        context.authoring().whenDiscardable(() -> context.opener().openBundled("timeline"));
    }

    @FXML
    void openBundledRecord() {
        context.authoring().whenDiscardable(() -> context.opener().openBundled("notable-models"));
    }

    @FXML
    void addLayer() {
        context.dialogs().chooseDatasetToOpen(window()).ifPresent(context.opener()::addLayer);
    }

    @FXML
    void addBundledTimeline() {
        context.opener().addBundledLayer("timeline");
    }

    @FXML
    void addBundledRecord() {
        context.opener().addBundledLayer("notable-models");
    }

    @FXML
    void exportPng() {
        export(null);
    }

    /** Opens the export dialog on the current view in {@code format} (null: the one chosen last time). */
    void export(ExportFormat format) {
        ExportContext view = currentView();
        if (view == null) return;
        context.dialogs().showExportDialog(window(), new ExportRequest(view, format, context.prefs()));
    }

    /** The table's Export CSV…: {@code rows} (the table's, in its order) to the file the save dialog names. */
    void exportCsv(java.util.List<org.aitimeline.model.Event> rows, Consumer<String> done) {
        ExportContext view = currentView();
        if (view == null) return;
        TableCsvExport.start(window(), new ExportContext(view.dataset(), rows, view.filter(), view.grouping(),
                view.laneOrder(), view.visibleStart(), view.visibleEnd(), view.locale(), view.dark()),
                context.dialogs(), org.aitimeline.ui.task.TaskRunner.shared(), done);
    }

    /** What an export or a print shows: the filtered events, grouped and ordered as on screen, the visible window. */
    private ExportContext currentView() {
        Dataset d = model.getDataset();
        if (d == null) return null;
        return new ExportContext(d, model.getFilteredEvents(), model.getFilter(), model.getGrouping(), model.getLaneOrder(),
                timeline.getVisibleStart(), timeline.getVisibleEnd(), model.getLocale(), context.prefs().dark());
    }

    /** File › Print… (Ctrl+P): the current view or the whole filtered range, on the platform's printer. */
    @FXML
    void print() {
        ExportContext view = currentView();
        if (view == null) return;
        PosterPrint.print(window(), view, context.dialogs(), context.prefs(), org.aitimeline.ui.task.TaskRunner.shared());
    }

    @FXML
    void quit() {
        Window w = window();
        if (w != null) context.authoring().whenDiscardable(w::hide);
    }

    @FXML
    void zoomIn() {
        timeline.zoomIn();
    }

    @FXML
    void zoomOut() {
        timeline.zoomOut();
    }

    @FXML
    void fitAll() {
        timeline.fitAll();
    }

    @FXML
    void focusSearch() {
        search.focus();
    }

    @FXML
    void clearFilters() {
        model.clearFilters();
    }

    @FXML
    void showShortcuts() {
        context.dialogs().showShortcuts(window(), menuBar);
    }

    @FXML
    void showLegend() {
        context.dialogs().showLegend(window());
    }

    @FXML
    void showAbout() {
        context.dialogs().showAbout(window());
    }

    /** Writes what the view remembers (its panes' sizes); the model's state is written by {@link SessionPreferences}. */
    void saveState() {
        panels.saveState();
        if (timelineColumn.getItems().size() > 1) context.prefs().setTableDivider(timelineColumn.getDividerPositions()[0]);
    }

    public TimelineView timeline() {
        return timeline;
    }
}
