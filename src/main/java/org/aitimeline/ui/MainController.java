package org.aitimeline.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.aitimeline.data.DatasetException;
import org.aitimeline.data.DatasetLoader;
import org.aitimeline.export.ExportContext;
import org.aitimeline.model.Dataset;
import org.aitimeline.model.Event;
import org.aitimeline.model.EventFilter;
import org.aitimeline.model.Passage;
import org.aitimeline.text.Labels;
import org.aitimeline.timeline.LaneGrouping;
import org.aitimeline.timeline.LaneOrder;
import org.aitimeline.timeline.TimelineEvent;
import org.aitimeline.timeline.TimelineView;
import org.aitimeline.ui.task.BackgroundTask;
import org.aitimeline.ui.task.TaskRunner;
import org.aitimeline.ui.task.TaskSlot;
import org.controlsfx.control.textfield.TextFields;

/** The main window's controller: wires the menus, toolbar, timeline and status bar to the {@link ExplorerModel}. */
public class MainController {

    /** What the window needs from the application around it. */
    public record Context(ExplorerModel model, DialogService dialogs, UserPreferences prefs, Labels labels,
                          Consumer<Locale> switchLanguage, Consumer<Boolean> switchDark) {
    }

    /** A dataset opens on the stretch of time holding this share of its events (the hint offers the rest). */
    private static final double MOST_EVENTS = 0.85;

    /** Characters a line of an article should hold when it is read (60–80 is comfortable; 14 px text). */
    private static final double ARTICLE_WIDTH = 700;

    @FXML private BorderPane root;
    @FXML private ComboBox<LaneGrouping> groupBy;
    @FXML private HBox searchBox;
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
    @FXML private CheckMenuItem showFiltersItem;
    @FXML private CheckMenuItem showDetailsItem;
    @FXML private CheckMenuItem darkItem;
    @FXML private RadioMenuItem langEnglish;
    @FXML private RadioMenuItem langItalian;
    @FXML private Node filters;
    @FXML private FilterPaneController filtersController;
    @FXML private DetailsController detailsController;
    private SourceController sourceController;

    private Context context;
    private ExplorerModel model;
    private Labels labels;
    private TextField search;
    /** The filter restored from the last session while it is still in force (null once the user changes it). */
    private EventFilter restored;
    /** The divider before the right pane while the event tab is shown, to return to it from an article. */
    private double eventDivider = Double.NaN;
    private final TaskSlot loads = new TaskSlot(TaskRunner.shared());

    void init(Context ctx) {
        this.context = ctx;
        this.model = ctx.model();
        this.labels = ctx.labels();
        search = TextFields.createClearableTextField();
        search.setId("search");
        search.setPromptText(labels.get("search.prompt"));
        search.setPrefColumnCount(24);
        search.setText(model.getFilter().text());
        search.textProperty().addListener((o, a, t) -> {
            if (!t.strip().equals(model.getFilter().text())) model.setFilter(model.getFilter().withText(t));
        });
        searchBox.getChildren().add(search);

        filtersController.init(model);
        detailsController.init(model, this::showInArticle, ctx.dialogs()::openLink);
        rightTabs.getSelectionModel().selectedItemProperty().addListener((o, a, tab) -> {
            if (tab == sourceTab) articles();
        });

        wireTimeline();
        wireGrouping();
        wireLaneOrder();
        wireMenus();
        wireStatus();
        wireArticleWidth();
        root.addEventHandler(DragEvent.DRAG_OVER, this::onDragOver);
        root.addEventHandler(DragEvent.DRAG_DROPPED, this::onDragDropped);
        split.setDividerPositions(ctx.prefs().dividers());
    }

    private void wireTimeline() {
        timeline.setLocale(model.getLocale());
        timeline.setEmptyText(labels.get("timeline.empty"));
        timeline.setLaneTitles(model.laneTitles());
        timeline.setLanePalette(model.lanePalette());
        timeline.getEvents().setAll(model.getFilteredEvents());
        model.getFilteredEvents().addListener((ListChangeListener<Event>) c -> timeline.getEvents().setAll(model.getFilteredEvents()));
        model.datasetProperty().addListener((o, a, d) -> {
            timeline.setLaneTitles(model.laneTitles());
            timeline.setLanePalette(model.lanePalette());
            timeline.fitMostEvents(MOST_EVENTS);
        });
        model.groupingProperty().addListener((o, a, g) -> timeline.setLanePalette(model.lanePalette()));
        timeline.groupingProperty().bindBidirectional(model.groupingProperty());
        timeline.laneOrderProperty().bindBidirectional(model.laneOrderProperty());
        timeline.selectedEventProperty().bindBidirectional(model.selectedEventProperty());
        timeline.addEventHandler(TimelineEvent.EVENT_OPENED, e -> {
            rightTabs.getSelectionModel().select(detailsTab);
            if (!e.getEvent().passages().isEmpty()) showInArticle(e.getEvent().passages().get(0));
        });
        model.selectedEventProperty().addListener((o, a, e) -> {
            if (e != null && rightTabs.getSelectionModel().getSelectedItem() != sourceTab) {
                rightTabs.getSelectionModel().select(detailsTab);
            }
        });
        timeline.fitMostEvents(MOST_EVENTS);
    }

