package org.aitimeline.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import org.aitimeline.model.Source;
import org.aitimeline.text.DateText;
import org.aitimeline.text.Labels;

/**
 * The article view's header: where the open article was published, who wrote it and when ("ihal.it · Fantasy ·
 * published c. October 2023"), each part only when the dataset knows it, and its address as a link that opens in the
 * browser (never inside the app) or is copied from its context menu.
 */
final class ArticleHeader {

    private final VBox box;
    private final Label byline = new Label();
    private final Hyperlink link = new Hyperlink();
    private final Consumer<String> openLink;
    private String url = "";

    /** Fills {@code box}; {@code openLink} opens an address in the system browser. */
    ArticleHeader(VBox box, Consumer<String> openLink) {
        this.box = box;
        this.openLink = openLink;
        byline.setId("articleByline");
        byline.setWrapText(true);
        byline.getStyleClass().add("article-byline");
        link.setId("articleLink");
        link.setOnAction(a -> {
            openLink.accept(url);
            link.setVisited(false);
        });
        box.getChildren().setAll(byline, link);
        show(null, null, null);
    }

    /** Shows what is known of {@code s}; nothing when no article is open. */
    void show(Source s, Labels labels, Locale locale) {
        String text = s == null ? "" : byline(s, labels, locale);
        url = s == null ? "" : s.url();
        byline.setText(text);
        link.setText(url);
        shown(byline, !text.isEmpty());
        shown(link, !url.isEmpty());
        shown(box, !text.isEmpty() || !url.isEmpty());
        if (url.isEmpty()) return;
        link.setTooltip(new Tooltip(labels.format("source.openLink", url)));
        MenuItem copy = new MenuItem(labels.get("source.copyLink"));
        String address = url;
        copy.setOnAction(a -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(address);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        link.setContextMenu(new ContextMenu(copy));
    }

    /** Outlet · author · publication date, leaving out what is not known (so no separator dangles). */
    static String byline(Source s, Labels labels, Locale locale) {
        List<String> parts = new ArrayList<>();
        if (!s.outlet().isBlank()) parts.add(s.outlet());
        if (!s.author().isBlank()) parts.add(s.author());
        if (s.published() != null) parts.add(labels.format("source.published", DateText.inFull(s.published(), locale)));
        return String.join("  ·  ", parts);
    }

    private static void shown(javafx.scene.Node n, boolean visible) {
        n.setVisible(visible);
        n.setManaged(visible);
    }
}
