package coop.khidma.assembly.control;

import coop.khidma.platform.i18n.DomainException;
import coop.khidma.review.control.ReviewCalendar;
import coop.khidma.review.control.SaudiHolidays;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static coop.khidma.platform.i18n.BrokenRule.assertBroken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** The bylaws' notice before a General Assembly, in calendar days and in Saudi working days across holidays. */
class NoticePeriodTest {

    private static final ReviewCalendar NATIONAL_DAY_2026 = new ReviewCalendar(Set.of(LocalDate.of(2026, 9, 23)));
    private static final ReviewCalendar NO_HOLIDAYS = new ReviewCalendar(Set.of());
    private static final ReviewCalendar YEAR_2026 = new ReviewCalendar(SaudiHolidays.forYear(2026));

    @Test
    void fifteenCalendarDaysFromTheFirstOfSeptemberEndOnTheSixteenth() {
        NoticePeriod notice = new NoticePeriod(15, false);

        assertThat(notice.completeOn(LocalDate.of(2026, 9, 1), NO_HOLIDAYS)).isEqualTo(LocalDate.of(2026, 9, 16));
        assertThat(notice.latestInvitationDay(LocalDate.of(2026, 9, 16), NO_HOLIDAYS))
                .isEqualTo(LocalDate.of(2026, 9, 1));
        assertThatCode(() -> notice.requireRespected(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 16), false,
                NO_HOLIDAYS)).doesNotThrowAnyException();
        DomainException broken = assertBroken("rule.assembly.insideNotice", () -> notice.requireRespected(
                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 15), false, NO_HOLIDAYS));
        assertThat(broken.arguments()).containsExactly(15, "2026-09-16");
    }

    @Test
    void tenWorkingDaysStepOverNationalDayAndTheWeekends() {
        NoticePeriod notice = new NoticePeriod(10, true);
        LocalDate sunday = LocalDate.of(2026, 9, 13);

        assertThat(notice.completeOn(sunday, NO_HOLIDAYS)).isEqualTo(LocalDate.of(2026, 9, 27));
        assertThat(notice.completeOn(sunday, NATIONAL_DAY_2026)).as("Wednesday 23 September is not counted")
                .isEqualTo(LocalDate.of(2026, 9, 28));
        DomainException broken = assertBroken("rule.assembly.insideNoticeWorking", () -> notice.requireRespected(
                sunday, LocalDate.of(2026, 9, 27), false, NATIONAL_DAY_2026));
        assertThat(broken.arguments()).containsExactly(10, "2026-09-28");
        assertThatCode(() -> notice.requireRespected(sunday, LocalDate.of(2026, 9, 28), false, NATIONAL_DAY_2026))
                .doesNotThrowAnyException();
        assertThat(notice.latestInvitationDay(LocalDate.of(2026, 9, 28), NATIONAL_DAY_2026))
                .isEqualTo(LocalDate.of(2026, 9, 13));
    }

    @Test
    void eidAlAdhaOf1447StopsTheCountFromTheDayOfArafahToTheLastDayOfTashreeq() {
        NoticePeriod working = new NoticePeriod(10, true);
        LocalDate sunday = LocalDate.of(2026, 5, 17);

        assertThat(working.completeOn(sunday, NO_HOLIDAYS)).isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(working.completeOn(sunday, YEAR_2026)).as("26–30 May are Eid and weekend")
                .isEqualTo(LocalDate.of(2026, 6, 3));
        assertThat(new NoticePeriod(15, false).completeOn(sunday, YEAR_2026)).as("calendar days count every day")
                .isEqualTo(LocalDate.of(2026, 6, 1));
        assertBroken("rule.assembly.insideNoticeWorking", () -> working.requireRespected(sunday,
                LocalDate.of(2026, 6, 2), false, YEAR_2026));
    }

    @Test
    void theSettingsMayAllowAMeetingInsideTheNotice() {
        assertThatCode(() -> new NoticePeriod(15, false).requireRespected(LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 9, 3), true, NO_HOLIDAYS)).doesNotThrowAnyException();
    }

    @Test
    void noNoticeMeansTheMeetingMayBeTomorrowAndTheInvitationsGoOutTheSameDay() {
        NoticePeriod none = new NoticePeriod(0, true);

        assertThat(none.completeOn(LocalDate.of(2026, 9, 23), NATIONAL_DAY_2026)).isEqualTo(LocalDate.of(2026, 9, 23));
        assertThat(none.latestInvitationDay(LocalDate.of(2026, 9, 24), NATIONAL_DAY_2026))
                .isEqualTo(LocalDate.of(2026, 9, 24));
        assertBroken("rule.assemblyRules.notice", () -> new NoticePeriod(-1, false));
    }
}
