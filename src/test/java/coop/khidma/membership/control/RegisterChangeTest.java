package coop.khidma.membership.control;

import coop.khidma.audit.entity.Change;
import coop.khidma.intake.entity.ChecklistItem;
import coop.khidma.intake.entity.RequestStatus;
import coop.khidma.intake.entity.RequestType;
import coop.khidma.intake.entity.Requests;
import coop.khidma.intake.entity.ServiceRequest;
import coop.khidma.membership.entity.Member;
import coop.khidma.membership.entity.MemberStatus;
import coop.khidma.person.EmailAddress;
import coop.khidma.person.NationalId;
import coop.khidma.person.SaudiMobile;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static coop.khidma.intake.entity.ItemKind.DOCUMENT;
import static coop.khidma.intake.entity.ItemKind.FIELD;
import static coop.khidma.intake.entity.Requests.CLERK;
import static coop.khidma.intake.entity.Requests.at;
import static coop.khidma.platform.i18n.BrokenRule.assertBroken;
import static org.assertj.core.api.Assertions.assertThat;

class RegisterChangeTest {

    private static final Instant AT = Instant.parse("2026-05-10T08:00:00Z");

    private static Member active() {
        Member member = Member.applicant(NationalId.parse("1000000008"), "سارة القحطاني", "Sara Al-Qahtani",
                SaudiMobile.parse("0501234567"), null, "نجران", new Member.Subscription(5, null, "2026-000001"), CLERK,
                Instant.parse("2026-03-01T06:00:00Z"));
        member.activate("NJT-2026-0007", CLERK, Instant.parse("2026-03-09T06:00:00Z"));
        return member;
    }

    private static RequestType withdrawal() {
        return RequestType.define(RequestType.WITHDRAWAL, "انسحاب من العضوية", "Withdrawal from membership", true,
                List.of(ChecklistItem.mandatory("MEMBER_IDENTITY", "مطابقة الهوية", "Identity matched", FIELD)));
    }

    private static RequestType suspension() {
        return RequestType.define(RequestType.BOARD_SUSPENSION, "تعليق عضوية", "Suspension", false,
                List.of(ChecklistItem.mandatory("MEMBER_IDENTITY", "مطابقة الهوية", "Identity matched", FIELD),
                        ChecklistItem.mandatory("BOARD_DECISION", "القرار", "Decision", FIELD),
                        ChecklistItem.mandatory("SUSPENSION_REASON", "السبب", "Reason", FIELD),
                        ChecklistItem.mandatory("BOARD_DECISION_COPY", "صورة القرار", "Decision copy", DOCUMENT)));
    }

    private static RequestType update() {
        return RequestType.define(RequestType.MEMBERSHIP_UPDATE, "تحديث", "Update", false,
                List.of(ChecklistItem.mandatory("MEMBER_IDENTITY", "مطابقة الهوية", "Identity matched", FIELD),
                        ChecklistItem.optional("NEW_MOBILE", "الجوال", "Mobile", FIELD),
                        ChecklistItem.optional("NEW_EMAIL", "البريد", "E-mail", FIELD),
                        ChecklistItem.optional("NEW_CITY", "المدينة", "City", FIELD)));
    }

    private static RequestType subscription() {
        return RequestType.define(RequestType.ADDITIONAL_SUBSCRIPTION, "اكتتاب إضافي", "Additional subscription", false,
                List.of(ChecklistItem.mandatory("MEMBER_IDENTITY", "مطابقة الهوية", "Identity matched", FIELD),
                        ChecklistItem.mandatory("ADDITIONAL_SHARES", "عدد الأسهم", "Shares", FIELD),
                        ChecklistItem.mandatory("RECEIPT_REFERENCE", "رقم الإيصال", "Receipt", FIELD)));
    }

    private static RequestType transfer() {
        return RequestType.define(RequestType.SHARE_TRANSFER, "نقل أسهم", "Share transfer", false,
                List.of(ChecklistItem.mandatory("MEMBER_IDENTITY", "مطابقة الهوية", "Identity matched", FIELD),
                        ChecklistItem.mandatory("TRANSFER_SHARES", "عدد الأسهم", "Shares", FIELD),
                        ChecklistItem.mandatory("RECEIVING_MEMBER", "العضو المنقول إليه", "Receiver", FIELD),
                        ChecklistItem.optional("BOARD_DECISION", "القرار", "Decision", FIELD)));
    }

    private static Member other() {
        Member member = Member.applicant(NationalId.parse("2000000006"), "أحمد", "Ahmed",
                SaudiMobile.parse("0551234567"), null, "نجران", new Member.Subscription(2, null, null), CLERK, AT);
        member.activate("NJT-2026-0008", CLERK, AT);
        return member;
    }

