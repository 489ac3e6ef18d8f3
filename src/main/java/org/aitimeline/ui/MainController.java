package org.aitimeline.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
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
import org.aitimeline.model.Passage;
import org.aitimeline.timeline.LaneGrouping;
import org.aitimeline.timeline.TimelineEvent;
import org.aitimeline.timeline.TimelineView;
import org.controlsfx.control.textfield.TextFields;

/** The main window's controller: wires the menus, toolbar, timeline and status bar to the {@link ExplorerModel}. */
public class MainController {

    /** What the window needs from the application around it. */
    public record Context(ExplorerModel model, DialogService dialogs, UserPreferences prefs, ResourceBundle messages,
                          Consumer<Locale> switchLanguage, Consumer<Boolean> switchDark) {
    }

    @FXML private BorderPane root;
    @FXML private ComboBox<LaneGrouping> groupBy;
    @FXML private HBox searchBox;
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
    @FXML private RadioMenuItem groupNone;
    @FXML private CheckMenuItem showFiltersItem;
    @FXML private CheckMenuItem showDetailsItem;
    @FXML private CheckMenuItem darkItem;
    @FXML private RadioMenuItem langEnglish;
    @FXML private RadioMenuItem langItalian;
    @FXML private Node filters;
    @FXML private FilterPaneController filtersController;
    @FXML private DetailsController detailsController;
    @FXML private SourceController sourceController;

    private Context context;
    private ExplorerModel model;
    private ResourceBundle messages;
    private TextField search;

    void init(Context ctx) {
        this.context = ctx;
        this.model = ctx.model();
        this.messages = ctx.messages();
        timeline.setId("timeline");
        groupBy.setId("groupBy");
        split.setId("split");

        search = TextFields.createClearableTextField();
        search.setId("search");
        search.setPromptText(messages.getString("search.prompt"));
        search.setPrefColumnCount(24);
        search.setText(model.getFilter().text());
        search.textProperty().addListener((o, a, t) -> {
            if (!t.equals(model.getFilter().text())) model.setFilter(model.getFilter().withText(t));
        });
        searchBox.getChildren().add(search);

        filtersController.init(model, messages);
        detailsController.init(model, messages, this::showInArticle);
        sourceController.init(model, messages);

        wireTimeline();
        wireGrouping();
        wireMenus();
        wireStatus();
        root.addEventHandler(DragEvent.DRAG_OVER, this::onDragOver);
        root.addEventHandler(DragEvent.DRAG_DROPPED, this::onDragDropped);
        split.setDividerPositions(ctx.prefs().dividers());
    }

    private void wireTimeline() {
        timeline.setLocale(model.getLocale());
        timeline.setEmptyText(messages.getString("timeline.empty"));
        timeline.setLaneTitles(model.laneTitles(messages));
        timeline.getEvents().setAll(model.getFilteredEvents());
        model.getFilteredEvents().addListener((ListChangeListener<Event>) c -> timeline.getEvents().setAll(model.getFilteredEvents()));
        model.datasetProperty().addListener((o, a, d) -> {
            timeline.setLaneTitles(model.laneTitles(messages));
            timeline.fitAll();
        });
        timeline.groupingProperty().bindBidirectional(model.groupingProperty());
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
        timeline.fitAll();
    }

    private void wireGrouping() {
        groupBy.getItems().setAll(LaneGrouping.values());
        groupBy.setConverter(new StringConverter<>() {
            @Override
            public String toString(LaneGrouping g) {
                return g == null ? "" : messages.getString("group." + g.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public LaneGrouping fromString(String s) {
                return null;
            }
        });
        groupBy.valueProperty().bindBidirectional(model.groupingProperty());
        ToggleGroup group = new ToggleGroup();
        RadioMenuItem[] items = {groupOrganization, groupCountry, groupCategory, groupNone};
        for (int i = 0; i < items.length; i++) {
            LaneGrouping g = LaneGrouping.values()[i];
            items[i].setToggleGroup(group);
            items[i].setUserData(g);
            items[i].setSelected(model.getGrouping() == g);
            items[i].setOnAction(a -> model.setGrouping(g));
        }
        model.groupingProperty().addListener((o, a, g) -> {
            for (RadioMenuItem item : items) item.setSelected(item.getUserData() == g);
            context.prefs().setGrouping(g);
        });
    }

    private void wireMenus() {
        showFiltersItem.selectedProperty().addListener((o, a, on) -> togglePanel(filters, on, 0));
        showDetailsItem.selectedProperty().addListener((o, a, on) -> togglePanel(rightTabs, on, split.getItems().size()));
        darkItem.setSelected(context.prefs().dark());
        darkItem.selectedProperty().addListener((o, a, on) -> context.switchDark().accept(on));
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
        Runnable update = () -> {
            Dataset d = model.getDataset();
            int total = d == null ? 0 : d.events().size();
            statusCount.setText(Messages.format(messages, "status.count", model.getFilteredEvents().size(), total));
            String words = model.describeFilter(messages);
            statusFilters.setText(words.isEmpty() ? messages.getString("status.noFilters") : words);
            statusDataset.setText(d == null ? "" : Messages.format(messages, "status.dataset", d.title()));
            context.prefs().setFilter(model.getFilter());
            if (!search.getText().equals(model.getFilter().text())) search.setText(model.getFilter().text());
        };
        model.getFilteredEvents().addListener((ListChangeListener<Event>) c -> update.run());
        model.filterProperty().addListener(o -> update.run());
        model.datasetProperty().addListener(o -> update.run());
        statusCount.setId("statusCount");
        statusFilters.setId("statusFilters");
        update.run();
    }

    private void showInArticle(Passage p) {
        rightTabs.getSelectionModel().select(sourceTab);
        sourceController.show(p);
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    // ----- actions -----

    @FXML
    void openDataset() {
        context.dialogs().chooseDatasetToOpen(window()).ifPresent(this::open);
    }

    /** Loads a dataset off the FX thread; on failure lists the problems and keeps the current one. */
    public void open(Path file) {
        Task<Dataset> task = new Task<>() {
            @Override
            protected Dataset call() throws Exception {
                return new DatasetLoader().load(file);
            }
        };
        task.setOnSucceeded(e -> {
            model.setDataset(task.getValue());
            context.prefs().setLastDataset(file.toAbsolutePath().toString());
        });
        task.setOnFailed(e -> {
            Throwable t = task.getException();
            if (t instanceof DatasetException de) {
                context.dialogs().showDatasetProblems(window(), file, de.problems());
            } else {
                context.dialogs().showError(window(), messages.getString("open.failed"), String.valueOf(t.getMessage()));
            }
        });
        Thread thread = new Thread(task, "dataset-loader");
        thread.setDaemon(true);
        thread.start();
    }

    private void onDragOver(DragEvent e) {
        if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().stream().anyMatch(f -> f.getName().endsWith(".json"))) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void onDragDropped(DragEvent e) {
        List<java.io.File> files = e.getDragboard().getFiles();
        boolean ok = false;
        for (java.io.File f : files) {
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
                model.describeFilter(messages),
                model.getGrouping(), model.laneTitles(messages), timeline.getVisibleStart(), timeline.getVisibleEnd(),
                model.getLocale()));
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
    void showAbout() {
        context.dialogs().showAbout(window());
    }

    /** Saves what the window remembers (called when it closes). */
    void saveState() {
        context.prefs().setDividers(split.getDividerPositions());
        context.prefs().setFilter(model.getFilter());
        context.prefs().flush();
    }

    public TimelineView timeline() {
        return timeline;
    }
}