    private void wireGrouping() {
        groupBy.getItems().setAll(LaneGrouping.values());
        groupBy.setConverter(new StringConverter<>() {
            @Override
            public String toString(LaneGrouping g) {
                return g == null ? "" : labels.get("group." + g.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public LaneGrouping fromString(String s) {
                return null;
            }
        });
        groupBy.valueProperty().bindBidirectional(model.groupingProperty());
        RadioMenuItem[] items = {groupOrganization, groupCountry, groupCategory, groupAccess, groupNone};
        radioGroup(items, LaneGrouping.values(), model.getGrouping(), model::setGrouping);
        model.groupingProperty().addListener((o, a, g) -> {
            selectRadio(items, g);
            context.prefs().setGrouping(g);
        });
    }

    private void wireLaneOrder() {
        RadioMenuItem[] items = {orderFirstEvent, orderEventCount, orderName};
        radioGroup(items, LaneOrder.values(), model.getLaneOrder(), model::setLaneOrder);
        model.laneOrderProperty().addListener((o, a, order) -> {
            selectRadio(items, order);
            context.prefs().setLaneOrder(order);
        });
    }

    /** Makes radio menu items of one choice, each item standing for one value. */
    private static <T> void radioGroup(RadioMenuItem[] items, T[] values, T current, Consumer<T> choose) {
        ToggleGroup group = new ToggleGroup();
        for (int i = 0; i < items.length; i++) {
            T value = values[i];
            items[i].setToggleGroup(group);
            items[i].setUserData(value);
            items[i].setSelected(current == value);
            items[i].setOnAction(a -> choose.accept(value));
        }
    }

    private static void selectRadio(RadioMenuItem[] items, Object value) {
        for (RadioMenuItem item : items) item.setSelected(item.getUserData() == value);
    }

    private void wireMenus() {
        showFiltersItem.selectedProperty().addListener((o, a, on) -> togglePanel(filters, on, 0));
        showDetailsItem.selectedProperty().addListener((o, a, on) -> togglePanel(rightTabs, on, split.getItems().size()));
        darkItem.setSelected(context.prefs().dark());
        darkItem.selectedProperty().addListener((o, a, on) -> context.switchDark().accept(on));
        commentaryItem.setSelected(model.getFilter().commentary());
        commentaryItem.selectedProperty().addListener((o, a, on) -> model.setShowCommentary(on));
        model.filterProperty().addListener((o, a, f) -> commentaryItem.setSelected(f.commentary()));
        ToggleGroup langs = new ToggleGroup();
        langEnglish.setToggleGroup(langs);
        langItalian.setToggleGroup(langs);
        boolean italian = "it".equals(model.getLocale().getLanguage());
        (italian ? langItalian : langEnglish).setSelected(true);
        langEnglish.setOnAction(a -> context.switchLanguage().accept(Locale.ENGLISH));
        langItalian.setOnAction(a -> context.switchLanguage().accept(Locale.ITALIAN));
    }

    private void togglePanel(Node panel, boolean show, int index) {
        double[] dividers = split.getDividerPositions();
        if (show && !split.getItems().contains(panel)) {
            split.getItems().add(Math.min(index, split.getItems().size()), panel);
        } else if (!show) {
            split.getItems().remove(panel);
        }
        if (show && split.getItems().size() == 3) split.setDividerPositions(context.prefs().dividers());
        else if (dividers.length > 0 && split.getItems().size() == 2) split.setDividerPositions(panel == filters ? 0.75 : 0.2);
    }

    private void wireStatus() {
        // Every new dataset or filter is counted again, and the counts are a new object each time: one listener.
        model.countsProperty().addListener(o -> updateStatus());
        updateStatus();
    }

    private void updateStatus() {
        Dataset d = model.getDataset();
        // Hidden commentary is not counted: "45 of 45 events" when nothing is filtered.
        statusCount.setText(labels.format("status.count", model.getCounts().matching(), model.getTotal()));
        String words = model.describeFilter();
        statusFilters.setText(words.isEmpty() ? labels.get("status.noFilters") : words);
        statusDataset.setText(d == null ? "" : labels.format("status.dataset", d.title()));
        context.prefs().setFilter(model.getFilter());
        // The filter keeps the query stripped: compare stripped, or typing a space would be undone at once.
        if (!search.getText().strip().equals(model.getFilter().text())) search.setText(model.getFilter().text());
        boolean showRestored = restored != null && restored.equals(model.getFilter()) && !restored.isEmpty();
        if (!showRestored) restored = null;
        restoredBar.setVisible(showRestored);
        restoredBar.setManaged(showRestored);
        if (showRestored) restoredText.setText(labels.format("status.restored", words));
    }

    /** Announces that the current filter was restored from the last session, with a way to clear it. */
    void announceRestored() {
        restored = model.getFilter();
        updateStatus();
    }

    /**
     * An article is read in a column of about {@link #ARTICLE_WIDTH} pixels: opening the Articles tab widens the
     * right pane (to where the user last left it while reading), and going back to the event restores it.
     */
    private void wireArticleWidth() {
        rightTabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (split.getItems().size() < 2 || !split.getItems().contains(rightTabs)) return;
            int last = split.getDividers().size() - 1;
            double width = split.getWidth();
            if (now == sourceTab && width > 0) {
                eventDivider = split.getDividerPositions()[last];
                double saved = context.prefs().articleDivider();
                double wanted = Double.isNaN(saved) ? 1 - Math.min(0.55, ARTICLE_WIDTH / width) : saved;
                if (wanted < eventDivider) split.setDividerPosition(last, wanted);
            } else if (was == sourceTab && !Double.isNaN(eventDivider)) {
                context.prefs().setArticleDivider(split.getDividerPositions()[last]);
                split.setDividerPosition(last, eventDivider);
            }
        });
    }

