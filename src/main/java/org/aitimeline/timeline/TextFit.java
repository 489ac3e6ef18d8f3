package org.aitimeline.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Measures, shortens and wraps text with the real font (a JavaFX {@link Text} node per thread), for lane headers,
 * the export's title, legend and footer. Work is bounded whatever the input: text beyond {@link #MAX_CHARS}
 * characters is never measured (no line shows that much), and shortening is a binary search, not a loop.
 */
public final class TextFit {

    /** Longer text is cut before measuring: a 10 MB name must not cost minutes of text layout. */
    static final int MAX_CHARS = 400;
    private static final ThreadLocal<Text> PROBE = ThreadLocal.withInitial(Text::new);
    private static final Map<String, Double> WIDTHS = new ConcurrentHashMap<>();

    private TextFit() {
    }

    /** Width of {@code text} in {@code font} (at most {@link #MAX_CHARS} characters are measured). */
    public static double width(String text, Font font) {
        String t = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        String key = font.getName() + '\u0000' + font.getSize() + '\u0000' + t;
        Double cached = WIDTHS.get(key);
        if (cached != null) return cached;
        Text probe = PROBE.get();
        probe.setFont(font);
        probe.setText(t);
        double w = probe.getLayoutBounds().getWidth();
        if (WIDTHS.size() > 20_000) WIDTHS.clear();
        WIDTHS.put(key, w);
        return w;
    }

    private static final Map<String, double[]> LINES = new ConcurrentHashMap<>();

    /**
     * A line of {@code font}: {ascent (from the line's top to its baseline), height}, as the canvas places text;
     * the vector surfaces place their baselines with it.
     */
    static double[] lineMetrics(Font font) {
        return LINES.computeIfAbsent(font.getName() + '\u0000' + font.getSize(), k -> {
            Text probe = new Text("Hg");
            probe.setFont(font);
            probe.setTextOrigin(javafx.geometry.VPos.TOP);
            return new double[] {probe.getBaselineOffset(), probe.getLayoutBounds().getHeight()};
        });
    }

    /** {@code text}, or its longest prefix that with "…" fits in {@code max} pixels ("…" when none does). */
    public static String fit(String text, double max, Font font) {
        String fitted = fit(text, max, (TextWidth) t -> width(t, font));
        return fitted.isEmpty() && !text.isEmpty() ? "…" : fitted;
    }

    /**
     * The one ellipsis rule, for the window's titles and the export's lines alike: {@code text} if it fits in
     * {@code max} pixels, else its longest prefix that with "…" fits, else "". Binary search, at most
     * {@link #MAX_CHARS} characters measured.
     */
    public static String fit(String text, double max, TextWidth width) {
        if (text.length() <= MAX_CHARS && width.of(text) <= max) return text;
        String t = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        int lo = 0;
        int hi = t.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (width.of(t.substring(0, mid).stripTrailing() + "…") <= max) lo = mid;
            else hi = mid - 1;
        }
        return lo == 0 ? "" : t.substring(0, lo).stripTrailing() + "…";
    }

    /** {@code text} broken at spaces into lines no wider than {@code max} (a word too long is shortened). */
    public static List<String> wrap(String text, double max, Font font) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && width(candidate, font) > max) {
                lines.add(line.toString());
                line = new StringBuilder(fit(word, max, font));
            } else {
                line = new StringBuilder(line.length() == 0 ? fit(word, max, font) : candidate);
            }
        }
        if (line.length() > 0) lines.add(line.toString());
        return lines;
    }
}
