/** Open-Source AI Timeline: an interactive, sourced timeline of the open-source AI movement. */
module org.aitimeline {
    requires javafx.controls;
    requires javafx.fxml;
    requires java.prefs;
    requires java.logging;
    requires com.fasterxml.jackson.core;
    requires org.apache.pdfbox;
    requires com.fasterxml.jackson.dataformat.csv;
    requires info.picocli;
    requires org.controlsfx.controls;
    requires atlantafx.base;
    requires org.kordamp.ikonli.core;
    requires org.kordamp.ikonli.javafx;
    requires org.kordamp.ikonli.feather;

    // No other module builds on this one: each package is exported only to the toolkit that reflects on it.
    // Application.launch instantiates TimelineApp.
    exports org.aitimeline.app to javafx.graphics;
    // main.fxml builds a TimelineView and sets its properties.
    exports org.aitimeline.timeline to javafx.fxml;

    // FXML reflects on controllers; resources (FXML, CSS, bundles, dataset) are read by the toolkit.
    opens org.aitimeline.ui to javafx.fxml, javafx.graphics;
    opens org.aitimeline.timeline to javafx.graphics;
    // picocli sets the annotated option fields reflectively.
    opens org.aitimeline.cli to info.picocli;
}
