package coop.khidma.review.boundary;

import coop.khidma.correspondence.boundary.Outbox;
import coop.khidma.correspondence.entity.MessageKind;
import coop.khidma.platform.i18n.Locales;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.correspondence.entity.MessageKind;
import coop.khidma.escalation.entity.EscalationState;
import coop.khidma.intake.boundary.KioskRequests;
import coop.khidma.intake.entity.RequestStatus;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.i18n.Locales;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.platform.scheduling.DeadlineJobs;
import coop.khidma.platform.time.DayRange;
import coop.khidma.review.control.CommitteeWork;
import coop.khidma.review.entity.Decision;
import coop.khidma.review.entity.RejectionCategory;
import coop.khidma.support.Deployments;
import coop.khidma.support.ReviewTestData;
import coop.khidma.support.ReviewTestData.MessageView;
import coop.khidma.support.ReviewTestData.OnAgenda;
import coop.khidma.support.RunAs;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.naming.InitialContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The research committee through the real EJBs on Payara Micro over MariaDB: hand-over with the expected date,
 * the floor and its override, decisions with their letters, the paused clock, and the deadline scheduler reminding
 * and escalating exactly once even when two nodes run it at the same moment. Deadlines are driven by agenda items
 * handed over in the past, never by waiting.
 */
