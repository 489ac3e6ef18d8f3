package org.aitimeline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

    @ParameterizedTest
    @ValueSource(strings = {"2023", "2023-03", "2023-03-03", "2025-06~", "2024?", "2024-02-29%", "1999-12"})
    void parseAndPrintRoundTrip(String edtf) {
        assertEquals(edtf, PartialDate.parse(edtf).toEdtf());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-13", "2023-02-30", "2023-00", "23-03", "2023-3", "2023/03", "", "2023-03-03T10", "2023~~"})
    void impossibleOrMalformedDatesAreRefused(String text) {
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse(text));
    }

    @Test
    void rangeCoversTheWholePrecision() {
        PartialDate month = PartialDate.parse("2024-02");
        assertEquals(LocalDate.of(2024, 2, 1), month.start());
        assertEquals(LocalDate.of(2024, 3, 1), month.endExclusive());
        PartialDate year = PartialDate.parse("2023");
        assertEquals(365, year.endEpochDay() - year.startEpochDay());
        PartialDate day = PartialDate.parse("2025-01-20");
        assertEquals(1, day.endEpochDay() - day.startEpochDay());
    }

    @Test
    void qualifiersAreKept() {
        PartialDate d = PartialDate.parse("2025-06~");
        assertTrue(d.approximate());
        assertFalse(d.uncertain());
        assertTrue(d.isQualified());
        PartialDate both = PartialDate.parse("2025%");
        assertTrue(both.approximate() && both.uncertain());
    }


    @Test
    void ordersByStartThenWiderFirst() {
        PartialDate year = PartialDate.parse("2023");
        PartialDate jan = PartialDate.parse("2023-01");
        PartialDate jan1 = PartialDate.parse("2023-01-01");
        PartialDate feb = PartialDate.parse("2023-02");
        assertTrue(year.compareTo(jan) < 0);
        assertTrue(jan.compareTo(jan1) < 0);
        assertTrue(jan1.compareTo(feb) < 0);
    }

    @Test
    void epochDaysAgreeWithTheCalendarOverFourCenturies() {
        // Leap years (1600, 2000, 2024) and non-leap centuries (1700, 1900, 2100) included.
        for (int year = 1600; year <= 2400; year++) {
            PartialDate y = PartialDate.ofYear(year);
            assertEquals(y.start().toEpochDay(), y.startEpochDay(), y.toEdtf());
            assertEquals(y.endExclusive().toEpochDay(), y.endEpochDay(), y.toEdtf());
            for (int month = 1; month <= 12; month++) {
                PartialDate m = PartialDate.ofMonth(year, month);
                assertEquals(m.start().toEpochDay(), m.startEpochDay(), m.toEdtf());
                assertEquals(m.endExclusive().toEpochDay(), m.endEpochDay(), m.toEdtf());
                int last = m.endExclusive().minusDays(1).getDayOfMonth();
                PartialDate d = PartialDate.ofDay(year, month, last);
                assertEquals(d.start().toEpochDay(), d.startEpochDay(), d.toEdtf());
                assertEquals(d.endExclusive().toEpochDay(), d.endEpochDay(), d.toEdtf());
            }
        }
    }
}
