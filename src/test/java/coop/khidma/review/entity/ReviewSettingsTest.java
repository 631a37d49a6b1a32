package coop.khidma.review.entity;

import coop.khidma.audit.entity.Change;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static coop.khidma.platform.i18n.BrokenRule.assertBroken;
import static org.assertj.core.api.Assertions.assertThat;

class ReviewSettingsTest {

    private static final Instant AT = Instant.parse("2026-03-01T06:00:00Z");

    @Test
    void theDefaultsAreTwoWorkingWeeksFloorFourteenDaysCeilingThreeDaysReminder() {
        ReviewSettings settings = ReviewSettings.defaults();
        assertThat(settings.floorWorkingDays()).isEqualTo(10);
        assertThat(settings.ceilingWorkingDays()).isEqualTo(14);
        assertThat(settings.reminderWorkingDays()).isEqualTo(3);
    }

    @Test
    void anAdminChangesTheWindowWithinItsRules() {
        ReviewSettings settings = ReviewSettings.defaults();
        assertBroken("rule.review.negativeDays", () -> settings.change(-1, 14, 3, "admin", AT));
        assertBroken("rule.review.floorAfterCeiling", () -> settings.change(15, 14, 3, "admin", AT));
        assertBroken("rule.review.tooLong", () -> settings.change(10, 121, 3, "admin", AT));
        assertBroken("rule.review.reminderTooEarly", () -> settings.change(10, 14, 15, "admin", AT));
        Change change = settings.change(14, 14, 14, "admin", AT);
        assertThat(change.before()).isEqualTo("10/14/3");
        assertThat(change.after()).isEqualTo("14/14/14");
        settings.change(10, 120, 0, "admin", AT);
        assertThat(settings.ceilingWorkingDays()).isEqualTo(120);
    }

    @Test
    void theFloorIsRaisedNeverSetBelowTwoWorkingWeeks() {
        ReviewSettings settings = ReviewSettings.defaults();
        var broken = assertBroken("rule.review.floorUnderTwoWeeks", () -> settings.change(9, 14, 3, "admin", AT));
        assertThat(broken.arguments()).containsExactly(9, 10);
        assertBroken("rule.review.floorUnderTwoWeeks", () -> settings.change(0, 14, 3, "admin", AT));
        assertBroken("rule.review.floorUnderTwoWeeks", () -> settings.change(5, 5, 0, "admin", AT));
        assertThat(settings.floorWorkingDays()).isEqualTo(10);
        assertBroken("rule.review.floorAfterCeiling", () -> settings.change(12, 11, 3, "admin", AT));
        settings.change(12, 16, 3, "admin", AT);
        assertThat(settings.floorWorkingDays()).isEqualTo(12);
    }

    @Test
    void holidaysNeedNamesInBothLanguages() {
        assertBroken("rule.holiday.name", () -> new Holiday(LocalDate.of(2026, 3, 1), " ", "x", HolidaySource.ADMIN));
        assertThat(new Holiday(LocalDate.of(2026, 3, 23), "إجازة إضافية", "Extra holiday", HolidaySource.ADMIN).day())
                .isEqualTo(LocalDate.of(2026, 3, 23));
    }
}
