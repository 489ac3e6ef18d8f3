package org.aitimeline.ui;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import org.aitimeline.text.Labels;

/** File › Export › one item per format the window writes, each opening the export dialog on that format. */
final class ExportMenu {

    private ExportMenu() {
    }

    static void fill(Menu menu, Labels labels, Consumer<ExportFormat> export) {
        menu.getItems().clear();
        for (ExportFormat f : ExportWriter.offered()) {
            MenuItem item = new MenuItem(labels.get(f.labelKey()) + "…");
            item.setId("export" + f.name().charAt(0) + f.name().substring(1).toLowerCase(Locale.ROOT) + "Item");
            item.setOnAction(e -> export.accept(f));
            menu.getItems().add(item);
        }
    }
}
