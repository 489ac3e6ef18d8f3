package org.aitimeline.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** Label widths from the advance table agree with JavaFX's own text layout, typographic and CJK text included. */
@ExtendWith(ApplicationExtension.class)
class FontMetricsTableTest {

    @Test
    void widthsMatchTheLaidOutTextWithinAPixelOrTwo() {
        Font font = Font.font(13);
        FontMetricsTable table = new FontMetricsTable(font);
        for (String s : new String[] {"Meta releases Llama 3.1", "Google’s internal “no moat” memo leaks",
                "Baidu – ERNIE 4.5 … 2025", "北京智源人工智能研究院 releases OpenSeek", "Ça va, Zürich, Łódź"}) {
            Text text = new Text(s);
            text.setFont(font);
            double laidOut = text.getLayoutBounds().getWidth();
            assertEquals(laidOut, table.of(s), Math.max(2, laidOut * 0.02), s);
        }
    }
}
