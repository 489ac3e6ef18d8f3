package org.aitimeline.ui;

import javafx.scene.Node;

/**
 * Where File › Print sends its pages: a platform printer job once the person has confirmed the print dialog (see
 * {@link FxDialogService#choosePrintTarget}), or a recorder in tests, where there is no printer.
 */
public interface PrintTarget {

    /** What to print: the current view or the whole filtered range, split across pages or fitted to one. */
    record Choice(boolean visibleRange, boolean fit) {
    }

    /** What the person chose in the dialog. */
    Choice choice();

    /** The page's printable width, in points, from the platform's page setup. */
    double pageWidth();

    /** The page's printable height, in points. */
    double pageHeight();

    /** Prints one page; false when the printer refused it. Called off the FX thread with a node in no scene. */
    boolean printPage(Node page);

    /** Ends the job: the printer starts printing. */
    boolean end();

    /** Abandons the job (the print was cancelled or failed). */
    void cancel();
}
