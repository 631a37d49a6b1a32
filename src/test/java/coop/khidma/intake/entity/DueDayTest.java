package coop.khidma.intake.entity;

import coop.khidma.review.control.ReviewCalendar;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static coop.khidma.intake.entity.Requests.CLERK;
import static coop.khidma.intake.entity.Requests.T0;
import static coop.khidma.intake.entity.Requests.at;
import static coop.khidma.intake.entity.Requests.committeeType;
import static coop.khidma.intake.entity.Requests.serviceType;
import static coop.khidma.intake.entity.Requests.submitted;
import static coop.khidma.intake.entity.Requests.walkedTo;
import static coop.khidma.platform.i18n.BrokenRule.assertBroken;
import static org.assertj.core.api.Assertions.assertThat;

/** The day the association owes the member its next step, and when nothing is owed. */
class DueDayTest {

    /** T0 is Sunday 1 March 2026 in Riyadh; no holidays. */
    private static final ReviewCalendar DAYS = new ReviewCalendar(Set.of());

    @Test
    void aFiledRequestIsDueTheTypesWorkingDaysAfterTheFilingDay() {
        RequestType type = serviceType();
        type.answerWithin(3);
        ServiceRequest request = submitted(type);
        request.promiseAnswer(DAYS, T0);
        assertThat(request.dueOn()).isEqualTo(LocalDate.of(2026, 3, 4)); // Monday, Tuesday, Wednesday
        type.answerWithin(5); // later changes to the type do not move a promise already made
        assertThat(request.dueOn()).isEqualTo(LocalDate.of(2026, 3, 4));
    }

    @Test
    void aNewTypeAnswersWithinFiveWorkingDaysSoTheWeekendIsSkipped() {
        ServiceRequest request = submitted(committeeType());
        request.promiseAnswer(DAYS, T0);
        assertThat(request.dueOn()).isEqualTo(LocalDate.of(2026, 3, 8)); // Mon–Thu, then Sunday
    }

    @Test
    void returnedToTheMemberNothingIsOwedUntilTheyComeBack() {
        ServiceRequest request = submitted(committeeType());
        request.promiseAnswer(DAYS, T0);
        request.startIntake(CLERK, at(1));
        request.markMissing("SUPPORT_DOCUMENT", "not brought", CLERK, at(2));
        request.returnToMember(CLERK, at(3));
        assertThat(request.dueOn()).isNull();
        request.promiseAnswer(DAYS, at(4)); // while returned a promise is not made
        assertThat(request.dueOn()).isNull();

        request.resume(CLERK, T0.plusSeconds(3 * 86_400)); // Wednesday
        request.promiseAnswer(DAYS, T0.plusSeconds(3 * 86_400));
        assertThat(request.dueOn()).isEqualTo(LocalDate.of(2026, 3, 11));
    }

    @Test
    void withTheCommitteeTheDecisionDayIsOwedAndNothingWhileItsClockIsStopped() {
        ServiceRequest request = walkedTo(committeeType(), RequestStatus.WITH_COMMITTEE);
        request.promiseDecisionBy(LocalDate.of(2026, 3, 19));
        assertThat(request.dueOn()).isEqualTo(LocalDate.of(2026, 3, 19));
        request.promiseDecisionBy(null);
        assertThat(request.dueOn()).isNull();
    }

    @Test
    void onlyARequestWithTheCommitteeIsPromisedItsDecision() {
        ServiceRequest request = walkedTo(committeeType(), RequestStatus.VERIFIED);
        assertBroken("rule.request.illegalTransition", () -> request.promiseDecisionBy(LocalDate.of(2026, 3, 19)));
    }

    @Test
    void aClosedRequestOwesNothing() {
        ServiceRequest request = walkedTo(serviceType(), RequestStatus.BEING_SERVED);
        request.promiseAnswer(DAYS, T0);
        assertThat(request.dueOn()).isNotNull();
        request.resolve("The certificate was handed over.", CLERK, at(30));
        assertThat(request.dueOn()).isNull();
        request.promiseAnswer(DAYS, at(31));
        assertThat(request.dueOn()).isNull();
    }

    @Test
    void theAnswerKeepsItsMomentAndTheDayPromisedThenForTheBoardsReport() {
        ServiceRequest request = walkedTo(serviceType(), RequestStatus.BEING_SERVED);
        request.promiseAnswer(DAYS, T0);
        LocalDate promised = request.dueOn();
        assertThat(request.intakeCompletedAt()).isNotNull();
        assertThat(request.answeredAt()).isNull();
        request.resolve("The certificate was handed over.", CLERK, at(30));
        assertThat(request.answeredAt()).isEqualTo(at(30));
        assertThat(request.answerPromisedOn()).isEqualTo(promised).isNotNull();
    }

    @Test
    void theCommitteesDecisionKeepsTheWindowsCeilingAsThePromise() {
        ServiceRequest accepted = walkedTo(committeeType(), RequestStatus.WITH_COMMITTEE);
        accepted.promiseDecisionBy(LocalDate.of(2026, 3, 19));
        accepted.accept(CLERK, at(40));
        assertThat(accepted.answeredAt()).isEqualTo(at(40));
        assertThat(accepted.answerPromisedOn()).isEqualTo(LocalDate.of(2026, 3, 19));

        ServiceRequest rejected = walkedTo(committeeType(), RequestStatus.WITH_COMMITTEE);
        rejected.promiseDecisionBy(null); // decided while the clock stood: nothing was promised then
        rejected.reject(CLERK, at(41));
        assertThat(rejected.answeredAt()).isEqualTo(at(41));
        assertThat(rejected.answerPromisedOn()).isNull();
    }

    @Test
    void intakeCompletedOnceKeepsItsFirstMoment() {
        ServiceRequest request = walkedTo(committeeType(), RequestStatus.IN_INTAKE);
        Requests.verifyMandatory(request, at(2));
        request.completeIntake(CLERK, at(3));
        assertThat(request.intakeCompletedAt()).isEqualTo(at(3));
        request.handToCommittee(CLERK, at(4));
        assertThat(request.intakeCompletedAt()).isEqualTo(at(3));
    }

    @Test
    void anAnswerTimeIsOneToSixtyWorkingDays() {
        RequestType type = serviceType();
        assertBroken("rule.requestType.answerDays", () -> type.answerWithin(0));
        assertBroken("rule.requestType.answerDays", () -> type.answerWithin(61));
        type.answerWithin(60);
        assertThat(type.answerWorkingDays()).isEqualTo(60);
    }
}
