package coop.khidma.satisfaction.entity;

import coop.khidma.audit.entity.Change;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static coop.khidma.platform.i18n.BrokenRule.assertBroken;
import static org.assertj.core.api.Assertions.assertThat;

class ImprovementItemTest {

    private static final Instant NOW = Instant.parse("2026-11-25T07:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final String COMMENT = "انتظرت طويلًا دون أن يخبرني أحد بدوري";

    @Test
    void anItemNeedsItsCauseItsActionARoleAndATargetDay() {
        assertBroken("rule.improvement.rootCause", () -> open(new ImprovementItem.Plan(COMMENT, " ", "شاشة",
                "SUPERVISOR", TODAY)));
        assertBroken("rule.improvement.action", () -> open(new ImprovementItem.Plan(COMMENT, "لا شاشة", null,
                "SUPERVISOR", TODAY)));
        assertBroken("rule.improvement.due", () -> open(new ImprovementItem.Plan(COMMENT, "لا شاشة", "شاشة",
                "SUPERVISOR", TODAY.minusDays(1))));
        assertBroken("rule.improvement.problem", () -> open(new ImprovementItem.Plan("", "لا شاشة", "شاشة",
                "SUPERVISOR", TODAY)));
    }

    @Test
    void theOwnerIsARoleNeverAPerson() {
        assertBroken("rule.improvement.owner", () -> open(new ImprovementItem.Plan(COMMENT, "لا شاشة", "شاشة",
                "staff1", TODAY)));
        ImprovementItem item = open(new ImprovementItem.Plan(COMMENT, "لا شاشة تعرض الدور", "شاشة نداء", "STAFF",
                TODAY.plusDays(7)));
        assertThat(item.ownerRole()).isEqualTo("STAFF");
        Change opened = item.opened();
        assertThat(opened.detail()).contains("RATING").contains("STAFF").doesNotContain(COMMENT);
    }

    @Test
    void itIsDoneOnceOnADayBetweenItsOpeningAndToday() {
        ImprovementItem item = open(new ImprovementItem.Plan(COMMENT, "لا شاشة", "شاشة", "DIRECTOR", TODAY));
        assertThat(item.isLate(TODAY.plusDays(1))).isTrue();
        assertBroken("rule.improvement.doneOn", () -> item.done(TODAY.plusDays(1), TODAY, TODAY, "sup", NOW));
        assertBroken("rule.improvement.doneOn", () -> item.done(TODAY.minusDays(1), TODAY, TODAY, "sup", NOW));
        item.done(TODAY, TODAY, TODAY.plusDays(3), "sup", NOW);
        assertThat(item.doneOn()).isEqualTo(TODAY);
        assertThat(item.isLate(TODAY.plusDays(3))).isFalse();
        assertBroken("rule.improvement.alreadyDone", () -> item.done(TODAY, TODAY, TODAY, "sup", NOW));
    }

    private static ImprovementItem open(ImprovementItem.Plan plan) {
        return ImprovementItem.open(ImprovementSource.RATING, 7, RatedService.RECEPTION, plan, TODAY, "sup", NOW);
    }
}
