package org.aitimeline.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;
import org.aitimeline.model.PartialDate;
import org.junit.jupiter.api.Test;

class DateTextTest {

    @Test
    void formatNeverInventsADay() {
        assertEquals("Mar 2023", DateText.format(PartialDate.parse("2023-03"), Locale.ENGLISH));
        assertEquals("c. 2024", DateText.format(PartialDate.parse("2024~"), Locale.ENGLISH));
        assertEquals("3 Mar 2023", DateText.format(PartialDate.parse("2023-03-03"), Locale.ENGLISH));
        assertEquals("2024?", DateText.format(PartialDate.parse("2024?"), Locale.ENGLISH));
        assertEquals("ca. giu 2025", DateText.format(PartialDate.parse("2025-06~"), Locale.ITALIAN));
    }

    @Test
    void inFullWritesTheMonthOutInTheLanguagesOwnCase() {
        assertEquals("4 May 2023", DateText.inFull(PartialDate.parse("2023-05-04"), Locale.ENGLISH));
        assertEquals("4 maggio 2023", DateText.inFull(PartialDate.parse("2023-05-04"), Locale.ITALIAN));
        assertEquals("c. March 2023", DateText.inFull(PartialDate.parse("2023-03~"), Locale.ENGLISH));
        assertEquals("ca. giugno 2025", DateText.inFull(PartialDate.parse("2025-06~"), Locale.ITALIAN));
        assertEquals("2024?", DateText.inFull(PartialDate.parse("2024?"), Locale.ITALIAN));
    }

    @Test
    void monthRangesSayEachMonthOnce() {
        LocalDate jan = LocalDate.of(2025, 1, 3);
        assertEquals("Jan 2025", DateText.monthRange(jan, LocalDate.of(2025, 1, 31), Locale.ENGLISH));
        assertEquals("Jan – Feb 2025", DateText.monthRange(jan, LocalDate.of(2025, 2, 1), Locale.ENGLISH));
        assertEquals("dic 2024 – gen 2025", DateText.monthRange(LocalDate.of(2024, 12, 1), jan, Locale.ITALIAN));
    }

    @Test
    void dayRangesShareTheirMonthAndYear() {
        assertEquals("3 – 9 Mar 2023", DateText.dayRange(LocalDate.of(2023, 3, 3), LocalDate.of(2023, 3, 9), Locale.ENGLISH));
        assertEquals("28 Feb – 3 Mar 2023", DateText.dayRange(LocalDate.of(2023, 2, 28), LocalDate.of(2023, 3, 3), Locale.ENGLISH));
    }
}
