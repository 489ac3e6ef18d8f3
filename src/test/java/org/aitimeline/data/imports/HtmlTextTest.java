package org.aitimeline.data.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** HTML to text: parsed, never interpreted. */
class HtmlTextTest {

    private static String text(String html) {
        return HtmlText.of(html).text();
    }

    @Test
    void entitiesAreDecodedOnceAndUnknownOnesKept() {
        assertEquals("a & b < c “d” é ✓", text("a &amp; b &lt; c &ldquo;d&rdquo; &#233; &#x2713;&nbsp;"));
        assertEquals("&amp;", text("&amp;amp;"), "decoded once, not twice");
        assertEquals("&bogus; x", text("&bogus; x"));
        assertEquals("\uFFFD", text("&#0;"));
        assertEquals("\uFFFD", text("&#xD800;"), "a surrogate is not a character");
    }

    @Test
    void hiddenElementsGoWithTheirContentEvenUnclosed() {
        assertEquals("ab", text("a<script>var x = '</p>';</script>b"));
        assertEquals("a", text("a<style>p{}"), "an unclosed style hides the rest, as in a browser");
        assertEquals("ab", text("a<!-- <b>c</b> -->b"));
        assertEquals("ab", text("a<ScRiPt type=\"x\">c</sCrIpT>b"));
    }

    @Test
    void blocksBreakLinesAndSpaceCollapses() {
        assertEquals("One\nTwo three\nfour", text("<p>One</p>\n\n<p>Two   \t three</p><br/><br>four"));
        assertEquals("a < b > c", text("a < b > c"), "a '<' that opens no tag is text");
        assertEquals("x", text("<a title='1 > 0'>x</a>"), "a '>' inside a quoted attribute does not end the tag");
        assertEquals("ab", text("a\u202Eb\u0007"), "bidi overrides and control characters removed");
    }

    @Test
    void webLinksAreCollectedWithTheirText() {
        HtmlText h = HtmlText.of("<a href=\"https://example.org/?a=1&amp;b=2\">one <b>bold</b></a>, "
                + "<a href=javascript:alert(1)>js</a>, <a HREF='http://x.example'>two</a>, <a name=n>anchor</a>");
        assertEquals(List.of(new HtmlText.Link("https://example.org/?a=1&b=2", "one bold"),
                new HtmlText.Link("http://x.example", "two")), h.links());
    }
}