@ExtendWith(ArquillianExtension.class)
class ReviewsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject
    Reviews reviews;

    @Inject
    Calendars calendars;

    @Inject
    DeadlineJobs deadlineJobs;

    @Inject
    ReviewTestData data;

    @Inject
    RunAs runAs;

    @Inject
    CommitteeFigures figures;

    @Inject
    Outbox outbox;

    @jakarta.annotation.Resource(lookup = "jdbc/khidma")
    javax.sql.DataSource database;

    @Test
    void handOverTellsTheMemberTheExpectedDateAndTheFloorHoldsUntilAnAdminOverrides() throws Exception {
        String reference = data.verifiedRequest("SUPPORT");
        ExpectedDecision beforeHandOver = reviews.expectedDecision(tracked(reference)).orElseThrow();

        HandOver handOver = runAs.staff(() -> reviews.handToCommittee(reference));

        assertThat(beforeHandOver.basis()).isEqualTo(ExpectedDecision.Basis.IF_HANDED_OVER_TODAY);
        assertThat(beforeHandOver.latest()).isEqualTo(handOver.expectedDecision());
        assertThat(reviews.expectedDecision(tracked(reference))).contains(new ExpectedDecision(
                ExpectedDecision.Basis.ON_AGENDA, handOver.earliestDecision(), handOver.expectedDecision()));

        assertThat(handOver.handedOverOn()).isEqualTo(data.today());
        assertThat(data.dueOn(reference)).as("owed: the committee's decision by the ceiling")
                .isEqualTo(handOver.expectedDecision());
        assertThat(runAs.staff(() -> reviews.window(reference))).hasValueSatisfying(window -> {
            assertThat(window.agendaId()).isEqualTo(handOver.agendaId());
            assertThat(window.earliestDecision()).isEqualTo(handOver.earliestDecision());
            assertThat(window.expectedDecision()).isEqualTo(handOver.expectedDecision());
            assertThat(window.stops()).isEmpty();
            assertThat(window.decided()).isFalse();
        });
        assertThat(handOver.earliestDecision()).isAfter(handOver.handedOverOn());
        assertThat(handOver.expectedDecision()).isAfter(handOver.earliestDecision());
        assertThat(data.status(reference)).isEqualTo(RequestStatus.WITH_COMMITTEE);
        assertThat(data.messages(reference)).extracting(MessageView::kind).containsExactly(MessageKind.UNDER_REVIEW);
        assertThat(runAs.committee(reviews::agenda)).filteredOn(row -> row.reference().equals(reference))
                .singleElement().satisfies(row -> {
                    assertThat(row.expectedDecision()).isEqualTo(handOver.expectedDecision());
                    assertThat(row.typeCode()).isEqualTo("SUPPORT");
                });

        assertThatThrownBy(() -> runAs.committee(() -> decide(handOver.agendaId(), Decision.ACCEPT, null, null)))
                .isInstanceOfSatisfying(DomainException.class,
                        broken -> assertThat(broken.key()).isEqualTo("rule.agenda.beforeFloor"));
        assertThat(data.status(reference)).isEqualTo(RequestStatus.WITH_COMMITTEE);

        runAs.admin(() -> run(() -> reviews.overrideFloor(handOver.agendaId(), "The member travels abroad next week",
                "1447/23")));
        runAs.committee(() -> decide(handOver.agendaId(), Decision.ACCEPT, null, null));

        assertThat(data.status(reference)).isEqualTo(RequestStatus.ACCEPTED);
        assertThat(data.dueOn(reference)).as("accepted: the registration is owed within the type's answer time")
                .isEqualTo(data.workingDaysFromToday(5));
        assertThat(runAs.staff(() -> reviews.window(reference))).hasValueSatisfying(window ->
                assertThat(window.decided()).isTrue());
        assertThat(data.audits(reference, "overrideFloor")).isEqualTo(1);
        assertThat(data.messages(reference)).extracting(MessageView::kind)
                .containsExactly(MessageKind.UNDER_REVIEW, MessageKind.DECISION);
    }

    @Test
    void anEarlyDecisionIsTheBoardsExceptionAnAdministratorRecordsAndTheMinutesAndTheLetterTellIt() throws Exception {
        String reference = data.verifiedRequest("SUPPORT");
        HandOver handOver = runAs.staff(() -> reviews.handToCommittee(reference));
        LocalDate floor = handOver.earliestDecision();
        assertThat(floor).as("never less than two weeks").isAfterOrEqualTo(handOver.handedOverOn().plusDays(14));
        assertThat(handOver.expectedDecision()).isAfterOrEqualTo(floor);
        assertThat(data.messages(reference)).singleElement().satisfies(letter -> {
            assertThat(letter.bodyEnglish()).contains("not less than two weeks: its decision is not taken before "
                    + HijriDates.both(floor, Locale.ENGLISH)).contains("no later than "
                    + HijriDates.both(handOver.expectedDecision(), Locale.ENGLISH));
            assertThat(letter.bodyArabic()).contains("لا تقل عن أسبوعين، فلا يصدر قرارها قبل "
                    + HijriDates.both(floor, Locales.ARABIC));
        });
        Long agendaId = handOver.agendaId();
        String why = "The member travels abroad for a year and asked for an early answer";

        assertThatThrownBy(() -> runAs.committee(() -> run(() -> reviews.overrideFloor(agendaId, why, "1447/31"))))
                .satisfies(ReviewsIT::denied);
        assertThatThrownBy(() -> runAs.staff(() -> run(() -> reviews.overrideFloor(agendaId, why, "1447/31"))))
                .satisfies(ReviewsIT::denied);
        assertThatThrownBy(() -> reviews.overrideFloor(agendaId, why, "1447/31")).satisfies(ReviewsIT::denied);
        assertThatThrownBy(() -> runAs.admin(() -> run(() -> reviews.overrideFloor(agendaId, why, " "))))
                .isInstanceOfSatisfying(DomainException.class,
                        broken -> assertThat(broken.key()).isEqualTo("rule.agenda.boardReferenceRequired"));
        assertThatThrownBy(() -> runAs.admin(() -> run(() -> reviews.overrideFloor(agendaId, why,
                "<img src=x onerror=alert(1)>")))).isInstanceOfSatisfying(DomainException.class,
                broken -> assertThat(broken.key()).isEqualTo("rule.agenda.boardReference"));
        assertThatThrownBy(() -> runAs.admin(() -> run(() -> reviews.overrideFloor(agendaId, "<script>x</script>",
                "1447/31")))).isInstanceOfSatisfying(DomainException.class,
                broken -> assertThat(broken.key()).isEqualTo("rule.agenda.exceptionReason"));
        assertThat(data.audits(reference, "overrideFloor")).isZero();
        assertThatThrownBy(() -> runAs.committee(() -> decide(agendaId, Decision.ACCEPT, null, null)))
                .isInstanceOfSatisfying(DomainException.class,
                        broken -> assertThat(broken.key()).isEqualTo("rule.agenda.beforeFloor"));

        runAs.admin(() -> run(() -> reviews.overrideFloor(agendaId, why, "1447/31")));
        assertThat(runAs.committee(reviews::agenda)).filteredOn(row -> row.id().equals(agendaId)).singleElement()
                .satisfies(row -> assertThat(row.exceptionBoardReference()).isEqualTo("1447/31"));
        runAs.committee(() -> decide(agendaId, Decision.ACCEPT, null, null));

        assertThat(data.audits(reference, "overrideFloor")).isEqualTo(1);
        assertThat(runAs.committee(() -> reviews.decidedOn(data.today())))
                .filteredOn(row -> row.reference().equals(reference)).singleElement().satisfies(row -> {
                    assertThat(row.early()).isTrue();
                    assertThat(row.beforeFloor()).isEqualTo(floor);
                    assertThat(row.exceptionBoardReference()).isEqualTo("1447/31");
                    assertThat(row.exceptionReason()).isEqualTo(why);
                    assertThat(row.exceptionBy()).isEqualTo("run-as-admin");
                });
        assertThat(data.messages(reference)).last().satisfies(letter -> {
            assertThat(letter.kind()).isEqualTo(MessageKind.DECISION);
            assertThat(letter.bodyEnglish()).contains("decided before " + HijriDates.both(floor, Locale.ENGLISH))
                    .contains("as an exception allowed by the decision of the board of directors 1447/31")
                    .contains(why);
            assertThat(letter.bodyArabic()).contains("استثناءً أجازه قرار مجلس الإدارة رقم 1447/31");
        });
    }

    @Test
    void aRequestTheCommitteeDoesNotDecideIsNotHandedOver() throws Exception {
        String reference = data.verifiedRequest("COMPLAINT");
        assertThat(reviews.expectedDecision(tracked(reference))).as("no committee date to tell").isEmpty();

        assertThatThrownBy(() -> runAs.staff(() -> reviews.handToCommittee(reference)))
                .isInstanceOfSatisfying(DomainException.class,
                        broken -> assertThat(broken.key()).isEqualTo("rule.request.noCommittee"));
        assertThat(data.status(reference)).isEqualTo(RequestStatus.VERIFIED);
        assertThat(data.messages(reference)).isEmpty();
    }

    @Test
    void aRejectionNeedsReasonsInArabicAndEnglishAndTheMemberReadsThem() throws Exception {
        OnAgenda item = data.pastTheFloor();

        assertThatThrownBy(() -> runAs.committee(() -> decide(item.agendaId(), Decision.REJECT, null,
                "Shares are not fully paid")))
                .isInstanceOfSatisfying(DomainException.class,
                        broken -> assertThat(broken.key()).isEqualTo("rule.agenda.reasonsRequired"));

        assertThatThrownBy(() -> runAs.committee(() -> decide(item.agendaId(), Decision.REJECT,
                "لم تُسدَّد قيمة الأسهم كاملة", "The shares are not fully paid")))
                .isInstanceOfSatisfying(DomainException.class,
                        broken -> assertThat(broken.key()).isEqualTo("rule.agenda.categoryRequired"));
        assertThat(data.status(item.reference())).isEqualTo(RequestStatus.WITH_COMMITTEE);

        runAs.committee(() -> {
            reviews.decide(item.agendaId(), Decision.REJECT, RejectionCategory.DUES_UNPAID,
                    "لم تُسدَّد قيمة الأسهم كاملة", "The shares are not fully paid");
            return null;
        });

        assertThat(data.status(item.reference())).isEqualTo(RequestStatus.REJECTED);
        assertThat(data.agendaItem(item.agendaId()).rejectionCategory()).isEqualTo(RejectionCategory.DUES_UNPAID);
        assertThat(data.dueOn(item.reference())).as("a rejected request owes nothing").isNull();
        assertThat(data.agendaItem(item.agendaId()).reasonEnglish()).isEqualTo("The shares are not fully paid");
        assertThat(data.messages(item.reference())).extracting(MessageView::kind).as("rejected: closed, so invited "
                + "to rate").containsExactly(MessageKind.DECISION, MessageKind.RATING_INVITATION);
        assertThat(data.messages(item.reference())).first().satisfies(letter -> {
            assertThat(letter.kind()).isEqualTo(MessageKind.DECISION);
            assertThat(letter.bodyArabic()).contains("لم تُسدَّد قيمة الأسهم كاملة");
            assertThat(letter.bodyEnglish()).contains("The shares are not fully paid");
        });
        assertThat(data.audits(item.reference(), "reject")).isEqualTo(1);
    }

    @Test
    void anAcceptanceMovesTheRequestAndQueuesTheDecisionLetter() throws Exception {
        OnAgenda item = data.pastTheFloor();

        runAs.committee(() -> decide(item.agendaId(), Decision.DEFER, null, "More study of the guide"));
        assertThat(data.status(item.reference())).isEqualTo(RequestStatus.WITH_COMMITTEE);
        runAs.committee(() -> decide(item.agendaId(), Decision.ACCEPT, null, null));

        assertThat(data.status(item.reference())).isEqualTo(RequestStatus.ACCEPTED);
        assertThat(data.agendaItem(item.agendaId()).decision()).isEqualTo(Decision.ACCEPT);
        assertThat(data.messages(item.reference())).extracting(MessageView::kind)
                .containsExactly(MessageKind.DECISION);
        assertThat(runAs.committee(reviews::agenda)).extracting(AgendaRow::id).doesNotContain(item.agendaId());
        assertThat(runAs.committee(() -> reviews.decidedOn(data.today())))
                .filteredOn(row -> row.reference().equals(item.reference())).singleElement().satisfies(row -> {
                    assertThat(row.typeCode()).isEqualTo("SUPPORT");
                    assertThat(row.decision()).isEqualTo(Decision.ACCEPT);
                });
    }

    @Test
    void theClockStopsWhileTheRequestWaitsOnTheMemberAndTheHistoryIsKept() throws Exception {
        OnAgenda item = data.pastTheFloor();

        runAs.staff(() -> run(() -> reviews.pause(item.agendaId(), data.today(), "Waiting for the signed guide")));
        assertThat(data.agendaItem(item.agendaId()).expectedDecision()).isNull();
        assertThat(data.dueOn(item.reference())).as("nothing is owed while the clock is stopped").isNull();
        assertThat(runAs.committee(() -> reviews.window(item.reference()))).hasValueSatisfying(window -> {
            assertThat(window.paused()).isTrue();
            assertThat(window.expectedDecision()).isNull();
            assertThat(window.stops()).singleElement().satisfies(stop -> {
                assertThat(stop.from()).isEqualTo(data.today());
                assertThat(stop.toInclusive()).isNull();
                assertThat(stop.reason()).isEqualTo("Waiting for the signed guide");
                assertThat(stop.by()).isEqualTo("run-as-staff");
            });
        });
        assertThat(reviews.expectedDecision(tracked(item.reference())))
                .contains(new ExpectedDecision(ExpectedDecision.Basis.PAUSED, null, null));
        assertThatThrownBy(() -> runAs.committee(() -> decide(item.agendaId(), Decision.ACCEPT, null, null)))
                .isInstanceOfSatisfying(DomainException.class,
                        broken -> assertThat(broken.key()).isEqualTo("rule.agenda.paused"));

        runAs.staff(() -> run(() -> reviews.resumeClock(item.agendaId(), data.today().plusDays(1))));
        assertThat(data.agendaItem(item.agendaId())).satisfies(resumed -> {
            assertThat(resumed.paused()).isFalse();
            assertThat(resumed.pauses()).isEqualTo(1);
            assertThat(resumed.expectedDecision()).isNotNull();
        });
        assertThat(data.dueOn(item.reference())).as("the decision day moved by the days the clock stood")
                .isEqualTo(data.agendaItem(item.agendaId()).expectedDecision());
        assertThat(data.audits(item.reference(), "pause")).isEqualTo(1);
        assertThat(data.audits(item.reference(), "resumeClock")).isEqualTo(1);
        LocalDate due = data.agendaItem(item.agendaId()).expectedDecision();
        assertThat(runAs.staff(() -> outbox.forRequest(item.reference()))).as("the member is told both")
                .filteredOn(message -> message.kind() == MessageKind.CLOCK_STOPPED
                        || message.kind() == MessageKind.CLOCK_RESUMED)
                .satisfiesExactly(stopped -> {
                    assertThat(stopped.kind()).isEqualTo(MessageKind.CLOCK_STOPPED);
                    assertThat(stopped.bodyEnglish()).contains(item.reference(), "Waiting for the signed guide");
                }, resumed -> {
                    assertThat(resumed.kind()).isEqualTo(MessageKind.CLOCK_RESUMED);
                    assertThat(resumed.bodyArabic()).contains(HijriDates.both(due, Locales.ARABIC));
                    assertThat(resumed.bodyEnglish()).contains("no later than " + HijriDates.both(due,
                            Locales.ENGLISH));
                });
    }

    @Test
    void theCommitteesReportCountsDecisionsAgainstTheWindowClockStopsAndRejectionsByCategory() throws Exception {
        // Items handed over on one day are shared with other tests of this class: what these add is what is counted.
        OnAgenda waiting = data.pastTheFloor(); // on the agenda before the first count, its clock stopped after it
        LocalDate day = runAs.committee(() -> reviews.window(waiting.reference())).orElseThrow().handedOverOn();
        DayRange thatDay = new DayRange(day, day);
        LocalDate longAgo = data.today().minusDays(400);
        DayRange thatOldDay = new DayRange(longAgo, longAgo);
        CommitteeWork before = runAs.supervisor(() -> figures.committee(thatDay));
        CommitteeWork beforeOld = runAs.director(() -> figures.committee(thatOldDay));

        OnAgenda accepted = data.pastTheFloor();
        OnAgenda rejected = data.pastTheFloor();
        OnAgenda late = data.handedOverOn(longAgo);
        runAs.committee(() -> decide(accepted.agendaId(), Decision.ACCEPT, null, null));
        runAs.committee(() -> {
            reviews.decide(rejected.agendaId(), Decision.REJECT, RejectionCategory.OUTSIDE_POLICY,
                    "الطلب خارج نطاق سياسة الدعم", "The request lies outside the support policy");
            return null;
        });
        runAs.staff(() -> run(() -> reviews.pause(waiting.agendaId(), data.today(), "Waiting for the member's papers")));
        runAs.committee(() -> decide(late.agendaId(), Decision.ACCEPT, null, null));

        CommitteeWork after = runAs.supervisor(() -> figures.committee(thatDay));
        assertThat(after.handedOver() - before.handedOver()).isEqualTo(2);
        assertThat(after.withinWindow() - before.withinWindow()).isEqualTo(2);
        assertThat(after.open() - before.open()).as("the stopped one was open before and still is").isZero();
        assertThat(after.accepted() - before.accepted()).isEqualTo(1);
        assertThat(after.rejected() - before.rejected()).isEqualTo(1);
        assertThat(after.rejections().get(RejectionCategory.OUTSIDE_POLICY)
                - before.rejections().get(RejectionCategory.OUTSIDE_POLICY)).isEqualTo(1);
        assertThat(after.stops() - before.stops()).isEqualTo(1);
        assertThat(after.daysStopped() - before.daysStopped()).as("stopped today, still stopped").isEqualTo(1);
        CommitteeWork afterOld = runAs.director(() -> figures.committee(thatOldDay));
        assertThat(afterOld.afterCeiling() - beforeOld.afterCeiling()).isEqualTo(1);
        assertThat(afterOld.withinWindow() - beforeOld.withinWindow()).isZero();
        assertThat(data.audits(late.reference(), "decide")).isEqualTo(1);

        for (Callable<?> refused : List.<Callable<?>>of(() -> runAs.staff(() -> figures.committee(thatDay)),
                () -> runAs.committee(() -> figures.committee(thatDay)))) {
            assertThatThrownBy(refused::call).satisfies(ReviewsIT::denied);
        }
    }

    @Test
    void aHolidayWrittenOnAnotherNodeCountsInThisNodesVeryNextDeadlineAndSoDoesAnAdministratorsChange()
            throws Exception {
        LocalDate saturday = LocalDate.of(2031, 1, 4);
        LocalDate sunday = LocalDate.of(2031, 1, 5);
        LocalDate monday = LocalDate.of(2031, 1, 6);
        LocalDate tuesday = LocalDate.of(2031, 1, 7);
        LocalDate wednesday = LocalDate.of(2031, 1, 8);
        assertThat(calendars.calendar().addWorkingDays(saturday, 1)).isEqualTo(sunday);
        assertThat(calendars.calendar().addWorkingDays(saturday, 1)).as("this node's copy").isEqualTo(sunday);
        try {
            // another node's change: its own connection and transaction, nothing passes through this node
            assertThat(otherNode("INSERT INTO holiday (holiday_date, name_ar, name_en, source) "
                    + "VALUES ('2031-01-05', 'إجازة', 'A day off', 'ADMIN')")).isOne();
            assertThat(calendars.calendar().addWorkingDays(saturday, 1)).isEqualTo(monday);
            assertThat(otherNode("UPDATE holiday SET holiday_date = '2031-01-06' WHERE holiday_date = '2031-01-05'"))
                    .isOne();
            assertThat(calendars.calendar().addWorkingDays(saturday, 1)).isEqualTo(sunday);
            assertThat(calendars.calendar().addWorkingDays(saturday, 2)).isEqualTo(tuesday);
        } finally {
            otherNode("DELETE FROM holiday WHERE holiday_date IN ('2031-01-05', '2031-01-06')");
        }
        assertThat(calendars.calendar().addWorkingDays(saturday, 2)).isEqualTo(monday);

        Long added = runAs.admin(() -> calendars.addHoliday(tuesday, "إجازة معلنة", "Announced day off"));
        assertThat(calendars.calendar().addWorkingDays(saturday, 3)).isEqualTo(wednesday);
        assertThatThrownBy(() -> runAs.admin(() -> calendars.addHoliday(tuesday, "مكرر", "Twice")))
                .isInstanceOfSatisfying(DomainException.class,
                        broken -> assertThat(broken.key()).isEqualTo("rule.holiday.duplicate"));
        assertThat(calendars.calendar().addWorkingDays(saturday, 3)).as("a refused change changes nothing")
                .isEqualTo(wednesday);
        runAs.admin(() -> run(() -> calendars.removeHoliday(added)));
        assertThat(calendars.calendar().addWorkingDays(saturday, 3)).isEqualTo(tuesday);
    }

    /** A statement committed on a connection of its own, as another node sharing the database would. */
    private int otherNode(String sql) throws java.sql.SQLException {
        try (java.sql.Connection connection = database.getConnection();
             java.sql.Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            return statement.executeUpdate(sql);
        }
    }

    @Test
    void onlyTheCommitteeDecidesAndOnlyAdminsOverrideOrChangeTheWindow() throws Exception {
        OnAgenda item = data.pastTheFloor();

        assertThatThrownBy(() -> runAs.staff(() -> decide(item.agendaId(), Decision.ACCEPT, null, null)))
                .satisfies(ReviewsIT::denied);
        assertThatThrownBy(() -> reviews.decide(item.agendaId(), Decision.ACCEPT, null, null))
                .satisfies(ReviewsIT::denied);
        assertThatThrownBy(() -> runAs.committee(() -> run(() -> reviews.overrideFloor(item.agendaId(), "early",
                "1447/23")))).satisfies(ReviewsIT::denied);
        assertThatThrownBy(() -> runAs.staff(() -> calendars.changeSettings(0, 1, 0)))
                .satisfies(ReviewsIT::denied);
        assertThatThrownBy(() -> runAs.admin(() -> calendars.changeSettings(15, 10, 3)))
                .isInstanceOfSatisfying(DomainException.class,
                        broken -> assertThat(broken.key()).isEqualTo("rule.review.floorAfterCeiling"));
        assertThatThrownBy(() -> runAs.admin(() -> calendars.changeSettings(9, 14, 3)))
                .isInstanceOfSatisfying(DomainException.class,
                        broken -> assertThat(broken.key()).isEqualTo("rule.review.floorUnderTwoWeeks"));
        assertThat(runAs.admin(() -> calendars.settings()).floorWorkingDays()).isEqualTo(10);
        assertThat(data.status(item.reference())).isEqualTo(RequestStatus.WITH_COMMITTEE);
    }

    @Test
    void theCommitteeIsRemindedOnceBeforeTheCeiling() throws Exception {
        OnAgenda item = data.nearTheCeiling();

        reviews.remindAndEscalateOverdue();
        reviews.remindAndEscalateOverdue();

        assertThat(data.agendaItem(item.agendaId()).remindedAt()).isNotNull();
        assertThat(data.agendaItem(item.agendaId()).overdueEscalatedAt()).isNull();
        assertThat(data.audits(item.reference(), "remind")).isEqualTo(1);
    }

    @Test
    void anOverdueItemIsEscalatedExactlyOnceByTwoSchedulersRunningAtOnce() throws Exception {
        OnAgenda item = data.handedOverOn(data.today().minusDays(60));
        String slot = "test-" + UUID.randomUUID();

        List<DeadlineJobs.Run> runs = atOnce(() -> deadlineJobs.run("node-a", slot),
                () -> deadlineJobs.run("node-b", slot));

        assertThat(runs).filteredOn(DeadlineJobs.Run::ran).hasSize(1);
        assertEscalatedOnce(item);
    }

    @Test
    void aRunOfTheDeadlineJobsForgetsTheWebsitesIdempotencyAnswersPastTheirRetention() {
        String old = "old-" + UUID.randomUUID(), recent = "recent-" + UUID.randomUUID();
        data.idempotentAnswer(old, Instant.now().minus(Duration.ofHours(25)));
        data.idempotentAnswer(recent, Instant.now().minus(Duration.ofHours(23)));

        deadlineJobs.run("node-a", "test-" + UUID.randomUUID());

        assertThat(data.idempotentAnswerKept(old)).isFalse();
        assertThat(data.idempotentAnswerKept(recent)).isTrue();
    }

    @Test
    void twoOverlappingRunsWithoutTheLeaseStillEscalateOnce() throws Exception {
        OnAgenda item = data.handedOverOn(data.today().minusDays(60));

        List<Boolean> acted = atOnce(() -> reviews.remindOrEscalate(item.agendaId()),
                () -> reviews.remindOrEscalate(item.agendaId()));

        // at most one acted: usually one of the two; none if this node's own minute timer got there first
        assertThat(acted).hasSize(2).filteredOn(Boolean::booleanValue).hasSizeLessThanOrEqualTo(1);
        assertEscalatedOnce(item);
    }

    private void assertEscalatedOnce(OnAgenda item) {
        assertThat(data.agendaItem(item.agendaId()).overdueEscalatedAt()).isNotNull();
        assertThat(data.escalationsOf(item.reference())).singleElement().satisfies(escalation -> {
            assertThat(escalation.levelCode()).isEqualTo("DIRECTOR");
            assertThat(escalation.state()).isEqualTo(EscalationState.OPEN);
            assertThat(escalation.raisedBy()).isEqualTo("system");
        });
        assertThat(data.audits(item.reference(), "escalateOverdue")).isEqualTo(1);
        assertThat(data.audits(item.reference() + "/DIRECTOR", "raise")).isEqualTo(1);
    }

    /** Starts both works on the server's managed threads at the same moment and waits for both. */
    @SafeVarargs
    private static <T> List<T> atOnce(Callable<T>... works) throws Exception {
        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = java.util.Arrays.stream(works).map(work -> executor.submit(() -> {
            start.await();
            return work.call();
        })).toList();
        start.countDown();
        List<T> results = new java.util.ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get(2, TimeUnit.MINUTES));
        }
        return results;
    }

    private Void decide(Long agendaId, Decision decision, String reasonArabic, String reasonEnglish) {
        reviews.decide(agendaId, decision, reasonArabic, reasonEnglish);
        return null;
    }

    private static Void run(Runnable work) {
        work.run();
        return null;
    }

    /** What the kiosk's tracking screen holds for the request (reference and mobile already matched). */
    private static KioskRequests.PublicStatus tracked(String reference) {
        return new KioskRequests.PublicStatus(reference, "SUPPORT", RequestStatus.SUBMITTED, Instant.now(),
                Optional.empty(), List.of());
    }

    static void denied(Throwable thrown) {
        Throwable cause = thrown;
        while (cause != null && !(cause instanceof EJBAccessException)) {
            cause = cause.getCause();
        }
        assertThat(cause).as("EJBAccessException in " + thrown).isInstanceOf(EJBAccessException.class);
    }
}
