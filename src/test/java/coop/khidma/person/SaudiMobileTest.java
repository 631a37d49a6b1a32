package coop.khidma.person;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static coop.khidma.platform.i18n.BrokenRule.assertBroken;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class SaudiMobileTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "0501234567", "501234567", "+966501234567", "00966501234567", "966501234567",
            "050 123 4567", "050-123-4567", "+966 50 123 4567", "(050) 123-4567", "+966 050 123 4567",
            "٠٥٠١٢٣٤٥٦٧", "+٩٦٦٥٠١٢٣٤٥٦٧", "۰۵۰۱۲۳۴۵۶۷", " \u200E0501234567 "})
    void everyUsualFormBecomesTheInternationalForm(String raw) {
        SaudiMobile mobile = SaudiMobile.parse(raw);
        assertEquals("+966501234567", mobile.value());
        assertEquals("0501234567", mobile.national());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "0401234567", "050123456", "05012345678", "50123456", "5012345678", "+966401234567",
            "+97150123456", "+971501234567", "0966501234567", "+0501234567", "96650123456", "05O1234567", "phone"})
    void anythingElseIsRefused(String raw) {
        assertBroken("rule.mobile.invalid", () -> SaudiMobile.parse(raw));
    }

    @Test
    void blankIsRequired() {
        assertBroken("rule.mobile.required", () -> SaudiMobile.parse(null));
        assertBroken("rule.mobile.required", () -> SaudiMobile.parse("  "));
    }

    @Test
    void valueSemanticsAndAMaskedToString() {
        SaudiMobile mobile = SaudiMobile.parse("0551234567");
        assertEquals(SaudiMobile.parse("+966 55 123 4567"), mobile);
        assertEquals(SaudiMobile.parse("+966 55 123 4567").hashCode(), mobile.hashCode());
        assertEquals("+966******567", mobile.toString());
        assertFalse(mobile.toString().contains("1234"));
    }
}
