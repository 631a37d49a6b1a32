package coop.khidma.escalation.boundary;

import coop.khidma.correspondence.entity.MessageKind;
import coop.khidma.escalation.control.ReferralRow;
import coop.khidma.escalation.control.Referrals;
import coop.khidma.escalation.entity.EscalationState;
import coop.khidma.intake.boundary.KioskRequests;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.time.DayRange;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.support.Deployments;
import coop.khidma.support.ReviewTestData;
import coop.khidma.support.ReviewTestData.EscalationView;
import coop.khidma.support.RunAs;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Referral to the higher authority through the real EJBs on Payara Micro over MariaDB: raised by staff to the level
 * above their own, answered only at its level and never by the referrer, the answer written to the member and shown
 * when tracked (never who), climbing one level when its working days run out (driven by escalations dated in the
 * past), flagged once at the top, and shown to the member as a role only.
 */
@ExtendWith(ArquillianExtension.class)
class EscalationsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject
    Escalations escalations;

    @Inject
    ReviewTestData data;

    @Inject
    RunAs runAs;

    @Inject
    KioskRequests kiosk;

    @Test
    void aStaffReferralGoesToTheSupervisorsWhoseAnswerIsWrittenToTheMemberAndShownWhenTracked() throws Exception {
        String reference = data.verifiedRequest("COMPLAINT");

        Long id = runAs.staff(() -> escalations.raise(reference, "The member does not understand the share transfer"));

        assertThat(runAs.staff(() -> escalations.publicStage(reference)))
                .hasValue(new PublicStage(reference, "SUPERVISOR"));
        assertThatThrownBy(() -> runAs.staff(() -> call(() -> escalations.answer(id, "I answer my own referral"))))
                .isInstanceOfSatisfying(DomainException.class,
                        broken -> assertThat(broken.key()).isEqualTo("rule.escalation.ownReferral"));
        assertThat(runAs.staff(escalations::waitingAtMyLevel)).extracting(WaitingEscalation::id).doesNotContain(id);
        assertThat(kiosk.track(reference, "0551234567").referralAnsweredAt()).isEmpty();
        assertThat(data.messages(reference)).isEmpty();

        runAs.supervisor(() -> call(() -> escalations.answer(id, "Explained article 12 of the bylaws to the member")));

        EscalationView answered = data.escalation(id);
        assertThat(answered.state()).isEqualTo(EscalationState.ANSWERED);
        assertThat(answered.raisedBy()).isEqualTo("run-as-staff");
        assertThat(answered.answeredBy()).isEqualTo("run-as-supervisor");
        assertThat(runAs.staff(() -> escalations.publicStage(reference))).isEmpty();
        assertThat(data.audits(reference + "/SUPERVISOR", "raise")).isEqualTo(1);
        assertThat(data.audits(reference + "/SUPERVISOR", "answer")).isEqualTo(1);

        assertThat(data.messages(reference)).singleElement().satisfies(letter -> {
            assertThat(letter.kind()).isEqualTo(MessageKind.REFERRAL_ANSWERED);
            assertThat(letter.bodyEnglish()).contains(reference, "Explained article 12 of the bylaws to the member",
                    "higher authority").doesNotContain("run-as", "supervisor", "Supervisor");
            assertThat(letter.bodyArabic()).contains(reference, "الجهة الأعلى").doesNotContain("run-as", "مشرف");
        });
        KioskRequests.PublicStatus tracked = kiosk.track(reference, "0551234567");
        assertThat(tracked.referralAnsweredAt()).isPresent();
        assertThat(tracked.escalatedTo()).isEmpty();
        assertThat(tracked.toString()).doesNotContain("run-as");
    }

    @Test
    void noOneAnswersTheirOwnReferralWhateverTheCaseOfTheirName() throws Exception {
        String reference = data.verifiedRequest("COMPLAINT");
        Long ownBoard = runAs.director(() -> escalations.raise(reference, "The board must say how the bylaws apply"));
        assertThat(data.escalation(ownBoard).levelCode()).isEqualTo("BOARD");

        assertThatThrownBy(() -> runAs.director(() -> call(() -> escalations.answer(ownBoard, "I record it myself"))))
                .isInstanceOfSatisfying(DomainException.class,
                        broken -> assertThat(broken.key()).isEqualTo("rule.escalation.ownReferral"));
        Long upperCase = data.escalationAt("BOARD", Instant.now(), "RUN-AS-DIRECTOR");
        assertThatThrownBy(() -> runAs.director(() -> call(() -> escalations.answer(upperCase, "Mine again"))))
                .isInstanceOfSatisfying(DomainException.class,
                        broken -> assertThat(broken.key()).isEqualTo("rule.escalation.ownReferral"));

        assertThat(data.escalation(ownBoard).state()).isEqualTo(EscalationState.OPEN);
        assertThat(data.escalation(upperCase).state()).isEqualTo(EscalationState.OPEN);
        assertThat(data.messages(reference)).isEmpty();
    }

    @Test
    void aSupervisorsReferralGoesToTheDirectorAndTheSupervisorCannotAnswerIt() throws Exception {
        String reference = data.verifiedRequest("COMPLAINT");
        Long id = runAs.supervisor(() -> escalations.raise(reference, "The member contests the supervisor's reading"));

        assertThat(data.escalation(id).levelCode()).isEqualTo("DIRECTOR");
        assertThatThrownBy(() -> runAs.supervisor(() -> call(() -> escalations.answer(id, "Answered by me"))))
                .isInstanceOfSatisfying(DomainException.class,
                        broken -> assertThat(broken.key()).isEqualTo("rule.escalation.ownReferral"));
        assertThatThrownBy(() -> runAs.staff(() -> call(() -> escalations.answer(id, "Answered by staff"))))
                .isInstanceOfSatisfying(DomainException.class,
                        broken -> assertThat(broken.key()).isEqualTo("rule.escalation.notYourLevel"));

        runAs.director(() -> call(() -> escalations.answer(id, "The board's decision of last year applies")));
        assertThat(data.escalation(id).state()).isEqualTo(EscalationState.ANSWERED);
        assertThat(data.messages(reference)).extracting(ReviewTestData.MessageView::kind)
                .containsExactly(MessageKind.REFERRAL_ANSWERED);
    }

    @Test
    void aSupervisorCannotAnswerADirectorLevelEscalationButTheDirectorCan() throws Exception {
        Long id = data.escalationAt("DIRECTOR", Instant.now());

        assertThatThrownBy(() -> runAs.supervisor(() -> call(() -> escalations.answer(id, "I will answer instead"))))
                .isInstanceOfSatisfying(DomainException.class,
                        broken -> assertThat(broken.key()).isEqualTo("rule.escalation.notYourLevel"));
        assertThat(data.escalation(id).state()).isEqualTo(EscalationState.OPEN);

        runAs.director(() -> call(() -> escalations.answer(id, "The board's decision of last year applies")));
        assertThat(data.escalation(id).state()).isEqualTo(EscalationState.ANSWERED);
    }

    @Test
    void eachLevelSeesWhatWaitsForItWithTheTimeLeft() throws Exception {
        Long atSupervisor = data.escalationAt("SUPERVISOR", Instant.now());

        List<WaitingEscalation> supervisors = runAs.supervisor(escalations::waitingAtMyLevel);
        assertThat(supervisors).filteredOn(waiting -> waiting.id().equals(atSupervisor)).singleElement()
                .satisfies(waiting -> {
                    assertThat(waiting.levelCode()).isEqualTo("SUPERVISOR");
                    assertThat(waiting.dueBy()).isEqualTo(data.workingDaysFromToday(3));
                    assertThat(waiting.dueAt()).isEqualTo(waiting.dueBy().plusDays(1).atStartOfDay(HijriDates.RIYADH)
                            .toInstant());
                    assertThat(waiting.timeLeft()).isPositive();
                    assertThat(waiting.overdue()).isFalse();
                });
        assertThat(runAs.director(escalations::waitingAtMyLevel)).extracting(WaitingEscalation::id)
                .doesNotContain(atSupervisor);
    }

    @Test
    void anUnansweredEscalationClimbsOneLevelWhenItsTimeRunsOut() throws Exception {
        Long id = data.escalationAt("OFFICER", Instant.now().minus(Duration.ofDays(30)));
        String reference = data.escalation(id).reference();

        escalations.climbOverdue();
        escalations.climbOverdue();

        List<EscalationView> chain = data.escalationsOf(reference);
        assertThat(chain).extracting(EscalationView::levelCode, EscalationView::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("OFFICER", EscalationState.CLIMBED),
                        org.assertj.core.groups.Tuple.tuple("SUPERVISOR", EscalationState.OPEN));
        assertThat(chain.get(1).previousId()).isEqualTo(id);
        assertThat(chain.get(1).raisedBy()).isEqualTo("system");
        assertThat(data.audits(reference + "/OFFICER", "climb")).isEqualTo(1);
        assertThat(runAs.staff(() -> escalations.publicStage(reference)))
                .hasValue(new PublicStage(reference, "SUPERVISOR"));
    }

    @Test
    void atTheTopAnOverdueEscalationStaysAndIsFlaggedOnce() throws Exception {
        Long id = data.escalationAt("BOARD", Instant.now().minus(Duration.ofDays(60)));
        String reference = data.escalation(id).reference();

        escalations.climbOverdue();
        escalations.climbOverdue();

        assertThat(data.escalationsOf(reference)).singleElement().satisfies(top -> {
            assertThat(top.state()).isEqualTo(EscalationState.OPEN);
            assertThat(top.flagged()).isTrue();
        });
        assertThat(data.audits(reference + "/BOARD", "flagOverdueAtTop")).isEqualTo(1);
    }

    @Test
    void theLadderIsInWorkingDaysWhichOnlyAnAdministratorSetsFromOneToSixty() throws Exception {
        // V16 carried the first migration's minutes over as whole working days
        assertThat(runAs.admin(escalations::ladderLevels)).extracting(Escalations.LevelRow::code,
                Escalations.LevelRow::responseWorkingDays).containsExactly(
                org.assertj.core.groups.Tuple.tuple("OFFICER", 2), org.assertj.core.groups.Tuple.tuple("SUPERVISOR", 3),
                org.assertj.core.groups.Tuple.tuple("DIRECTOR", 5), org.assertj.core.groups.Tuple.tuple("BOARD", 10));
        long version = supervisorRung().version();
        for (int refused : new int[] {0, -3, 61}) {
            assertThatThrownBy(() -> runAs.admin(() -> call(() -> escalations.changeResponseTime("SUPERVISOR", version,
                    refused)))).isInstanceOfSatisfying(DomainException.class,
                    broken -> assertThat(broken.key()).isEqualTo("rule.escalation.workingDays"));
        }
        assertThatThrownBy(() -> runAs.supervisor(() -> call(() -> escalations.changeResponseTime("SUPERVISOR",
                version, 30)))).satisfies(EscalationsIT::denied);

        runAs.admin(() -> call(() -> escalations.changeResponseTime("SUPERVISOR", version, 4)));
        try {
            assertThat(supervisorRung().responseWorkingDays()).isEqualTo(4);
        } finally {
            long changed = supervisorRung().version();
            runAs.admin(() -> call(() -> escalations.changeResponseTime("SUPERVISOR", changed, 3)));
        }
        assertThat(supervisorRung().responseWorkingDays()).isEqualTo(3);
    }

    private Escalations.LevelRow supervisorRung() throws Exception {
        return runAs.admin(escalations::ladderLevels).stream().filter(level -> level.code().equals("SUPERVISOR"))
                .findFirst().orElseThrow();
    }

    @Test
    void onlyStaffRolesRaiseAndAnswer() throws Exception {
        String reference = data.verifiedRequest("COMPLAINT");

        assertThatThrownBy(() -> escalations.raise(reference, "anonymous")).satisfies(EscalationsIT::denied);
        assertThatThrownBy(() -> runAs.committee(() -> escalations.raise(reference, "committee")))
                .satisfies(EscalationsIT::denied);
        assertThatThrownBy(() -> escalations.waitingAtMyLevel()).satisfies(EscalationsIT::denied);
        assertThatThrownBy(() -> escalations.publicStage(reference)).satisfies(EscalationsIT::denied);
        assertThat(data.escalationsOf(reference)).isEmpty();
    }

    @Test
    void theReferralsOfAPeriodAreCountedPerLevelWithTheWorkingDaysToAnAnswerForTheSupervisorAndTheDirector()
            throws Exception {
        // November 2016 in Riyadh (UTC+3): Friday and Saturday the weekend, no holiday that month.
        Long answeredTuesday = data.escalationAt("SUPERVISOR", Instant.parse("2016-11-06T07:00:00Z"));
        data.answerEscalation(answeredTuesday, Instant.parse("2016-11-08T10:00:00Z"));
        Long answeredSameDay = data.escalationAt("SUPERVISOR", Instant.parse("2016-11-06T08:00:00Z"));
        data.answerEscalation(answeredSameDay, Instant.parse("2016-11-06T12:00:00Z"));
        Long climbed = data.escalationAt("OFFICER", Instant.parse("2016-11-01T07:00:00Z"));
        Long above = data.climbEscalation(climbed, Instant.parse("2016-11-06T05:00:00Z"));
        data.answerEscalation(above, Instant.parse("2016-11-10T09:00:00Z"));
        Long overTheWeekend = data.escalationAt("DIRECTOR", Instant.parse("2016-11-30T07:00:00Z"));
        data.answerEscalation(overTheWeekend, Instant.parse("2016-12-04T07:00:00Z"));
        Long lastOctober = data.escalationAt("SUPERVISOR", Instant.parse("2016-10-31T20:59:59Z"));
        data.answerEscalation(lastOctober, Instant.parse("2016-11-01T07:00:00Z"));
        Long firstDecember = data.escalationAt("SUPERVISOR", Instant.parse("2016-11-30T21:00:00Z"));
        data.answerEscalation(firstDecember, Instant.parse("2016-12-01T07:00:00Z"));
        DayRange november = new DayRange(LocalDate.of(2016, 11, 1), LocalDate.of(2016, 11, 30));

        Referrals referrals = runAs.supervisor(() -> escalations.referrals(november));

        assertThat(referrals.levels()).containsExactly(
                new ReferralRow("OFFICER", 1, 0, 1, 0, null, null),
                new ReferralRow("SUPERVISOR", 3, 3, 0, 0, 2.0, 4),
                new ReferralRow("DIRECTOR", 1, 1, 0, 0, 2.0, 2),
                new ReferralRow("BOARD", 0, 0, 0, 0, null, null));
        assertThat(referrals.all()).isEqualTo(new ReferralRow(null, 5, 4, 1, 0, 2.0, 4));
        assertThat(runAs.director(() -> escalations.referrals(november)).all().arrived()).isEqualTo(5);
        assertThatThrownBy(() -> runAs.staff(() -> escalations.referrals(november)))
                .satisfies(EscalationsIT::denied);
        assertThatThrownBy(() -> runAs.committee(() -> escalations.referrals(november)))
                .satisfies(EscalationsIT::denied);
    }

    /** A refused call reaches the caller as EJBAccessException, possibly wrapped by the RunAs bean's container. */
    static void denied(Throwable thrown) {
        Throwable cause = thrown;
        while (cause != null && !(cause instanceof EJBAccessException)) {
            cause = cause.getCause();
        }
        assertThat(cause).as("EJBAccessException in " + thrown).isInstanceOf(EJBAccessException.class);
    }

    private static Void call(Runnable work) {
        work.run();
        return null;
    }
}