    /** Filed, its fields written as staff write them during intake, verified; then as far as {@code status}. */
    private static ServiceRequest verified(RequestType type, Map<String, String> notes) {
        ServiceRequest request = Requests.submitted(type);
        request.startIntake(CLERK, at(1));
        notes.forEach((code, note) -> request.provide(code, note, CLERK, at(2)));
        Requests.verifyMandatory(request, at(3));
        request.completeIntake(CLERK, at(4));
        return request;
    }

    @Test
    void anAcceptedWithdrawalWithdrawsTheMemberNamingTheRequest() {
        ServiceRequest request = verified(withdrawal(), Map.of());
        Member member = active();
        assertBroken("rule.registerChange.notReady", () -> RegisterChange.apply(request, member, null, CLERK, AT));
        request.handToCommittee(CLERK, at(5));
        assertBroken("rule.registerChange.notReady", () -> RegisterChange.apply(request, member, null, CLERK, AT));
        request.accept("committee", at(6));
        List<RegisterChange.Fact> facts = RegisterChange.apply(request, member, null, CLERK, AT);
        assertThat(facts).extracting(RegisterChange.Fact::change).containsExactly(
                new Change("MEMBER", "NJT-2026-0007", "withdraw", "ACTIVE", "WITHDRAWN", CLERK, AT,
                        "انسحاب من العضوية / Withdrawal from membership — 2026-000001"),
                new Change("MEMBER", "NJT-2026-0007", "refund", "5", "0", CLERK, AT, "-5 — 2026-000001"));
        assertThat(member.status()).isEqualTo(MemberStatus.WITHDRAWN);
        assertThat(member.shares()).isZero();
        assertThat(RegisterChange.outcome(request, member, facts)).isEqualTo(
                "سُجّل انسحاب العضوية رقم NJT-2026-0007 في سجل الأعضاء (انسحاب من العضوية / Withdrawal from membership"
                        + " — 2026-000001)؛ وتُرد قيمة أسهمها (٥) إلى الحساب البنكي المذكور في الطلب.\n"
                        + "Membership NJT-2026-0007 is recorded as withdrawn in the member register"
                        + " (انسحاب من العضوية / Withdrawal from membership — 2026-000001); its 5 shares are refunded"
                        + " to the bank account given with the request.");
        assertBroken("rule.member.illegalTransition", () -> RegisterChange.apply(request, member, null, CLERK, AT));
    }

    @Test
    void aBoardSuspensionKeepsTheDecisionAndItsReason() {
        ServiceRequest request = verified(suspension(), Map.of("BOARD_DECISION", "قرار رقم 12 بتاريخ 1447/10/03",
                "SUSPENSION_REASON", "Dues unpaid for two years"));
        Member member = active();
        Change change = RegisterChange.apply(request, member, null, CLERK, AT).get(0).change();
        assertThat(change.after()).isEqualTo("SUSPENDED");
        assertThat(member.statusDecision()).isEqualTo("قرار رقم 12 بتاريخ 1447/10/03");
        assertThat(member.statusReason()).isEqualTo("Dues unpaid for two years");
    }

    @Test
    void aSuspensionWithoutTheBoardsDecisionIsRefused() {
        ServiceRequest request = verified(suspension(), Map.of("SUSPENSION_REASON", "Dues unpaid"));
        Member member = active();
        assertBroken("rule.member.boardDecisionRequired", () -> RegisterChange.apply(request, member, null, CLERK, AT));
        assertThat(member.status()).isEqualTo(MemberStatus.ACTIVE);
    }

    @Test
    void aDataUpdateTakesTheNewValuesCheckedAsPersonValues() {
        ServiceRequest request = verified(update(), Map.of("NEW_MOBILE", "٠٥٥١٢٣٤٥٦٧", "NEW_CITY", "شرورة"));
        Member member = active();
        request.startService(CLERK, at(5));
        List<RegisterChange.Fact> facts = RegisterChange.apply(request, member, null, CLERK, AT);
        assertThat(member.mobile()).isEqualTo(SaudiMobile.parse("0551234567"));
        assertThat(member.city()).isEqualTo("شرورة");
        assertThat(member.email()).isNull();
        assertThat(RegisterChange.outcome(request, member, facts)).isEqualTo(
                "حُدّث سجل الأعضاء للعضوية رقم NJT-2026-0007: الجوال، المدينة.\n"
                        + "The member register is updated for membership NJT-2026-0007: mobile, city.");
    }

    @Test
    void aHostileOrEmptyUpdateChangesNothing() {
        Member member = active();
        ServiceRequest hostile = verified(update(), Map.of("NEW_EMAIL", "<script>alert(1)</script>"));
        assertBroken("rule.email.invalid", () -> RegisterChange.apply(hostile, member, null, CLERK, AT));
        ServiceRequest empty = verified(update(), Map.of());
        assertBroken("rule.member.nothingChanged", () -> RegisterChange.apply(empty, member, null, CLERK, AT));
        assertThat(member.email()).isNull();
        assertThat(member.mobile()).isEqualTo(SaudiMobile.parse("0501234567"));
        assertThat(EmailAddress.optional("")).isNull();
    }

