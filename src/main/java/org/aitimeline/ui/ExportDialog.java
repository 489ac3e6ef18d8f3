package org.aitimeline.ui;

import javafx.stage.Window;
import org.aitimeline.export.ExportContext;

/** File > Export PNG…: options, a live preview and the export itself (placeholder until export lands). */
public final class ExportDialog {

    private final Window owner;
    private final DialogService dialogs;

    public ExportDialog(Window owner, ExportContext context, DialogService dialogs) {
        this.owner = owner;
        this.dialogs = dialogs;
    }

    public void showAndWait() {
        dialogs.showError(owner, "Export PNG", "Not available yet.");
    }
}
