package coop.khidma.volunteering.entity;

import coop.khidma.audit.entity.Change;
import coop.khidma.person.SaudiMobile;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static coop.khidma.platform.i18n.BrokenRule.assertBroken;
import static org.assertj.core.api.Assertions.assertThat;

class VolunteerTest {

    private static final Instant NOW = Instant.parse("2026-11-25T07:00:00Z");
    private static final SaudiMobile MOBILE = SaudiMobile.parse("0551234567");
    private static final Volunteer.Offer OFFER = new Volunteer.Offer(List.of(Skill.PHOTOGRAPHY),
            List.of(Interest.EVENTS_AND_FESTIVALS, Interest.HERITAGE_SITES), List.of(DayOfWeek.FRIDAY),
            List.of(DayPart.EVENING));

    @Test
    void aSignUpIsPendingAndItsAuditKeepsNoNameOrMobile() {
        Volunteer volunteer = Volunteer.signUp("  سارة   آل منصور ", MOBILE, OFFER, true, NOW);
        assertThat(volunteer.status()).isEqualTo(VolunteerStatus.PENDING);
        assertThat(volunteer.name()).isEqualTo("سارة آل منصور");
        assertThat(volunteer.interests()).containsExactlyInAnyOrder(Interest.EVENTS_AND_FESTIVALS,
                Interest.HERITAGE_SITES);
        assertThat(volunteer.days()).isEqualTo(Set.of(DayOfWeek.FRIDAY));
        assertThat(volunteer.consentAt()).isEqualTo(NOW);
        Change signedUp = volunteer.signedUp();
        assertThat(signedUp.actor()).isEqualTo(Change.KIOSK);
        assertThat(signedUp.detail()).doesNotContain("سارة").doesNotContain("0551234567").doesNotContain("551234567");
    }

    @Test
    void withoutConsentNothingIsKept() {
        assertBroken("rule.volunteer.consent", () -> Volunteer.signUp("سارة", MOBILE, OFFER, false, NOW));
    }

    @Test
    void anInterestADayAndATimeAreNeededButSkillsAreOptional() {
        assertBroken("rule.volunteer.interests", () -> Volunteer.signUp("سارة", MOBILE,
                new Volunteer.Offer(List.of(), List.of(), List.of(DayOfWeek.MONDAY), List.of(DayPart.MORNING)), true, NOW));
        assertBroken("rule.volunteer.days", () -> Volunteer.signUp("سارة", MOBILE,
                new Volunteer.Offer(null, List.of(Interest.ENVIRONMENT), List.of(), List.of(DayPart.MORNING)), true, NOW));
        assertBroken("rule.volunteer.times", () -> Volunteer.signUp("سارة", MOBILE,
                new Volunteer.Offer(null, List.of(Interest.ENVIRONMENT), List.of(DayOfWeek.MONDAY), null), true, NOW));
        assertThat(Volunteer.signUp("سارة", MOBILE, new Volunteer.Offer(null, List.of(Interest.ENVIRONMENT),
                List.of(DayOfWeek.MONDAY), List.of(DayPart.MORNING)), true, NOW).skills()).isEmpty();
        assertBroken("rule.name.required", () -> Volunteer.signUp(" ", MOBILE, OFFER, true, NOW));
    }

    @Test
    void staffDecideOnceAndADeclineNeedsAReason() {
        Volunteer approved = Volunteer.signUp("سارة", MOBILE, OFFER, true, NOW);
        Change change = approved.approve("noura", NOW);
        assertThat(change.before()).isEqualTo("PENDING");
        assertThat(change.after()).isEqualTo("APPROVED");
        assertBroken("rule.volunteer.notPending", () -> approved.decline("late", "noura", NOW));

        Volunteer declined = Volunteer.signUp("فهد", MOBILE, OFFER, true, NOW);
        assertBroken("rule.volunteer.reason", () -> declined.decline(" ", "noura", NOW));
        Change decline = declined.decline("لا توجد فرص في هذه الأوقات حاليًا", "noura", NOW);
        assertThat(decline.detail()).as("the reason is kept on the volunteer, not in the audit trail").isNull();
        assertThat(declined.status()).isEqualTo(VolunteerStatus.DECLINED);
        assertThat(declined.declineReason()).startsWith("لا توجد");
    }
}