    @Test
    void otherRequestsAndApplicantsAreNotCarriedOut() {
        ServiceRequest certificate = Requests.walkedTo(Requests.serviceType(), RequestStatus.BEING_SERVED);
        assertBroken("rule.registerChange.notThisType", () -> RegisterChange.apply(certificate, active(), null, CLERK, AT));
        Member applicant = Member.applicant(NationalId.parse("1000000008"), "سارة", "Sara",
                SaudiMobile.parse("0501234567"), null, "نجران", new Member.Subscription(1, null, null), CLERK, AT);
        ServiceRequest update = verified(update(), Map.of("NEW_CITY", "شرورة"));
        assertBroken("rule.member.notCurrent", () -> RegisterChange.apply(update, applicant, null, CLERK, AT));
    }

    @Test
    void anAdditionalSubscriptionTakesTheSharesAndTheReceiptFromTheChecklist() {
        ServiceRequest request = verified(subscription(), Map.of("ADDITIONAL_SHARES", "٣",
                "RECEIPT_REFERENCE", "إيصال رقم 4471"));
        Member member = active();
        List<RegisterChange.Fact> facts = RegisterChange.apply(request, member, null, CLERK, AT);
        assertThat(member.shares()).isEqualTo(8);
        assertThat(facts).extracting(RegisterChange.Fact::change).containsExactly(new Change("MEMBER",
                "NJT-2026-0007", "subscribeMore", "5", "8", CLERK, AT, "+3 — إيصال رقم 4471 — 2026-000001"));
        assertThat(RegisterChange.outcome(request, member, facts)).endsWith(
                "Membership NJT-2026-0007 subscribed 3 additional shares; it now holds 8 shares.");
        ServiceRequest hostile = verified(subscription(), Map.of("ADDITIONAL_SHARES", "1",
                "RECEIPT_REFERENCE", "<img src=x onerror=alert(1)>"));
        assertBroken("rule.share.reference", () -> RegisterChange.apply(hostile, member, null, CLERK, AT));
        assertThat(member.shares()).isEqualTo(8);
    }

    @Test
    void aTransferMovesTheSharesInBothRegistersOnlyWithTheBoardsDecision() {
        ServiceRequest undecided = verified(transfer(), Map.of("TRANSFER_SHARES", "2",
                "RECEIVING_MEMBER", "njt-2026-0008"));
        assertThat(RegisterChange.receivingMember(undecided)).isEqualTo("NJT-2026-0008");
        Member giver = active();
        Member receiver = other();
        assertBroken("rule.share.boardDecisionRequired", () -> RegisterChange.apply(undecided, giver, receiver, CLERK,
                AT));
        assertBroken("rule.share.receiverRequired", () -> RegisterChange.receivingMember(verified(transfer(),
                Map.of("TRANSFER_SHARES", "2", "BOARD_DECISION", "قرار 12"))));
        ServiceRequest decided = verified(transfer(), Map.of("TRANSFER_SHARES", "2",
                "RECEIVING_MEMBER", "NJT-2026-0007", "BOARD_DECISION", "قرار 12"));
        assertBroken("rule.share.toSelf", () -> RegisterChange.apply(decided, giver, giver, CLERK, AT));
        List<RegisterChange.Fact> facts = RegisterChange.apply(decided, giver, receiver, CLERK, AT);
        assertThat(facts).extracting(fact -> fact.member().membershipNumber(), fact -> fact.change().action())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("NJT-2026-0007", "transferOut"),
                        org.assertj.core.groups.Tuple.tuple("NJT-2026-0008", "transferIn"));
        assertThat(giver.shares()).isEqualTo(3);
        assertThat(receiver.shares()).isEqualTo(4);
        assertThat(RegisterChange.outcome(decided, giver, facts)).endsWith("2 shares of membership NJT-2026-0007"
                + " are transferred to membership NJT-2026-0008 by decision of the board; membership NJT-2026-0007"
                + " now holds 3 shares.");
    }

    @Test
    void aRefundComesOnlyWithAnAcceptedWithdrawal() {
        ServiceRequest request = verified(withdrawal(), Map.of());
        Member member = active();
        request.handToCommittee(CLERK, at(5));
        request.reject("committee", at(6));
        assertBroken("rule.registerChange.notReady", () -> RegisterChange.apply(request, member, null, CLERK, AT));
        assertBroken("rule.share.refundWithoutWithdrawal", () -> member.refund(request.reference(), CLERK, AT));
        assertThat(member.shares()).isEqualTo(5);
        assertThat(member.movements()).hasSize(1);
    }
}
