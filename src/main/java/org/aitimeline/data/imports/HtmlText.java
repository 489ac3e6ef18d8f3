package org.aitimeline.data.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An HTML fragment (a TimelineJS headline or text) reduced to plain text: tags parsed out, never interpreted —
 * script, style and embedded content dropped with what they contain, nothing loaded; block tags become line breaks,
 * entities are decoded, control characters removed, white space collapsed. The web links of {@code <a href>} are
 * collected so the importer can keep them as evidence.
 *
 * @param text the visible text
 * @param links the {@code http(s)} links in document order, each with its anchor text
 */
record HtmlText(String text, List<Link> links) {

    /** One {@code <a href>}: its web address and its text. */
    record Link(String url, String text) {
    }

    /** Elements whose content is never text a reader sees. */
    private static final Set<String> HIDDEN = Set.of("script", "style", "iframe", "object", "embed", "template",
            "noscript", "svg", "math", "head", "title", "textarea", "select", "audio", "video", "canvas");
    private static final Set<String> BLOCK = Set.of("p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5",
            "h6", "blockquote", "tr", "table", "section", "article", "header", "footer", "hr", "pre", "dd", "dt", "figcaption");
    private static final Map<String, String> ENTITIES = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("ndash", "–"), Map.entry("mdash", "—"),
            Map.entry("hellip", "…"), Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"), Map.entry("ldquo", "“"),
            Map.entry("rdquo", "”"), Map.entry("laquo", "«"), Map.entry("raquo", "»"), Map.entry("copy", "©"),
            Map.entry("reg", "®"), Map.entry("trade", "™"), Map.entry("euro", "€"), Map.entry("pound", "£"),
            Map.entry("middot", "·"), Map.entry("bull", "•"), Map.entry("deg", "°"), Map.entry("times", "×"),
            Map.entry("agrave", "à"), Map.entry("egrave", "è"), Map.entry("eacute", "é"), Map.entry("igrave", "ì"),
            Map.entry("ograve", "ò"), Map.entry("ugrave", "ù"), Map.entry("Agrave", "À"), Map.entry("Egrave", "È"),
            Map.entry("Eacute", "É"), Map.entry("ccedil", "ç"), Map.entry("uuml", "ü"), Map.entry("ouml", "ö"),
            Map.entry("auml", "ä"), Map.entry("szlig", "ß"), Map.entry("ntilde", "ñ"));

    static HtmlText of(String html) {
        if (html == null || html.isEmpty()) return new HtmlText("", List.of());
        StringBuilder out = new StringBuilder(html.length());
        List<Link> links = new ArrayList<>();
        String href = null;
        int linkStart = 0;
        int n = html.length();
        int i = 0;
        while (i < n) {
            char c = html.charAt(i);
            if (c != '<') {
                int next = html.indexOf('<', i);
                if (next < 0) next = n;
                out.append(html, i, next);
                i = next;
                continue;
            }
            if (html.startsWith("<!--", i)) {
                int end = html.indexOf("-->", i + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            int end = tagEnd(html, i + 1);
            if (end < 0) {
                // A lone '<' that opens no tag is text ("a < b").
                out.append('<');
                i++;
                continue;
            }
            String tag = html.substring(i + 1, end);
            i = end + 1;
            boolean closing = tag.startsWith("/");
            String name = name(tag, closing ? 1 : 0);
            if (name.isEmpty()) {
                if (!closing && !tag.startsWith("!") && !tag.startsWith("?")) out.append('<').append(tag).append('>');
                continue;
            }
            if (!closing && HIDDEN.contains(name)) {
                // Skip to the matching end tag (or to the end: an unclosed script hides the rest, as a browser would).
                int close = indexOfIgnoreCase(html, "</" + name, i);
                if (close < 0) {
                    i = n;
                } else {
                    int closeEnd = html.indexOf('>', close);
                    i = closeEnd < 0 ? n : closeEnd + 1;
                }
                continue;
            }
            if (BLOCK.contains(name)) out.append('\n');
            if (name.equals("a")) {
                if (!closing) {
                    href = attribute(tag, "href");
                    linkStart = out.length();
                } else if (href != null) {
                    String url = decode(href).strip();
                    String lower = url.toLowerCase(Locale.ROOT);
                    if (lower.startsWith("https://") || lower.startsWith("http://")) {
                        links.add(new Link(url, clean(decode(out.substring(linkStart)))));
                    }
                    href = null;
                }
            }
        }
        return new HtmlText(clean(decode(out.toString())), List.copyOf(links));
    }

    /** The index of the '>' that ends a tag opened just before {@code from}, skipping quoted attribute values. */
    private static int tagEnd(String html, int from) {
        if (from >= html.length()) return -1;
        char first = html.charAt(from);
        if (!(Character.isLetter(first) || first == '/' || first == '!' || first == '?')) return -1;
        char quote = 0;
        for (int i = from; i < html.length(); i++) {
            char c = html.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i;
            }
        }
        return -1;
    }

    private static String name(String tag, int from) {
        int i = from;
        while (i < tag.length() && (Character.isLetterOrDigit(tag.charAt(i)) || tag.charAt(i) == '-')) i++;
        return tag.substring(from, i).toLowerCase(Locale.ROOT);
    }

    /** An attribute's raw value in a start tag, or null. */
    static String attribute(String tag, String attribute) {
        String lower = tag.toLowerCase(Locale.ROOT);
        int i = 0;
        while ((i = lower.indexOf(attribute, i)) >= 0) {
            boolean startsName = i > 0 && Character.isWhitespace(lower.charAt(i - 1));
            int j = i + attribute.length();
            while (j < tag.length() && Character.isWhitespace(tag.charAt(j))) j++;
            if (startsName && j < tag.length() && tag.charAt(j) == '=') {
                j++;
                while (j < tag.length() && Character.isWhitespace(tag.charAt(j))) j++;
                if (j >= tag.length()) return "";
                char q = tag.charAt(j);
                if (q == '"' || q == '\'') {
                    int close = tag.indexOf(q, j + 1);
                    return tag.substring(j + 1, close < 0 ? tag.length() : close);
                }
                int k = j;
                while (k < tag.length() && !Character.isWhitespace(tag.charAt(k))) k++;
                return tag.substring(j, k);
            }
            i = j;
        }
        return null;
    }

    private static int indexOfIgnoreCase(String s, String what, int from) {
        for (int i = from; i <= s.length() - what.length(); i++) {
            if (s.regionMatches(true, i, what, 0, what.length())) return i;
        }
        return -1;
    }

    /** Character references decoded: named ones from a short table (others kept as written), numeric ones all. */
    static String decode(String s) {
        int amp = s.indexOf('&');
        if (amp < 0) return s;
        StringBuilder sb = new StringBuilder(s.length());
        sb.append(s, 0, amp);
        int i = amp;
        while (i < s.length()) {
            char c = s.charAt(i);
            int semi = c == '&' ? s.indexOf(';', i) : -1;
            if (semi < 0 || semi - i > 12) {
                sb.append(c);
                i++;
                continue;
            }
            String ref = s.substring(i + 1, semi);
            String decoded = ref.startsWith("#") ? codePoint(ref.substring(1)) : ENTITIES.get(ref);
            if (decoded == null) {
                sb.append(c);
                i++;
            } else {
                sb.append(decoded);
                i = semi + 1;
            }
        }
        return sb.toString();
    }

    private static String codePoint(String number) {
        try {
            int cp = number.startsWith("x") || number.startsWith("X") ? Integer.parseInt(number.substring(1), 16)
                    : Integer.parseInt(number);
            // NUL, surrogates and values past Unicode are replaced, as HTML does.
            if (cp <= 0 || cp > Character.MAX_CODE_POINT || cp >= 0xd800 && cp <= 0xdfff) return "\uFFFD";
            return new String(Character.toChars(cp));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Collapses white space (one space inside a line, no blank lines), and drops control and bidirectional-override
     * characters, which the dataset's text rules refuse.
     */
    static String clean(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        boolean newline = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                newline = sb.length() > 0;
                space = false;
            } else if (Character.isWhitespace(c) || c == '\u00a0') {
                space = sb.length() > 0 && !newline;
            } else if (c < 0x20 || c >= 0x7f && c <= 0x9f || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069
                    || Character.isSurrogate(c) && !paired(s, i)) {
                continue;
            } else {
                if (newline) sb.append('\n');
                else if (space) sb.append(' ');
                newline = false;
                space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean paired(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
