package coop.khidma.membership.control;

import coop.khidma.audit.entity.Change;
import coop.khidma.intake.entity.Applicant;
import coop.khidma.intake.entity.ItemVerification;
import coop.khidma.intake.entity.RequestStatus;
import coop.khidma.intake.entity.RequestType;
import coop.khidma.intake.entity.ServiceRequest;
import coop.khidma.membership.entity.Member;
import coop.khidma.person.EmailAddress;
import coop.khidma.person.SaudiMobile;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.i18n.Messages;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The register follows the member (policy clause 5): a decided withdrawal, a suspension decided by the board, a
 * membership-data update, an additional share subscription or a share transfer the board approved is carried out on
 * the member's record through {@link Member}'s verbs — withdrawn and every share refunded (the refund linked to the
 * accepted withdrawal), suspended with the board decision's reference and reason, the new mobile, e-mail and city from
 * the request's checklist (checked as the {@code coop.khidma.person} values check them), the additional shares with
 * the payment receipt's reference, or the shares moved to the receiving member named in the checklist with the
 * board decision's reference. This class reads the request and changes the members only; intake closes the request
 * ({@code RequestProgress.registerChanged}) with {@link #outcome}.
 */
public final class RegisterChange {

    public static final String BOARD_DECISION = "BOARD_DECISION";
    public static final String SUSPENSION_REASON = "SUSPENSION_REASON";
    public static final String NEW_MOBILE = "NEW_MOBILE";
    public static final String NEW_EMAIL = "NEW_EMAIL";
    public static final String NEW_CITY = "NEW_CITY";
    public static final String ADDITIONAL_SHARES = "ADDITIONAL_SHARES";
    public static final String RECEIPT_REFERENCE = "RECEIPT_REFERENCE";
    public static final String TRANSFER_SHARES = "TRANSFER_SHARES";
    public static final String RECEIVING_MEMBER = "RECEIVING_MEMBER";
    /** The application's item whose note holds the payment receipt's reference (the initial subscription's evidence). */
    public static final String SHARES_PAYMENT = "SHARES_PAYMENT";

    /** An audit fact and the member whose history it belongs in (a transfer writes both members'). */
    public record Fact(Member member, Change change) {
    }

    private static final Locale ARABIC = Locale.forLanguageTag("ar");

    private RegisterChange() {
    }

    /**
     * Breaks {@code rule.registerChange.notThisType} (the request changes nothing in the register this way),
     * {@code rule.registerChange.notReady} (a withdrawal not yet accepted, another request not yet verified),
     * {@code rule.request.itemsUnverified}, or {@code rule.member.notCurrent} when the member was never registered.
     */
    public static void requireCarriable(ServiceRequest request, Member member) {
        if (!RequestType.CARRIED_OUT_IN_REGISTER.contains(request.typeCode())) {
            throw new DomainException("rule.registerChange.notThisType", request.typeCode());
        }
        RequestStatus status = request.status();
        boolean ready = request.needsCommittee() ? status == RequestStatus.ACCEPTED
                : status == RequestStatus.VERIFIED || status == RequestStatus.BEING_SERVED;
        if (!ready) {
            throw new DomainException("rule.registerChange.notReady", status);
        }
        request.requireRequirementsComplete();
        if (member.membershipNumber() == null) {
            throw new DomainException("rule.member.notCurrent", member.status());
        }
    }

    /**
     * The membership number of the member a share transfer goes to, as staff wrote it in the checklist (Arabic-Indic
     * digits welcome), for the boundary to find; {@code null} for other requests. Breaks
     * {@code rule.share.receiverRequired} when a transfer names none and {@code rule.membershipNumber.invalid}.
     */
    public static String receivingMember(ServiceRequest request) {
        if (!RequestType.SHARE_TRANSFER.equals(request.typeCode())) {
            return null;
        }
        String typed = note(request, RECEIVING_MEMBER);
        if (typed == null) {
            throw new DomainException("rule.share.receiverRequired");
        }
        return MembershipNumber.parse(typed).toString();
    }

    /**
     * Carries the request out on the member's record ({@code receiver}: the member a transfer goes to, else
     * {@code null}); returns the audit facts in order, each with the member whose history it belongs in. Same rules as
     * {@link #requireCarriable}, and the verbs'.
     */
    public static List<Fact> apply(ServiceRequest request, Member member, Member receiver, String by, Instant at) {
        requireCarriable(request, member);
        return switch (request.typeCode()) {
            case RequestType.WITHDRAWAL -> {
                Change withdrawn = member.withdraw(request.type().nameArabic() + " / "
                        + request.type().nameEnglish() + " — " + request.reference(), by, at);
                yield member.shares() == 0 ? List.of(new Fact(member, withdrawn))
                        : List.of(new Fact(member, withdrawn), new Fact(member, member.refund(request.reference(), by, at)));
            }
            case RequestType.BOARD_SUSPENSION -> List.of(new Fact(member, member.suspend(note(request, BOARD_DECISION),
                    note(request, SUSPENSION_REASON), by, at)));
            case RequestType.ADDITIONAL_SUBSCRIPTION -> List.of(new Fact(member, member.subscribe(
                    count(request, ADDITIONAL_SHARES), note(request, RECEIPT_REFERENCE), request.reference(), by, at)));
            case RequestType.SHARE_TRANSFER -> {
                if (receiver == null) {
                    throw new DomainException("rule.share.receiverRequired");
                }
                Member.Transfer transfer = member.transfer(receiver, count(request, TRANSFER_SHARES),
                        note(request, BOARD_DECISION), request.reference(), by, at);
                yield List.of(new Fact(member, transfer.out()), new Fact(receiver, transfer.in()));
            }
            default -> List.of(new Fact(member, member.changeContact(mobile(note(request, NEW_MOBILE)),
                    email(note(request, NEW_EMAIL)), note(request, NEW_CITY), by, at)));
        };
    }

    /**
     * What the request's answer says was done, in Arabic and English (the member is told it), from the facts
     * {@link #apply} returned: for a withdrawal, the shares refunded to the account the request gave; for a
     * subscription or a transfer, the shares moved and the member's shares now.
     */
    public static String outcome(ServiceRequest request, Member member, List<Fact> facts) {
        String key = "registerChange.outcome." + request.typeCode();
        Change first = facts.get(0).change();
        int moved = facts.stream().filter(fact -> fact.member() == member).map(Fact::change)
                .filter(RegisterChange::isMovement).mapToInt(change -> Math.abs(Integer.parseInt(change.after())
                        - Integer.parseInt(change.before()))).sum();
        String counterpart = facts.size() > 1 && facts.get(1).member() != member
                ? facts.get(1).member().membershipNumber() : "";
        return Messages.get(ARABIC, key, member.membershipNumber(), detail(first, ARABIC), moved, member.shares(),
                counterpart) + "\n"
                + Messages.get(Locale.ENGLISH, key, member.membershipNumber(), detail(first, Locale.ENGLISH), moved,
                member.shares(), counterpart);
    }

    private static boolean isMovement(Change change) {
        return List.of("subscribe", "subscribeMore", "transferOut", "transferIn", "refund").contains(change.action());
    }

    /** A number of shares staff wrote in the item (Arabic-Indic digits welcome); breaks {@code rule.member.shares}. */
    static int count(ServiceRequest request, String itemCode) {
        return Applicant.parseShares(note(request, itemCode));
    }

    /** The change's detail as the member reads it: the names of the fields a data update changed, in their language. */
    private static String detail(Change change, Locale locale) {
        String detail = change.detail() == null ? "" : change.detail();
        if (!"changeContact".equals(change.action())) {
            return detail;
        }
        return Arrays.stream(detail.split(", ")).map(field -> Messages.get(locale, "registerChange.field." + field))
                .collect(Collectors.joining(ARABIC.equals(locale) ? "، " : ", "));
    }

    /** What staff wrote in the item (its note), or {@code null} when the request has no such item or it is blank. */
    public static String note(ServiceRequest request, String itemCode) {
        ItemVerification item = request.items().stream().filter(i -> i.itemCode().equals(itemCode)).findFirst()
                .orElse(null);
        String note = item == null || item.note() == null ? null : item.note().strip();
        return note == null || note.isEmpty() ? null : note;
    }

    private static SaudiMobile mobile(String typed) {
        return typed == null ? null : SaudiMobile.parse(typed);
    }

    private static EmailAddress email(String typed) {
        return typed == null ? null : EmailAddress.parse(typed);
    }
}
