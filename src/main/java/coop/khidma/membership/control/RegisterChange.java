package coop.khidma.membership.control;

import coop.khidma.audit.entity.Change;
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
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The register follows the member (policy clause 5): a decided withdrawal, a suspension decided by the board or a
 * membership-data update is carried out on the member's record through {@link Member}'s verbs — withdrawn, suspended
 * with the board decision's reference and reason, or the new mobile, e-mail and city from the request's checklist
 * (checked as the {@code coop.khidma.person} values check them). This class reads the request and changes the member
 * only; intake closes the request ({@code RequestProgress.registerChanged}) with {@link #outcome}.
 */
public final class RegisterChange {

    public static final String BOARD_DECISION = "BOARD_DECISION";
    public static final String SUSPENSION_REASON = "SUSPENSION_REASON";
    public static final String NEW_MOBILE = "NEW_MOBILE";
    public static final String NEW_EMAIL = "NEW_EMAIL";
    public static final String NEW_CITY = "NEW_CITY";

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

    /** Carries the request out on the member's record; returns the audit fact. Same rules as {@link #requireCarriable}, and the verb's. */
    public static Change apply(ServiceRequest request, Member member, String by, Instant at) {
        requireCarriable(request, member);
        return switch (request.typeCode()) {
            case RequestType.WITHDRAWAL -> member.withdraw(request.type().nameArabic() + " / "
                    + request.type().nameEnglish() + " — " + request.reference(), by, at);
            case RequestType.BOARD_SUSPENSION -> member.suspend(note(request, BOARD_DECISION),
                    note(request, SUSPENSION_REASON), by, at);
            default -> member.changeContact(mobile(note(request, NEW_MOBILE)), email(note(request, NEW_EMAIL)),
                    note(request, NEW_CITY), by, at);
        };
    }

    /**
     * What the request's answer says was done, in Arabic and English (the member is told it); for a withdrawal, the
     * shares the register held, which are refunded to the account the request gave.
     */
    public static String outcome(ServiceRequest request, Member member, Change change) {
        String key = "registerChange.outcome." + request.typeCode();
        return Messages.get(ARABIC, key, member.membershipNumber(), detail(change, ARABIC), member.shares()) + "\n"
                + Messages.get(Locale.ENGLISH, key, member.membershipNumber(), detail(change, Locale.ENGLISH),
                member.shares());
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
    static String note(ServiceRequest request, String itemCode) {
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
