package coop.khidma.volunteering.entity;

import coop.khidma.audit.entity.Change;
import coop.khidma.person.SaudiMobile;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static coop.khidma.platform.i18n.BrokenRule.assertBroken;
import static org.assertj.core.api.Assertions.assertThat;

class OpportunityTest {

    private static final Instant NOW = Instant.parse("2026-11-25T07:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    /** A Friday. */
    private static final LocalDate FESTIVAL = LocalDate.of(2026, 11, 27);
    private static long ids;

    @Test
    void planningNeedsAWhatADayFromTodayAndASensibleCount() {
        assertBroken("rule.opportunity.title", () -> plan(" ", FESTIVAL, 2, Skill.PHOTOGRAPHY));
        assertBroken("rule.opportunity.past", () -> plan("مهرجان", TODAY.minusDays(1), 2));
        assertBroken("rule.opportunity.needed", () -> plan("مهرجان", FESTIVAL, 0));
        assertBroken("rule.opportunity.needed", () -> plan("مهرجان", FESTIVAL, 101));
        Opportunity opportunity = plan("  تصوير   مهرجان نجران ", FESTIVAL, 2, Skill.PHOTOGRAPHY);
        assertThat(opportunity.title()).isEqualTo("تصوير مهرجان نجران");
        assertThat(opportunity.skills()).containsExactly(Skill.PHOTOGRAPHY);
    }

    @Test
    void onlyApprovedVolunteersFreeThenWithASkillAskedForFit() {
        Opportunity photos = plan("تصوير", FESTIVAL, 3, Skill.PHOTOGRAPHY, Skill.DESIGN);
        Volunteer photographer = approved(Set.of(Skill.PHOTOGRAPHY), DayOfWeek.FRIDAY, DayPart.EVENING);
        Volunteer pending = volunteer(Set.of(Skill.PHOTOGRAPHY), DayOfWeek.FRIDAY, DayPart.EVENING);
        Volunteer mornings = approved(Set.of(Skill.PHOTOGRAPHY), DayOfWeek.FRIDAY, DayPart.MORNING);
        Volunteer thursdays = approved(Set.of(Skill.PHOTOGRAPHY), DayOfWeek.THURSDAY, DayPart.EVENING);
        Volunteer driver = approved(Set.of(Skill.DRIVING), DayOfWeek.FRIDAY, DayPart.EVENING);
        Volunteer both = approved(Set.of(Skill.PHOTOGRAPHY, Skill.DESIGN), DayOfWeek.FRIDAY, DayPart.EVENING);

        assertThat(photos.candidates(List.of(photographer, pending, mornings, thursdays, driver, both)))
                .containsExactly(both, photographer);
        assertThat(plan("استقبال", FESTIVAL, 3).fits(driver)).as("no skill asked: anyone free").isTrue();
    }

    @Test
    void assigningFillsUpOnceAndOnlyWithThoseWhoFit() {
        Opportunity photos = plan("تصوير", FESTIVAL, 1, Skill.PHOTOGRAPHY);
        Volunteer driver = approved(Set.of(Skill.DRIVING), DayOfWeek.FRIDAY, DayPart.EVENING);
        assertBroken("rule.opportunity.notFitting", () -> photos.assign(driver, TODAY, "noura", NOW));

        Volunteer photographer = approved(Set.of(Skill.PHOTOGRAPHY), DayOfWeek.FRIDAY, DayPart.EVENING);
        Change change = photos.assign(photographer, TODAY, "noura", NOW);
        assertThat(change.after()).isEqualTo("1");
        assertThat(change.detail()).isEqualTo(photographer.subject());
        assertThat(photos.volunteers()).containsExactly(photographer.id());
        assertThat(photos.candidates(List.of(photographer))).isEmpty();
        assertBroken("rule.opportunity.alreadyAssigned", () -> photos.assign(photographer, TODAY, "noura", NOW));
        Volunteer another = approved(Set.of(Skill.PHOTOGRAPHY), DayOfWeek.FRIDAY, DayPart.EVENING);
        assertBroken("rule.opportunity.full", () -> photos.assign(another, TODAY, "noura", NOW));
        assertBroken("rule.opportunity.past", () -> plan("تصوير", FESTIVAL, 3, Skill.PHOTOGRAPHY)
                .assign(another, FESTIVAL.plusDays(1), "noura", NOW));
    }

    @Test
    void revisingSkillsAndAvailabilityKeepsTheRulesOfTheSignUp() {
        Volunteer volunteer = approved(Set.of(Skill.DRIVING), DayOfWeek.FRIDAY, DayPart.EVENING);
        assertBroken("rule.volunteer.days", () -> volunteer.revise(new Volunteer.Offer(List.of(Skill.COMPUTING),
                List.of(Interest.ENVIRONMENT), List.of(), List.of(DayPart.MORNING)), "noura", NOW));
        assertThat(volunteer.skills()).containsExactly(Skill.DRIVING);
        Change change = volunteer.revise(new Volunteer.Offer(List.of(Skill.COMPUTING, Skill.DRIVING),
                List.of(Interest.ENVIRONMENT), List.of(DayOfWeek.SATURDAY), List.of(DayPart.MORNING)), "noura", NOW);
        assertThat(volunteer.skills()).containsExactlyInAnyOrder(Skill.COMPUTING, Skill.DRIVING);
        assertThat(volunteer.days()).containsExactly(DayOfWeek.SATURDAY);
        assertThat(change.detail()).doesNotContain("0551234567");
        assertThat(volunteer.reference()).isEqualTo("VOL-" + volunteer.id());
    }

    private static Opportunity plan(String title, LocalDate on, int needed, Skill... skills) {
        return Opportunity.plan(title, on, DayPart.EVENING, List.of(skills), needed, TODAY, "noura", NOW);
    }

    private static Volunteer approved(Set<Skill> skills, DayOfWeek day, DayPart part) {
        Volunteer volunteer = volunteer(skills, day, part);
        volunteer.approve("noura", NOW);
        return volunteer;
    }

    private static Volunteer volunteer(Set<Skill> skills, DayOfWeek day, DayPart part) {
        Volunteer volunteer = Volunteer.signUp("متطوع", SaudiMobile.parse("0551234567"), new Volunteer.Offer(skills,
                List.of(Interest.EVENTS_AND_FESTIVALS), List.of(day), List.of(part)), true, NOW.plusSeconds(ids));
        try {
            Field id = Volunteer.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(volunteer, ++ids);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return volunteer;
    }
}
