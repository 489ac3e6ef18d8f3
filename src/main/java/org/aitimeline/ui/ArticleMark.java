package org.aitimeline.ui;

/**
 * How the article view marks its text: one style class of explorer.css each. The view and the legend both use these,
 * so the legend shows the colours the view draws.
 */
enum ArticleMark {
    /** A passage of the selected event, or the one "Show in article" opened (drawn over {@link #PASSAGE}). */
    CURRENT("passage-current", "legend.article.current"),
    /** A passage some event cites: click it to select the event. */
    PASSAGE("passage", "legend.article.passage"),
    /** A claim the dataset corrects, with a marker behind it (the view's {@code claim-highlight} shapes). */
    CORRECTED("claim-corrected", "legend.article.corrected"),
    /** Page furniture the web page left in the text (menus, ads): not the article. */
    FURNITURE("article-furniture", "legend.article.furniture");

    /** The shapes behind the corrected claims. */
    static final String CLAIM_HIGHLIGHT = "claim-highlight";
    /** The text flow the marks are styled in. */
    static final String TEXT = "article-text";

    private final String styleClass;
    private final String labelKey;

    ArticleMark(String styleClass, String labelKey) {
        this.styleClass = styleClass;
        this.labelKey = labelKey;
    }

    String styleClass() {
        return styleClass;
    }

    /** What the mark means, in the legend. */
    String labelKey() {
        return labelKey;
    }
}
