package coop.khidma.intake.entity;

import coop.khidma.audit.entity.Change;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.personaldata.PrivacyNotice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static coop.khidma.intake.entity.Requests.CLERK;
import static coop.khidma.intake.entity.Requests.T0;
import static coop.khidma.intake.entity.Requests.at;
import static coop.khidma.intake.entity.Requests.committeeType;
import static coop.khidma.intake.entity.Requests.serviceType;
import static coop.khidma.intake.entity.Requests.submitted;
import static coop.khidma.intake.entity.Requests.typeReaching;
import static coop.khidma.intake.entity.Requests.walkedTo;
import static coop.khidma.intake.entity.RequestStatus.*;
import static coop.khidma.platform.i18n.BrokenRule.assertBroken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class ServiceRequestTest {

    /** Every status-changing verb and the only statuses it may start from. */
    private static final Map<String, Set<RequestStatus>> LEGAL = Map.ofEntries(
            Map.entry("startIntake", EnumSet.of(SUBMITTED)),
            Map.entry("returnToMember", EnumSet.of(IN_INTAKE)),
            Map.entry("resume", EnumSet.of(RETURNED)),
            Map.entry("completeIntake", EnumSet.of(IN_INTAKE)),
            Map.entry("handToCommittee", EnumSet.of(VERIFIED)),
            Map.entry("startService", EnumSet.of(VERIFIED)),
            Map.entry("accept", EnumSet.of(WITH_COMMITTEE)),
            Map.entry("reject", EnumSet.of(WITH_COMMITTEE)),
            Map.entry("resolve", EnumSet.of(BEING_SERVED)),
            Map.entry("complete", EnumSet.of(ACCEPTED)),
            Map.entry("withdraw", EnumSet.of(SUBMITTED, IN_INTAKE, RETURNED, VERIFIED, WITH_COMMITTEE, BEING_SERVED,
                    ACCEPTED)),
            Map.entry("provide", EnumSet.of(IN_INTAKE)),
            Map.entry("verifyItem", EnumSet.of(IN_INTAKE)),
            Map.entry("markMissing", EnumSet.of(IN_INTAKE)),
            Map.entry("recordApplicant", EnumSet.of(SUBMITTED, IN_INTAKE)),
            Map.entry("assignTo", EnumSet.of(SUBMITTED, IN_INTAKE, RETURNED, VERIFIED, WITH_COMMITTEE, BEING_SERVED,
                    ACCEPTED)),
            Map.entry("cameWithTicket", EnumSet.of(SUBMITTED, IN_INTAKE, RETURNED, VERIFIED, WITH_COMMITTEE,
                    BEING_SERVED, ACCEPTED)));

    private static final CounterTicket TICKET = new CounterTicket(41L, "A-007", java.time.LocalDate.of(2026, 3, 1));

    private static void apply(String verb, ServiceRequest request) {
        switch (verb) {
            case "startIntake" -> request.startIntake(CLERK, at(10));
            case "returnToMember" -> request.returnToMember(CLERK, at(10));
            case "resume" -> request.resume(CLERK, at(10));
            case "completeIntake" -> request.completeIntake(CLERK, at(10));
            case "handToCommittee" -> request.handToCommittee(CLERK, at(10));
            case "startService" -> request.startService(CLERK, at(10));
            case "accept" -> request.accept(CLERK, at(10));
            case "reject" -> request.reject(CLERK, at(10));
            case "resolve" -> request.resolve("done", CLERK, at(10));
            case "complete" -> request.complete(CLERK, at(10));
            case "withdraw" -> request.withdraw("no longer needed", CLERK, at(10));
            case "provide" -> request.provide("MEMBER_IDENTITY", "1000000008", CLERK, at(10));
            case "verifyItem" -> request.verifyItem("MEMBER_IDENTITY", VerificationMethod.ORIGINAL_SEEN, CLERK, at(10));
            case "markMissing" -> request.markMissing("MEMBER_IDENTITY", "forgot it", CLERK, at(10));
            case "recordApplicant" -> request.recordApplicant(Requests.applicant(), CLERK, at(10));
            case "assignTo" -> request.assignTo("omar", CLERK, at(10));
            case "cameWithTicket" -> request.cameWithTicket(TICKET, CLERK, at(10));
            default -> throw new IllegalArgumentException(verb);
        }
    }

    @ParameterizedTest
    @EnumSource(RequestStatus.class)
    void everyVerbIsRefusedFromEveryStatusItDoesNotStartFrom(RequestStatus from) {
        LEGAL.forEach((verb, allowed) -> {
            if (!allowed.contains(from)) {
                ServiceRequest request = walkedTo(typeReaching(from), from);
                DomainException broken = assertBroken("rule.request.illegalTransition", () -> apply(verb, request));
                assertArrayEquals(new Object[]{from, verb}, broken.arguments(), verb);
                assertThat(request.status()).as(verb).isEqualTo(from);
            }
        });
    }

    @Test
    void anOpenRequestKeepsTheTicketOfTheCounterVisitItWasOpenedOrFoundAtAndOnlyOne() {
        ServiceRequest request = submitted(serviceType());
        assertThat(request.ticket()).isNull();
        Change kept = request.cameWithTicket(TICKET, CLERK, at(5));
        assertThat(kept).extracting(Change::action, Change::before, Change::after, Change::actor, Change::detail)
                .containsExactly("cameWithTicket", "SUBMITTED", "SUBMITTED", CLERK, "ticket 2026-03-01/A-007");
        assertThat(request.ticket()).isEqualTo(TICKET);
        DomainException again = assertBroken("rule.request.hasTicket", () -> request.cameWithTicket(
                new CounterTicket(42L, "B-001", java.time.LocalDate.of(2026, 3, 2)), CLERK, at(6)));
        assertArrayEquals(new Object[]{"A-007"}, again.arguments());
        assertThat(request.ticket()).isEqualTo(TICKET);
        assertThat(request.status()).isEqualTo(SUBMITTED);
    }

    @Test
    void onlyRejectedResolvedCompletedAndWithdrawnAreClosed() {
        assertThat(EnumSet.allOf(RequestStatus.class).stream().filter(status -> !status.isOpen()))
                .containsExactlyInAnyOrder(REJECTED, RESOLVED, COMPLETED, WITHDRAWN);
    }

    @Test
    void aNewRequestCopiesItsTypesChecklistAsPendingItems() {
        ServiceRequest request = submitted(committeeType());
        assertThat(request.status()).isEqualTo(SUBMITTED);
        assertThat(request.items()).extracting(ItemVerification::itemCode)
                .containsExactly("MEMBER_IDENTITY", "SUPPORT_DOCUMENT", "EXTRA");
        assertThat(request.items()).extracting(ItemVerification::state).containsOnly(ItemState.PENDING);
        assertThat(request.submitted()).isEqualTo(new Change("REQUEST", "2026-000001", "submit", null, "SUBMITTED",
                CLERK, T0, "SUPPORT via IN_PERSON"));
    }

    @Test
    void theAcceptedPrivacyNoticeIsKeptOnceBeforeFilingAndNamedInTheFilingsAuditEntry() {
        ServiceRequest request = submitted(committeeType());
        assertBroken("rule.consent.required", () -> new Consent(new PrivacyNotice.Acceptance("2026-12", false),
                Channel.KIOSK, T0));
        Consent consent = new Consent(new PrivacyNotice.Acceptance(" 2026-12 ", true), Channel.KIOSK, T0);

        request.recordConsent(consent);

        assertThat(request.consent().noticeVersion()).isEqualTo("2026-12");
        assertThat(request.consent().acceptedAt()).isEqualTo(T0);
        assertThat(request.consent().channel()).isEqualTo(Channel.KIOSK);
        assertThat(request.submitted().detail())
                .isEqualTo("SUPPORT via IN_PERSON; privacy notice 2026-12 accepted via KIOSK");
        assertBroken("rule.consent.alreadyGiven", () -> request.recordConsent(consent));
        ServiceRequest started = walkedTo(committeeType(), IN_INTAKE);
        assertBroken("rule.request.illegalTransition", () -> started.recordConsent(consent));
    }

    @Test
    void theChannelIsMandatoryAndARetiredTypeTakesNoNewRequests() {
        RequestType type = committeeType();
        org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class, () -> ServiceRequest.submit(
                "2026-000001", type, Requests.requester(), null, null, CLERK, T0));
        type.retire();
        assertBroken("rule.request.typeRetired", () -> submitted(type));
    }

    @Test
    void anInquiryHasItsQuestionProvidedAndIsServedAfterVerification() {
        ServiceRequest inquiry = ServiceRequest.inquiry(Requests.inquiry(), "2026-000002", Requests.requester(),
                "  When is the general assembly?  ", Channel.KIOSK, Change.KIOSK, T0);
        assertThat(inquiry.details()).isEqualTo("When is the general assembly?");
        assertThat(inquiry.typeCode()).isEqualTo(ServiceRequest.INQUIRY);
        assertThat(inquiry.item("QUESTION").state()).isEqualTo(ItemState.PROVIDED);
        assertThat(inquiry.submittedBy()).isEqualTo("kiosk");
        inquiry.startIntake(CLERK, at(1));
        inquiry.verifyItem("QUESTION", VerificationMethod.ORIGINAL_SEEN, CLERK, at(2));
        inquiry.completeIntake(CLERK, at(3));
        inquiry.startService(CLERK, at(4));
        Change resolved = inquiry.resolve("On 15 Shawwal at the association's hall.", CLERK, at(5));
        assertThat(resolved.before()).isEqualTo("BEING_SERVED");
        assertThat(resolved.after()).isEqualTo("RESOLVED");
        assertThat(inquiry.outcome()).startsWith("On 15 Shawwal");
        assertThat(inquiry.closedAt()).isEqualTo(at(5));
        assertBroken("rule.request.wrongType", () -> ServiceRequest.inquiry(serviceType(), "2026-000003",
                Requests.requester(), "q", Channel.KIOSK, Change.KIOSK, T0));
        assertBroken("rule.question.required", () -> ServiceRequest.inquiry(Requests.inquiry(), "2026-000003",
                Requests.requester(), "   ", Channel.KIOSK, Change.KIOSK, T0));
    }

    @Test
    void startingIntakeAssignsTheClerkAndIsAudited() {
        ServiceRequest request = submitted(committeeType());
        Change change = request.startIntake(CLERK, at(1));
        assertThat(change).isEqualTo(new Change("REQUEST", "2026-000001", "startIntake", "SUBMITTED", "IN_INTAKE",
                CLERK, at(1), null));
        assertThat(request.assignee()).isEqualTo(CLERK);
        assertThat(request.statusChangedAt()).isEqualTo(at(1));
    }

    // ---- the checklist gate (policy item 2) ---------------------------------------------------------------------

    @Test
    void intakeCannotCompleteWhileAnyMandatoryItemIsUnverified() {
        ServiceRequest request = walkedTo(committeeType(), IN_INTAKE);
        DomainException broken = assertBroken("rule.request.itemsUnverified", () -> request.completeIntake(CLERK, at(2)));
        assertArrayEquals(new Object[]{2, "MEMBER_IDENTITY, SUPPORT_DOCUMENT"}, broken.arguments());

        request.verifyItem("MEMBER_IDENTITY", VerificationMethod.MATCHED_REGISTRY, CLERK, at(3));
        request.provide("SUPPORT_DOCUMENT", "bank letter", CLERK, at(4));
        broken = assertBroken("rule.request.itemsUnverified", () -> request.completeIntake(CLERK, at(5)));
        assertArrayEquals(new Object[]{1, "SUPPORT_DOCUMENT"}, broken.arguments(), "provided is not verified");

        request.verifyItem("SUPPORT_DOCUMENT", VerificationMethod.COPY_RECEIVED, CLERK, at(6));
        assertThat(request.item("EXTRA").state()).isEqualTo(ItemState.PENDING);
        Change done = request.completeIntake(CLERK, at(7));
        assertThat(done.after()).isEqualTo("VERIFIED");
        assertThat(request.status()).isEqualTo(VERIFIED);
    }

    @Test
    void aMissingOptionalItemDoesNotHoldIntakeBack() {
        ServiceRequest request = walkedTo(committeeType(), IN_INTAKE);
        request.markMissing("EXTRA", "will not bring it", CLERK, at(2));
        Requests.verifyMandatory(request, at(3));
        request.completeIntake(CLERK, at(4));
        assertThat(request.status()).isEqualTo(VERIFIED);
    }

    @Test
    void missingItemsAreReturnedToTheMemberAndIntakeResumesUntilVerified() {
        ServiceRequest request = walkedTo(committeeType(), IN_INTAKE);
        assertBroken("rule.request.nothingMissing", () -> request.returnToMember(CLERK, at(2)));

        request.verifyItem("MEMBER_IDENTITY", VerificationMethod.ORIGINAL_SEEN, CLERK, at(2));
        Change missing = request.markMissing("SUPPORT_DOCUMENT", "Bank letter not brought", CLERK, at(3));
        assertThat(missing).isEqualTo(new Change("ITEM", "2026-000001/SUPPORT_DOCUMENT", "markMissing", "PENDING",
                "MISSING", CLERK, at(3), null)); // the reason stays on the item, not in the audit trail
        Change returned = request.returnToMember(CLERK, at(4));
        assertThat(returned.after()).isEqualTo("RETURNED");
        assertThat(returned.detail()).isEqualTo("SUPPORT_DOCUMENT");
        assertThat(request.missingItems()).extracting(ItemVerification::itemCode).containsExactly("SUPPORT_DOCUMENT");
        assertThat(request.item("SUPPORT_DOCUMENT").missingReason()).isEqualTo("Bank letter not brought");

        assertBroken("rule.request.illegalTransition",
                () -> request.provide("SUPPORT_DOCUMENT", "letter", CLERK, at(5)));
        request.resume(CLERK, at(6));
        assertThat(request.status()).isEqualTo(IN_INTAKE);
        assertBroken("rule.request.itemsUnverified", () -> request.completeIntake(CLERK, at(7)));
        request.provide("SUPPORT_DOCUMENT", "bank letter dated 1 March", CLERK, at(8));
        assertThat(request.item("SUPPORT_DOCUMENT").missingReason()).isNull();
        request.verifyItem("SUPPORT_DOCUMENT", VerificationMethod.ORIGINAL_SEEN, CLERK, at(9));
        request.completeIntake(CLERK, at(10));
        assertThat(request.status()).isEqualTo(VERIFIED);
    }

    @Test
    void aVerificationRecordsWhoWhenAndHow() {
        ServiceRequest request = walkedTo(committeeType(), IN_INTAKE);
        request.verifyItem("SUPPORT_DOCUMENT", VerificationMethod.COPY_RECEIVED, "omar", at(5));
        ItemVerification item = request.item("SUPPORT_DOCUMENT");
        assertThat(item.state()).isEqualTo(ItemState.VERIFIED);
        assertThat(item.method()).isEqualTo(VerificationMethod.COPY_RECEIVED);
        assertThat(item.verifiedBy()).isEqualTo("omar");
        assertThat(item.verifiedAt()).isEqualTo(at(5));
    }

    @Test
    void aVerifiedItemIsNeitherReVerifiedNorMarkedMissingUntilReopenedWithAReason() {
        ServiceRequest request = walkedTo(committeeType(), IN_INTAKE);
        request.verifyItem("MEMBER_IDENTITY", VerificationMethod.ORIGINAL_SEEN, CLERK, at(2));
        assertBroken("rule.item.alreadyVerified",
                () -> request.verifyItem("MEMBER_IDENTITY", VerificationMethod.ORIGINAL_SEEN, CLERK, at(3)));
        assertBroken("rule.item.alreadyVerified", () -> request.markMissing("MEMBER_IDENTITY", "x", CLERK, at(3)));
        assertBroken("rule.item.alreadyVerified", () -> request.provide("MEMBER_IDENTITY", "x", CLERK, at(3)));
        assertBroken("rule.reason.required", () -> request.reopenItem("MEMBER_IDENTITY", " ", CLERK, at(4)));
        assertBroken("rule.item.notVerified", () -> request.reopenItem("SUPPORT_DOCUMENT", "typo", CLERK, at(4)));
        Change reopened = request.reopenItem("MEMBER_IDENTITY", "matched the wrong person", CLERK, at(4));
        assertThat(reopened.before()).isEqualTo("VERIFIED");
        assertThat(reopened.after()).isEqualTo("PENDING");
        assertThat(request.item("MEMBER_IDENTITY").verifiedBy()).isNull();
    }

    @Test
    void aFieldIsNotVerifiedByACopy() {
        ServiceRequest request = walkedTo(committeeType(), IN_INTAKE);
        assertBroken("rule.item.methodNotFit",
                () -> request.verifyItem("MEMBER_IDENTITY", VerificationMethod.COPY_RECEIVED, CLERK, at(2)));
        assertThat(VerificationMethod.COPY_RECEIVED.fits(ItemKind.DOCUMENT)).isTrue();
        assertThat(VerificationMethod.COPY_RECEIVED.fits(ItemKind.CONFIRMATION)).isTrue();
        assertThat(VerificationMethod.ORIGINAL_SEEN.fits(ItemKind.FIELD)).isTrue();
        assertThat(VerificationMethod.MATCHED_REGISTRY.fits(ItemKind.FIELD)).isTrue();
    }

    @Test
    void anUnknownItemAndAMissingReasonAreRefused() {
        ServiceRequest request = walkedTo(committeeType(), IN_INTAKE);
        assertBroken("rule.item.unknown", () -> request.provide("NOPE", null, CLERK, at(2)));
        assertBroken("rule.reason.required", () -> request.markMissing("EXTRA", "  ", CLERK, at(2)));
        assertBroken("rule.reason.tooLong", () -> request.markMissing("EXTRA", "x".repeat(501), CLERK, at(2)));
        request.markMissing("EXTRA", "x".repeat(500), CLERK, at(2));
    }

    // ---- after intake --------------------------------------------------------------------------------------------

    @Test
    void theCommitteePathIsForTypesTheCommitteeDecides() {
        ServiceRequest served = walkedTo(serviceType(), VERIFIED);
        assertBroken("rule.request.noCommittee", () -> served.handToCommittee(CLERK, at(20)));
        ServiceRequest decided = walkedTo(committeeType(), VERIFIED);
        assertBroken("rule.request.needsCommittee", () -> decided.startService(CLERK, at(20)));

        assertThat(decided.handToCommittee(CLERK, at(20)).after()).isEqualTo("WITH_COMMITTEE");
        assertThat(decided.accept("committee", at(21)).after()).isEqualTo("ACCEPTED");
        assertThat(decided.complete(CLERK, at(22)).after()).isEqualTo("COMPLETED");
        assertThat(decided.closedAt()).isEqualTo(at(22));
        assertThat(decided.status().isOpen()).isFalse();
    }

    @Test
    void theCommitteeReadsOnlyARequestPutBeforeItAndStillDoesOnceItIsDecided() {
        ServiceRequest served = walkedTo(serviceType(), BEING_SERVED);
        assertBroken("rule.request.notBeforeCommittee", served::requireBeforeCommittee);
        ServiceRequest verified = walkedTo(committeeType(), VERIFIED);
        assertBroken("rule.request.notBeforeCommittee", verified::requireBeforeCommittee);
        assertThat(verified.handedToCommitteeAt()).isNull();

        verified.handToCommittee(CLERK, at(20));
        verified.requireBeforeCommittee();
        verified.reject("committee", at(21));
        verified.requireBeforeCommittee();
        assertThat(verified.handedToCommitteeAt()).isEqualTo(at(20));
    }

    @Test
    void aRejectionClosesTheRequest() {
        ServiceRequest request = walkedTo(committeeType(), WITH_COMMITTEE);
        Change rejected = request.reject("committee", at(30));
        assertThat(rejected.before()).isEqualTo("WITH_COMMITTEE");
        assertThat(request.status()).isEqualTo(REJECTED);
        assertThat(request.closedAt()).isEqualTo(at(30));
    }

    @Test
    void resolvingNeedsTheAnswer() {
        ServiceRequest request = walkedTo(serviceType(), BEING_SERVED);
        assertBroken("rule.request.outcomeRequired", () -> request.resolve("  ", CLERK, at(30)));
        assertThat(request.status()).isEqualTo(BEING_SERVED);
    }

    @ParameterizedTest
    @EnumSource(value = RequestStatus.class, names = {"SUBMITTED", "IN_INTAKE", "RETURNED", "VERIFIED",
            "WITH_COMMITTEE", "BEING_SERVED", "ACCEPTED"})
    void everyOpenRequestCanBeWithdrawnWithAReason(RequestStatus from) {
        ServiceRequest request = walkedTo(typeReaching(from), from);
        assertBroken("rule.reason.required", () -> request.withdraw(" ", CLERK, at(40)));
        Change withdrawn = request.withdraw("Moved to Riyadh", CLERK, at(40));
        assertThat(withdrawn.before()).isEqualTo(from.name());
        assertThat(withdrawn.after()).isEqualTo("WITHDRAWN");
        assertThat(request.outcome()).isEqualTo("Moved to Riyadh");
        assertThat(withdrawn.detail()).as("the reason is kept on the request, not in the audit trail").isNull();
        assertThat(request.closedAt()).isEqualTo(at(40));
    }

    @Test
    void assigningRecordsThePreviousAssignee() {
        ServiceRequest request = walkedTo(committeeType(), IN_INTAKE);
        Change change = request.assignTo("omar", "supervisor", at(5));
        assertThat(change.before()).isEqualTo(CLERK);
        assertThat(change.after()).isEqualTo("omar");
        assertThat(request.assignee()).isEqualTo("omar");
    }

    // ---- membership applications ---------------------------------------------------------------------------------

    @Test
    void anApplicationHasItsFieldsProvidedAndNeedsTheApplicantsDetails() {
        ServiceRequest application = submitted(Requests.application());
        assertThat(application.isApplication()).isTrue();
        assertThat(application.item("FULL_NAME").state()).isEqualTo(ItemState.PROVIDED);
        assertThat(application.item("SHARES").state()).isEqualTo(ItemState.PROVIDED);
        assertThat(application.item("EMAIL").state()).isEqualTo(ItemState.PENDING);
        assertThat(application.item("NATIONAL_ID_COPY").state()).isEqualTo(ItemState.PENDING);
        assertThat(application.applicant().nationalId().value()).isEqualTo(Requests.VALID_ID);
        assertBroken("rule.request.wrongType", () -> walkedTo(committeeType(), IN_INTAKE)
                .recordApplicant(Requests.applicant(), CLERK, at(3)));
    }

    @Test
    void anApplicationCompletesOnlyWithAnActiveMember() {
        ServiceRequest application = walkedTo(Requests.application(), ACCEPTED);
        assertBroken("rule.request.memberNotActive", () -> application.complete(CLERK, at(30)));
        LinkedMember applicant = new LinkedMember(7L, "member 7", null, false, null, null);
        application.linkMember(applicant, CLERK, at(30));
        assertBroken("rule.request.memberNotActive", () -> application.complete(applicant, CLERK, at(31)));
        LinkedMember active = new LinkedMember(7L, "NJT-2026-0001", "NJT-2026-0001", true, null, null);
        assertBroken("rule.request.memberNotActive", () -> application.complete(
                new LinkedMember(8L, "NJT-2026-0002", "NJT-2026-0002", true, null, null), CLERK, at(31)));
        Change completed = application.complete(active, CLERK, at(31));
        assertThat(completed.detail()).isEqualTo("NJT-2026-0001");
        assertThat(application.status()).isEqualTo(COMPLETED);
    }

    @Test
    void theReferenceIsTheYearAndSixDigits() {
        assertThat(ServiceRequest.reference(2026, 42)).isEqualTo("2026-000042");
        assertThat(ServiceRequest.reference(2026, 1_000_000)).isEqualTo("2026-1000000");
    }

    @Test
    void theWalkedPathsReachEveryStatus() {
        for (RequestStatus status : RequestStatus.values()) {
            assertThat(walkedTo(typeReaching(status), status).status()).isEqualTo(status);
        }
    }
}
