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
                SaudiMobile.parse("0501234567"), null, "نجران", 5, Instant.parse("2026-03-01T06:00:00Z"));
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
        assertBroken("rule.registerChange.notReady", () -> RegisterChange.apply(request, member, CLERK, AT));
        request.handToCommittee(CLERK, at(5));
        assertBroken("rule.registerChange.notReady", () -> RegisterChange.apply(request, member, CLERK, AT));
        request.accept("committee", at(6));
        Change change = RegisterChange.apply(request, member, CLERK, AT);
        assertThat(change).isEqualTo(new Change("MEMBER", "NJT-2026-0007", "withdraw", "ACTIVE", "WITHDRAWN", CLERK,
                AT, "انسحاب من العضوية / Withdrawal from membership — 2026-000001"));
        assertThat(member.status()).isEqualTo(MemberStatus.WITHDRAWN);
        assertThat(RegisterChange.outcome(request, member, change)).isEqualTo(
                "سُجّل انسحاب العضوية رقم NJT-2026-0007 في سجل الأعضاء (انسحاب من العضوية / Withdrawal from membership"
                        + " — 2026-000001)؛ وتُرد قيمة أسهمها (٥) إلى الحساب البنكي المذكور في الطلب.\n"
                        + "Membership NJT-2026-0007 is recorded as withdrawn in the member register"
                        + " (انسحاب من العضوية / Withdrawal from membership — 2026-000001); its 5 shares are refunded"
                        + " to the bank account given with the request.");
        assertBroken("rule.member.illegalTransition", () -> RegisterChange.apply(request, member, CLERK, AT));
    }

    @Test
    void aBoardSuspensionKeepsTheDecisionAndItsReason() {
        ServiceRequest request = verified(suspension(), Map.of("BOARD_DECISION", "قرار رقم 12 بتاريخ 1447/10/03",
                "SUSPENSION_REASON", "Dues unpaid for two years"));
        Member member = active();
        Change change = RegisterChange.apply(request, member, CLERK, AT);
        assertThat(change.after()).isEqualTo("SUSPENDED");
        assertThat(member.statusDecision()).isEqualTo("قرار رقم 12 بتاريخ 1447/10/03");
        assertThat(member.statusReason()).isEqualTo("Dues unpaid for two years");
    }

    @Test
    void aSuspensionWithoutTheBoardsDecisionIsRefused() {
        ServiceRequest request = verified(suspension(), Map.of("SUSPENSION_REASON", "Dues unpaid"));
        Member member = active();
        assertBroken("rule.member.boardDecisionRequired", () -> RegisterChange.apply(request, member, CLERK, AT));
        assertThat(member.status()).isEqualTo(MemberStatus.ACTIVE);
    }

    @Test
    void aDataUpdateTakesTheNewValuesCheckedAsPersonValues() {
        ServiceRequest request = verified(update(), Map.of("NEW_MOBILE", "٠٥٥١٢٣٤٥٦٧", "NEW_CITY", "شرورة"));
        Member member = active();
        request.startService(CLERK, at(5));
        Change change = RegisterChange.apply(request, member, CLERK, AT);
        assertThat(member.mobile()).isEqualTo(SaudiMobile.parse("0551234567"));
        assertThat(member.city()).isEqualTo("شرورة");
        assertThat(member.email()).isNull();
        assertThat(RegisterChange.outcome(request, member, change)).isEqualTo(
                "حُدّث سجل الأعضاء للعضوية رقم NJT-2026-0007: الجوال، المدينة.\n"
                        + "The member register is updated for membership NJT-2026-0007: mobile, city.");
    }

    @Test
    void aHostileOrEmptyUpdateChangesNothing() {
        Member member = active();
        ServiceRequest hostile = verified(update(), Map.of("NEW_EMAIL", "<script>alert(1)</script>"));
        assertBroken("rule.email.invalid", () -> RegisterChange.apply(hostile, member, CLERK, AT));
        ServiceRequest empty = verified(update(), Map.of());
        assertBroken("rule.member.nothingChanged", () -> RegisterChange.apply(empty, member, CLERK, AT));
        assertThat(member.email()).isNull();
        assertThat(member.mobile()).isEqualTo(SaudiMobile.parse("0501234567"));
        assertThat(EmailAddress.optional("")).isNull();
    }

    @Test
    void otherRequestsAndApplicantsAreNotCarriedOut() {
        ServiceRequest certificate = Requests.walkedTo(Requests.serviceType(), RequestStatus.BEING_SERVED);
        assertBroken("rule.registerChange.notThisType", () -> RegisterChange.apply(certificate, active(), CLERK, AT));
        Member applicant = Member.applicant(NationalId.parse("1000000008"), "سارة", "Sara",
                SaudiMobile.parse("0501234567"), null, "نجران", 1, AT);
        ServiceRequest update = verified(update(), Map.of("NEW_CITY", "شرورة"));
        assertBroken("rule.member.notCurrent", () -> RegisterChange.apply(update, applicant, CLERK, AT));
    }
}
