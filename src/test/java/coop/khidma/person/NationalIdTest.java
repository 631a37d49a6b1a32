package coop.khidma.person;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static coop.khidma.platform.i18n.BrokenRule.assertBroken;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NationalIdTest {

    /** Worked by hand: 1→2, 2, 3→6, 4, 5→10→1, 6, 7→14→5, 8, 9→18→9 = 43, so the check digit is 7. */
    private static final String CITIZEN = "1234567897";
    /** 2→4, then zeros: 4 + 6 = 10. */
    private static final String RESIDENT = "2000000006";

    @Test
    void citizenAndResidentAreAccepted() {
        assertTrue(NationalId.parse(CITIZEN).isCitizen());
        assertFalse(NationalId.parse(RESIDENT).isCitizen());
        assertEquals(CITIZEN, NationalId.parse(CITIZEN).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1000000008", "1111111116", "2222222222", "1987654322", "2468013574"})
    void idsWhoseCheckDigitIsComputedHereAreAccepted(String id) {
        assertEquals(id, NationalId.parse(id.substring(0, 9) + checkDigit(id.substring(0, 9))).value());
    }

    @Test
    void everyOtherLastDigitIsRefused() {
        for (char last = '0'; last <= '9'; last++) {
            String id = CITIZEN.substring(0, 9) + last;
            if (last == '7') {
                assertEquals(id, NationalId.parse(id).value());
            } else {
                assertBroken("rule.nationalId.checkDigit", () -> NationalId.parse(id));
            }
        }
    }

    @Test
    void aSingleMistypedDigitAnywhereIsRefused() {
        for (int i = 1; i < 9; i++) {
            char wrong = CITIZEN.charAt(i) == '0' ? '1' : '0';
            String id = CITIZEN.substring(0, i) + wrong + CITIZEN.substring(i + 1);
            assertBroken("rule.nationalId.checkDigit", () -> NationalId.parse(id));
        }
    }

    @Test
    void arabicIndicPersianSpacesAndDashesAreRead() {
        assertEquals(CITIZEN, NationalId.parse("١٢٣٤٥٦٧٨٩٧").value());
        assertEquals(CITIZEN, NationalId.parse("۱۲۳۴۵۶۷۸۹۷").value());
        assertEquals(CITIZEN, NationalId.parse("  1 234-567-897\t").value());
        assertEquals(CITIZEN, NationalId.parse("\u200F١٢٣٤ ٥٦٧ ٨٩٧").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789", "12345678970", "12345678a7", "+1234567897", "1234567897."})
    void notExactlyTenDigitsIsRefused(String raw) {
        assertBroken("rule.nationalId.length", () -> NationalId.parse(raw));
    }

    @Test
    void onlyOneAndTwoStartAnId() {
        assertBroken("rule.nationalId.prefix", () -> NationalId.parse("3000000004")); // check digit holds
        assertBroken("rule.nationalId.prefix", () -> NationalId.parse("0000000000"));
        assertBroken("rule.nationalId.prefix", () -> NationalId.parse("900000000" + checkDigit("900000000")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t"})
    void blankIsRequired(String raw) {
        assertBroken("rule.nationalId.required", () -> NationalId.parse(raw));
        assertBroken("rule.nationalId.required", () -> NationalId.parse(null));
    }

    @Test
    void valueSemanticsAndAMaskedToString() {
        assertEquals(NationalId.parse(CITIZEN), NationalId.parse("١٢٣٤٥٦٧٨٩٧"));
        assertEquals(NationalId.parse(CITIZEN).hashCode(), NationalId.parse("١٢٣٤٥٦٧٨٩٧").hashCode());
        assertNotEquals(NationalId.parse(CITIZEN), NationalId.parse(RESIDENT));
        assertEquals("******7897", NationalId.parse(CITIZEN).toString());
        assertFalse(NationalId.parse(CITIZEN).toString().contains("123456"));
    }

    /** The Saudi check digit, computed independently: double the odd positions, subtract 9 above 9, and complete to ten. */
    private static char checkDigit(String nine) {
        int sum = 0;
        for (int position = 1; position <= 9; position++) {
            int digit = nine.charAt(position - 1) - '0';
            int weighted = position % 2 == 1 ? digit * 2 : digit;
            sum += weighted > 9 ? weighted - 9 : weighted;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }
}
