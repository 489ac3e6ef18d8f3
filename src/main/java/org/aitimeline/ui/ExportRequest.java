package org.aitimeline.ui;

import org.aitimeline.export.ExportContext;

/**
 * What File › Export opens its dialog with: the view to export, the format asked for (null: the one chosen last
 * time) and where the dialog's choices are remembered (null: nowhere, as in a benchmark).
 */
public record ExportRequest(ExportContext context, ExportFormat format, UserPreferences prefs) {
}
