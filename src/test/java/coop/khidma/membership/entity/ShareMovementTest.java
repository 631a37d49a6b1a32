package coop.khidma.membership.entity;

import coop.khidma.audit.entity.Change;
import coop.khidma.person.NationalId;
import coop.khidma.person.SaudiMobile;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static coop.khidma.platform.i18n.BrokenRule.assertBroken;
import static org.assertj.core.api.Assertions.assertThat;

/** The share register a member owns: its totals are the sum of its movements, whatever happened. */
class ShareMovementTest {

    private static final String CLERK = "fatima";

    private static Member active(String nationalId, String number, int shares) {
        Member member = Member.applicant(NationalId.parse(nationalId), "سارة القحطاني", "Sara Al-Qahtani",
                SaudiMobile.parse("0501234567"), null, "نجران", new Member.Subscription(shares, "R-100", "2026-000001"),
                CLERK, Instant.parse("2026-03-01T06:00:00Z"));
        member.activate(number, CLERK, Instant.parse("2026-03-01T06:00:00Z"));
        return member;
    }

    private static int sum(Member member) {
        return member.movements().stream().mapToInt(ShareMovement::shares).sum();
    }

    @Test
    void theTotalsAreTheSumOfTheMovementsAfterSubscriptionsTransfersAndARefund() {
        Member sara = active("1000000008", "NJT-2026-0007", 10);
        Member ahmed = active("2000000006", "NJT-2026-0008", 4);

        sara.subscribe(5, "إيصال ٣٤٥٦", "2026-000010", CLERK, Instant.parse("2026-04-02T21:30:00Z"));
        Member.Transfer transfer = sara.transfer(ahmed, 6, "قرار المجلس رقم 12 بتاريخ 1447/11/02", "2026-000011",
                CLERK, Instant.parse("2026-05-10T08:00:00Z"));
        ahmed.subscribe(2, "R-2026/77", "2026-000012", CLERK, Instant.parse("2026-06-01T08:00:00Z"));
        ahmed.withdraw("Moving abroad", CLERK, Instant.parse("2026-07-01T08:00:00Z"));
        ahmed.refund("2026-000013", CLERK, Instant.parse("2026-07-01T08:00:00Z"));

        assertThat(sara.shares()).isEqualTo(9).isEqualTo(sum(sara));
        assertThat(ahmed.shares()).isZero().isEqualTo(sum(ahmed));
        assertThat(sara.movements()).extracting(ShareMovement::kind, ShareMovement::shares, ShareMovement::balance)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ShareMovementKind.INITIAL_SUBSCRIPTION, 10, 10),
                        org.assertj.core.groups.Tuple.tuple(ShareMovementKind.ADDITIONAL_SUBSCRIPTION, 5, 15),
                        org.assertj.core.groups.Tuple.tuple(ShareMovementKind.TRANSFER_OUT, -6, 9));
        assertThat(ahmed.movements()).extracting(ShareMovement::shares).containsExactly(4, 6, 2, -12);
        assertThat(sara.movements().get(1).evidence()).as("Arabic-Indic digits read as digits").isEqualTo("إيصال 3456");
        assertThat(sara.movements().get(1).effectiveOn()).as("00:30 in Riyadh is the next day")
                .isEqualTo(LocalDate.of(2026, 4, 3));
        assertThat(ahmed.movements().get(1).counterpart()).isEqualTo("NJT-2026-0007");
        assertThat(transfer.out()).isEqualTo(new Change("MEMBER", "NJT-2026-0007", "transferOut", "15", "9", CLERK,
                Instant.parse("2026-05-10T08:00:00Z"),
                "-6 — NJT-2026-0008 — قرار المجلس رقم 12 بتاريخ 1447/11/02 — 2026-000011"));
        assertThat(transfer.in().subject()).isEqualTo("NJT-2026-0008");
        assertThat(transfer.in().after()).isEqualTo("10");
    }

    @Test
    void aTransferOfMoreSharesThanHeldOrOfEveryShareIsRefusedAndMovesNothing() {
        Member sara = active("1000000008", "NJT-2026-0007", 5);
        Member ahmed = active("2000000006", "NJT-2026-0008", 4);
        assertBroken("rule.share.moreThanHeld", () -> sara.transfer(ahmed, 6, "قرار 12", "2026-000011", CLERK,
                Instant.parse("2026-05-10T08:00:00Z")));
        assertBroken("rule.share.keepOne", () -> sara.transfer(ahmed, 5, "قرار 12", "2026-000011", CLERK,
                Instant.parse("2026-05-10T08:00:00Z")));
        assertBroken("rule.member.shares", () -> sara.transfer(ahmed, 0, "قرار 12", "2026-000011", CLERK,
                Instant.parse("2026-05-10T08:00:00Z")));
        assertThat(sara.shares()).isEqualTo(5);
        assertThat(ahmed.shares()).isEqualTo(4);
        assertThat(sara.movements()).hasSize(1);
        assertThat(ahmed.movements()).hasSize(1);
    }

    @Test
    void aTransferToOneselfIsRefused() {
        Member sara = active("1000000008", "NJT-2026-0007", 5);
        assertBroken("rule.share.toSelf", () -> sara.transfer(sara, 1, "قرار 12", "2026-000011", CLERK,
                Instant.parse("2026-05-10T08:00:00Z")));
        assertThat(sara.movements()).hasSize(1);
    }

    @Test
    void aTransferWithoutTheBoardsDecisionIsRefused() {
        Member sara = active("1000000008", "NJT-2026-0007", 5);
        Member ahmed = active("2000000006", "NJT-2026-0008", 4);
        assertBroken("rule.share.boardDecisionRequired", () -> sara.transfer(ahmed, 1, "  ", "2026-000011", CLERK,
                Instant.parse("2026-05-10T08:00:00Z")));
        assertBroken("rule.share.boardDecisionRequired", () -> sara.transfer(ahmed, 1, null, "2026-000011", CLERK,
                Instant.parse("2026-05-10T08:00:00Z")));
        assertThat(sara.shares()).isEqualTo(5);
    }

    @Test
    void sharesMoveOnlyBetweenActiveMembers() {
        Member sara = active("1000000008", "NJT-2026-0007", 5);
        Member ahmed = active("2000000006", "NJT-2026-0008", 4);
        ahmed.suspend("قرار 7", "Dues unpaid", CLERK, Instant.parse("2026-05-01T08:00:00Z"));
        assertBroken("rule.share.notActive", () -> sara.transfer(ahmed, 1, "قرار 12", "2026-000011", CLERK,
                Instant.parse("2026-05-10T08:00:00Z")));
        assertBroken("rule.share.notActive", () -> ahmed.subscribe(1, "R-1", "2026-000012", CLERK,
                Instant.parse("2026-05-10T08:00:00Z")));
    }

    @Test
    void aRefundOnlyFollowsAWithdrawalAndOnlyOnce() {
        Member sara = active("1000000008", "NJT-2026-0007", 5);
        assertBroken("rule.share.refundWithoutWithdrawal", () -> sara.refund("2026-000013", CLERK,
                Instant.parse("2026-07-01T08:00:00Z")));
        sara.withdraw("Moving abroad", CLERK, Instant.parse("2026-07-01T08:00:00Z"));
        assertBroken("rule.share.refundWithoutWithdrawal", () -> sara.refund(null, CLERK,
                Instant.parse("2026-07-01T08:00:00Z")));
        assertThat(sara.refund("2026-000013", CLERK, Instant.parse("2026-07-01T08:00:00Z")).detail())
                .isEqualTo("-5 — 2026-000013");
        assertBroken("rule.share.nothingToRefund", () -> sara.refund("2026-000013", CLERK,
                Instant.parse("2026-07-01T08:00:00Z")));
        assertThat(sara.shares()).isZero().isEqualTo(sum(sara));
    }

    @Test
    void hostileTextInAReceiptReferenceIsRefused() {
        Member sara = active("1000000008", "NJT-2026-0007", 5);
        Instant at = Instant.parse("2026-05-10T08:00:00Z");
        assertBroken("rule.share.reference", () -> sara.subscribe(1, "<script>alert(1)</script>", "2026-000012",
                CLERK, at));
        assertBroken("rule.share.reference", () -> sara.subscribe(1, "=HYPERLINK(\"http://x\")", "2026-000012",
                CLERK, at));
        assertBroken("rule.share.reference", () -> sara.subscribe(1, "R-100\u202Eevil", "2026-000012", CLERK, at));
        assertBroken("rule.share.reference", () -> sara.subscribe(1, "R-100\nR-200", "2026-000012", CLERK, at));
        assertBroken("rule.share.reference", () -> sara.subscribe(1, "R".repeat(101), "2026-000012", CLERK, at));
        assertBroken("rule.share.receiptRequired", () -> sara.subscribe(1, " ", "2026-000012", CLERK, at));
        assertBroken("rule.share.reference", () -> Member.applicant(NationalId.parse("2000000006"), "أحمد", "Ahmed",
                SaudiMobile.parse("0551234567"), null, "نجران", new Member.Subscription(1, "<b>R</b>", null), CLERK,
                at));
        assertThat(sara.shares()).isEqualTo(5);
        assertThat(sara.movements()).hasSize(1);
    }

    @Test
    void theNominalValueIsAnAmountInRiyalsAndTheCapitalFollowsIt() {
        ShareSettings settings = ShareSettings.initial();
        assertThat(settings.nominalValue()).isEqualByComparingTo("100.00");
        assertThat(settings.capital(37)).isEqualByComparingTo("3700.00");
        assertThat(ShareSettings.parse("٢٥٫٥")).isEqualByComparingTo(new BigDecimal("25.50"));
        Change revalued = settings.revalue(ShareSettings.parse("50"), "admin", Instant.parse("2026-05-10T08:00:00Z"));
        assertThat(revalued.before()).isEqualTo("100.00");
        assertThat(revalued.after()).isEqualTo("50.00");
        assertThat(settings.capital(37)).isEqualByComparingTo("1850.00");
        for (String wrong : new String[] {"0", "-5", "1.234", "1000001", "abc", "", "10,5", "1e3"}) {
            assertBroken("rule.share.nominalValue", () -> ShareSettings.parse(wrong));
        }
    }
}
