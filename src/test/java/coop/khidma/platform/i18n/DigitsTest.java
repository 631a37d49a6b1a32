package coop.khidma.platform.i18n;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DigitsTest {

    @Test
    void arabicIndicDigitsBecomeAscii() {
        assertEquals("0123456789", Digits.toAscii("٠١٢٣٤٥٦٧٨٩"));
    }

    @Test
    void persianDigitsBecomeAscii() {
        assertEquals("0123456789", Digits.toAscii("۰۱۲۳۴۵۶۷۸۹"));
    }

    @Test
    void everythingElseIsKept() {
        assertEquals("رقم 05-12 abc", Digits.toAscii("رقم ٠٥-١٢ abc"));
        assertEquals("+966 50 (12)", Digits.toAscii("+٩٦٦ ۵٠ (12)"));
        assertEquals("", Digits.toAscii(""));
    }

    @Test
    void theCodePointsJustOutsideTheRangesAreNotDigits() {
        assertEquals("\u065F\u066A\u06EF\u06FA", Digits.toAscii("\u065F\u066A\u06EF\u06FA"));
    }

    @Test
    void nullStaysNull() {
        assertNull(Digits.toAscii(null));
    }
}
