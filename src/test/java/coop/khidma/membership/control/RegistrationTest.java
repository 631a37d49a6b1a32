package coop.khidma.membership.control;

import coop.khidma.audit.entity.Change;
import coop.khidma.intake.entity.LinkedMember;
import coop.khidma.intake.entity.RequestStatus;
import coop.khidma.intake.entity.Requests;
import coop.khidma.intake.entity.ServiceRequest;
import coop.khidma.membership.entity.Member;
import coop.khidma.membership.entity.MemberStatus;
import coop.khidma.membership.entity.ShareMovementKind;
import coop.khidma.person.NationalId;
import coop.khidma.person.SaudiMobile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.List;

import static coop.khidma.platform.i18n.BrokenRule.assertBroken;
import static org.assertj.core.api.Assertions.assertThat;

class RegistrationTest {

    private static final Instant AT = Instant.parse("2026-04-07T07:00:00Z");
    private static final MembershipNumber FIRST = new MembershipNumber(2026, 1);

    @Test
    void anAcceptedCompleteApplicationMakesAnActiveMemberAndACompletedRequest() {
        ServiceRequest application = Requests.walkedTo(Requests.application(), RequestStatus.ACCEPTED);
        Member member = Registration.applicantOf(application, "fatima", AT);
        assertThat(member.nameArabic()).isEqualTo("سارة القحطاني");
        assertThat(member.mobile()).isEqualTo(application.requester().mobile());
        assertThat(member.email().value()).isEqualTo("sara@example.com");
        assertThat(member.shares()).isEqualTo(5);

        Registration.requireCompletable(application, member);
        Change activated = Registration.activate(application, member, FIRST, "fatima", AT);
        // then intake completes the request (RequestProgress.registrationCompleted): linked to the member, completed
        LinkedMember linked = Registration.linked(member);
        List<Change> changes = List.of(activated, application.linkMember(linked, "fatima", AT),
                application.complete(linked, "fatima", AT));
        assertThat(changes).extracting(Change::action).containsExactly("activate", "linkMember", "complete");
        assertThat(member.status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(member.membershipNumber()).isEqualTo("NJT-2026-0001");
        assertThat(application.status()).isEqualTo(RequestStatus.COMPLETED);
        assertThat(application.memberId()).isEqualTo(member.id());
        assertThat(changes.get(2).detail()).isEqualTo("NJT-2026-0001");
    }

    @ParameterizedTest
    @EnumSource(value = RequestStatus.class, names = "ACCEPTED", mode = EnumSource.Mode.EXCLUDE)
    void completionIsRefusedUnlessTheApplicationIsAccepted(RequestStatus status) {
        if (status == RequestStatus.BEING_SERVED || status == RequestStatus.RESOLVED
                || status == RequestStatus.COMPLETED) {
            return; // applications never take the service path, and complete only through registration
        }
        ServiceRequest application = Requests.walkedTo(Requests.application(), status);
        Member member = Registration.applicantOf(application, "fatima", AT);
        assertBroken("rule.registration.notAccepted", () -> Registration.activate(application, member, FIRST,
                "fatima", AT));
        assertThat(member.status()).isEqualTo(MemberStatus.APPLICANT);
    }

    @Test
    void onlyAMembershipApplicationRegisters() {
        ServiceRequest other = Requests.walkedTo(Requests.committeeType(), RequestStatus.ACCEPTED);
        assertBroken("rule.registration.notApplication", () -> Registration.applicantOf(other, "fatima", AT));
    }

    @Test
    void theMemberMustBeTheApplicantAndStillAnApplicant() {
        ServiceRequest application = Requests.walkedTo(Requests.application(), RequestStatus.ACCEPTED);
        Member stranger = Member.applicant(NationalId.parse("2000000006"), "أحمد", "Ahmed",
                SaudiMobile.parse("0551234567"), null, "نجران", new Member.Subscription(1, null, null), "fatima", AT);
        assertBroken("rule.registration.otherPerson", () -> Registration.activate(application, stranger, FIRST,
                "fatima", AT));
        Member active = Registration.applicantOf(application, "fatima", AT);
        active.activate("NJT-2025-0100", "fatima", AT);
        assertBroken("rule.member.notApplicant", () -> Registration.activate(application, active, FIRST, "fatima",
                AT));
        assertThat(application.status()).isEqualTo(RequestStatus.ACCEPTED);
    }

    @Test
    void theApplicationsSharesAreTheInitialSubscriptionWithTheReceiptStaffNoted() {
        ServiceRequest application = Requests.submitted(Requests.application());
        application.startIntake("fatima", Requests.at(1));
        application.provide("SHARES_PAYMENT", "إيصال رقم ٧٧١٢", "fatima", Requests.at(2));
        Requests.verifyMandatory(application, Requests.at(3));
        application.completeIntake("fatima", Requests.at(4));
        application.handToCommittee("fatima", Requests.at(5));
        application.accept("committee", Requests.at(6));

        Member member = Registration.applicantOf(application, "fatima", AT);

        assertThat(member.movements()).singleElement().satisfies(line -> {
            assertThat(line.kind()).isEqualTo(ShareMovementKind.INITIAL_SUBSCRIPTION);
            assertThat(line.shares()).isEqualTo(5);
            assertThat(line.evidence()).isEqualTo("إيصال رقم 7712");
            assertThat(line.requestReference()).isEqualTo(application.reference());
            assertThat(line.effectiveOn()).isEqualTo(java.time.LocalDate.of(2026, 4, 7));
        });
        assertThat(member.shares()).isEqualTo(5);
    }
}
