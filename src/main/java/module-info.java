/** Open-Source AI Timeline: an interactive, sourced timeline of the open-source AI movement. */
module org.aitimeline {
    requires javafx.controls;
    requires javafx.fxml;
    requires javafx.swing;
    requires java.desktop;
    requires java.prefs;
    requires java.logging;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.dataformat.csv;
    requires info.picocli;
    requires org.controlsfx.controls;
    requires atlantafx.base;
    requires org.kordamp.ikonli.core;
    requires org.kordamp.ikonli.javafx;
    requires org.kordamp.ikonli.feather;

    exports org.aitimeline.model;
    exports org.aitimeline.text;
    exports org.aitimeline.data;
    exports org.aitimeline.timeline;
    exports org.aitimeline.export;
    exports org.aitimeline.cli;
    exports org.aitimeline.app;
    exports org.aitimeline.ui;

    // FXML reflects on controllers; resources (FXML, CSS, bundles, dataset) are read by the toolkit.
    opens org.aitimeline.ui to javafx.fxml, javafx.graphics;
    opens org.aitimeline.timeline to javafx.graphics;
    // picocli sets the annotated option fields reflectively.
    opens org.aitimeline.cli to info.picocli;
}
