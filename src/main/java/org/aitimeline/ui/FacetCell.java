package org.aitimeline.ui;

import javafx.beans.property.BooleanProperty;
import javafx.css.PseudoClass;
import javafx.scene.control.ListCell;
import javafx.scene.control.Skin;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.ListCellSkin;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.util.Subscription;
import org.aitimeline.model.Facet;
import org.controlsfx.control.CheckListView;

/**
 * One option of a facet list: a check box, the name (the cell's own text, shortened with an ellipsis, whole in the
 * tooltip) and its count at the right edge. The cell asks for no width of its own, so a long name never gives the
 * list a horizontal scroll bar.
 *
 * <p>Made light because a window shows some forty of them in its first frame: the check box is three regions in the
 * theme's check-box style classes (no control, skin or behaviour of its own; the row takes the clicks), the name is
 * the cell's text and the count a {@link Text}: five nodes and one skin a row where a CheckBox and two Labels in an
 * HBox made ten nodes and four skins. The tooltip is made when the pointer first enters: a tooltip is a popup window
 * with a scene of its own.
 */
final class FacetCell extends ListCell<String> {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass EMPTY_OPTION = PseudoClass.getPseudoClass("empty-option");
    /** Space between the name and the count. */
    private static final double COUNT_GAP = 6;

    private final CheckListView<String> list;
    private final Facet facet;
    private final ExplorerModel model;
    private final StackPane check = new StackPane();
    private final Text count = new Text();
    private Tooltip tooltip;
    private BooleanProperty checked;
    private Subscription follow = Subscription.EMPTY;

    FacetCell(CheckListView<String> list, Facet facet, ExplorerModel model) {
        this.list = list;
        this.facet = facet;
        this.model = model;
        getStyleClass().add("facet-cell");
        check.getStyleClass().add("check-box");
        StackPane box = new StackPane();
        box.getStyleClass().add("box");
        Region mark = new Region();
        mark.getStyleClass().add("mark");
        box.getChildren().add(mark);
        check.getChildren().add(box);
        count.getStyleClass().add("facet-count");
        setPrefWidth(0);
        // A click anywhere on the row ticks the option; the list keeps the keyboard (arrows, Space). A press on the box
        // itself does not select the row, as a check box's does not: selecting would focus the list and scroll the pane
        // to it, moving the box from under the pointer before the release.
        check.addEventHandler(MouseEvent.MOUSE_PRESSED, MouseEvent::consume);
        setOnMouseClicked(e -> {
            if (checked != null) checked.set(!checked.get());
        });
        // Entered comes before the moves a tooltip waits for, so the first hover already shows it.
        addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
            if (tooltip == null && !isEmpty() && getItem() != null) {
                tooltip = new Tooltip(tooltipText(getItem()));
                setTooltip(tooltip);
            }
        });
    }

    private String tooltipText(String item) {
        return model.facetValue(facet, item) + " (" + model.getCounts().count(facet, item) + ")";
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        follow.unsubscribe();
        follow = Subscription.EMPTY;
        checked = null;
        if (empty || item == null) {
            setGraphic(null);
            setText(null);
            setTooltip(null);
            count.setText("");
            return;
        }
        checked = list.getItemBooleanProperty(item);
        if (checked != null) follow = checked.subscribe(on -> check.pseudoClassStateChanged(SELECTED, on));
        int n = model.getCounts().count(facet, item);
        setText(model.facetValue(facet, item));
        count.setText(Integer.toString(n));
        pseudoClassStateChanged(EMPTY_OPTION, n == 0);
        if (tooltip != null) tooltip.setText(tooltipText(item));
        setTooltip(tooltip);
        setGraphic(check);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new FacetCellSkin(this, count);
    }

    /** A list cell's look with the count kept at the right edge, the name shortened to the width left of it. */
    private static final class FacetCellSkin extends ListCellSkin<String> {
        private final Text count;

        FacetCellSkin(FacetCell cell, Text count) {
            super(cell);
            this.count = count;
            getChildren().add(count);
        }

        @Override
        protected void updateChildren() {
            super.updateChildren(); // sets the text and graphic as the children again
            if (count != null) getChildren().add(count);
        }

        @Override
        protected void layoutChildren(double x, double y, double w, double h) {
            double width = count.getText().isEmpty() ? 0 : count.getLayoutBounds().getWidth();
            layoutLabelInArea(x, y, Math.max(0, w - width - (width > 0 ? COUNT_GAP : 0)), h);
            count.relocate(x + w - width, y + (h - count.getLayoutBounds().getHeight()) / 2);
        }
    }
}