    private void showInArticle(Passage p) {
        rightTabs.getSelectionModel().select(sourceTab);
        articles().show(p);
    }

    /** The article view, built the first time it is needed: it is hidden behind a tab at start-up. */
    private SourceController articles() {
        if (sourceController == null) {
            FXMLLoader loader = new FXMLLoader(MainController.class.getResource("source.fxml"), labels.bundle());
            try {
                sourceTab.setContent(loader.load());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            sourceController = loader.getController();
            sourceController.init(model);
        }
        return sourceController;
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    // ----- actions -----

    @FXML
    void openDataset() {
        context.dialogs().chooseDatasetToOpen(window()).ifPresent(this::open);
    }

    /** Loads a dataset off the FX thread (a newer load cancels an older one); on failure lists the problems and keeps the current one. */
    public void open(Path file) {
        loads.run(BackgroundTask.of("dataset-load", job -> new DatasetLoader().load(file))
                .onSuccess(d -> {
                    model.setDataset(d);
                    context.prefs().setLastDataset(file.toAbsolutePath().toString());
                })
                .onFailure(t -> {
                    if (t instanceof DatasetException de) {
                        context.dialogs().showDatasetProblems(window(), file, de.problems());
                    } else {
                        context.dialogs().showUnexpected(window(), labels.get("error.load"), t);
                    }
                }));
    }

    private void onDragOver(DragEvent e) {
        if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().stream().anyMatch(f -> f.getName().endsWith(".json"))) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void onDragDropped(DragEvent e) {
        List<File> files = e.getDragboard().getFiles();
        boolean ok = false;
        for (File f : files) {
            if (f.getName().endsWith(".json")) {
                open(f.toPath());
                ok = true;
                break;
            }
        }
        e.setDropCompleted(ok);
        e.consume();
    }

    @FXML
    void exportPng() {
        Dataset d = model.getDataset();
        if (d == null) return;
        context.dialogs().showExportDialog(window(), new ExportContext(d, model.getFilteredEvents(), model.getFilter(),
                model.getGrouping(), model.getLaneOrder(), timeline.getVisibleStart(), timeline.getVisibleEnd(),
                model.getLocale(), context.prefs().dark()));
    }

    @FXML
    void quit() {
        Window w = window();
        if (w != null) w.hide();
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
        search.requestFocus();
        search.selectAll();
    }

    @FXML
    void clearFilters() {
        model.clearFilters();
    }

    @FXML
    void showShortcuts() {
        context.dialogs().showShortcuts(window());
    }

    @FXML
    void showLegend() {
        context.dialogs().showLegend(window());
    }

    @FXML
    void showAbout() {
        context.dialogs().showAbout(window());
    }

    /** Saves what the window remembers (called when it closes). */
    void saveState() {
        if (rightTabs.getSelectionModel().getSelectedItem() == sourceTab && !Double.isNaN(eventDivider)) {
            int last = split.getDividers().size() - 1;
            context.prefs().setArticleDivider(split.getDividerPositions()[last]);
            split.setDividerPosition(last, eventDivider);
        }
        context.prefs().setDividers(split.getDividerPositions());
        context.prefs().setFilter(model.getFilter());
        context.prefs().flush();
    }

    public TimelineView timeline() {
        return timeline;
    }
}
