package org.aitimeline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javafx.stage.Stage;
import org.aitimeline.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The SVG poster: well-formed XML whose text is text, with the poster's metadata. */
@ExtendWith(ApplicationExtension.class)
class SvgExportTest {

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        // The toolkit measures the text.
    }

    static Document parse(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    @Test
    void everyEventTitleIsATextElement() throws Exception {
        ExportContext context = TimelineImageTest.bundledContext();
        TimelineImage image = TimelineImage.layout(context, new TimelineImage.Options(TimelineImage.Range.ALL, 0, 1, "", null));
        Path svg = dir.resolve("poster.svg");
        image.writeSvg(svg);
        Document doc = parse(svg);
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        assertEquals(String.valueOf(image.width()), doc.getDocumentElement().getAttribute("width"));
        NodeList texts = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        Set<String> shown = new HashSet<>();
        for (int i = 0; i < texts.getLength(); i++) shown.add(texts.item(i).getTextContent());
        for (Event e : context.events()) {
            String title = e.title().in(Locale.ENGLISH);
            assertTrue(shown.contains(title), "no <text> for " + title);
        }
        assertEquals(image.title(), doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0).getTextContent());
        assertTrue(Files.readString(svg).contains("<dc:creator>" + TimelineImage.software() + "</dc:creator>"));
    }

    @Test
    void hostileTextIsEscaped() throws Exception {
        ExportContext context = TimelineImageTest.bundledContext();
        String title = "<script>alert('x')</script> & \"quotes\" \u0001\u0007 ]]>";
        TimelineImage image = TimelineImage.layout(context, new TimelineImage.Options(TimelineImage.Range.ALL, 1200, 1, title, null));
        Path svg = dir.resolve("hostile.svg");
        image.writeSvg(svg);
        Document doc = parse(svg);
        assertEquals(0, doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "script").getLength());
        assertEquals("<script>alert('x')</script> & \"quotes\"  ]]>",
                doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0).getTextContent());
    }
}
