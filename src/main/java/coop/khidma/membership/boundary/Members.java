package coop.khidma.membership.boundary;

import coop.khidma.audit.entity.Change;
import coop.khidma.correspondence.entity.MessageChannel;
import coop.khidma.intake.boundary.InboxQuery;
import coop.khidma.membership.entity.Member;
import coop.khidma.membership.entity.MemberStatus;
import coop.khidma.platform.i18n.Digits;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * The register of the General Assembly's members, read by staff: one search box that takes a membership number, a
 * national ID, a mobile number (Arabic-Indic digits welcome) or a name in Arabic (with or without diacritics) or in
 * Latin letters; pages from the server, newest membership first; and one member's page. Read only: members change
 * through their verbs.
 */
@Stateless
@RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR, Roles.ADMIN})
public class Members {

    private static final String ROW = "SELECT NEW coop.khidma.membership.boundary.MemberRow(m.membershipNumber, "
            + "m.nameArabic, m.nameLatin, m.nationalId.value, m.mobile.value, m.city, m.shares, m.status, "
            + "m.activatedAt) FROM Member m";

    /** What the search box was read as. */
    enum Kind {
        NONE, NUMBER, NATIONAL_ID, MOBILE, NAME
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    MemberTrail trail;

    @Inject
    ShareRegister shares;

    @Inject
    Clock clock;

    @Resource
    SessionContext caller;

    public List<MemberRow> search(String text, int offset, int limit) {
        List<MemberRow> rows = where(em.createQuery(ROW + condition(text)
                + " ORDER BY m.membershipNumber DESC, m.id DESC", MemberRow.class), text)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
        return rows.stream().map(Members::nationalMobile).toList();
    }

    public long count(String text) {
        return where(em.createQuery("SELECT COUNT(m) FROM Member m" + condition(text), Long.class), text)
                .getSingleResult();
    }

    /**
     * The member with this membership number: their details, their requests (linked to them, or filed with their
     * national ID or mobile) and the history of their own record (found by the record and its number, never by a masked
     * national ID another person may share). Breaks {@code rule.member.notFound}.
     */
    public MemberProfile profile(String membershipNumber) {
        Member member = byNumber(em, membershipNumber);
        List<MemberProfile.Filed> requests = em.createQuery("""
                        SELECT NEW coop.khidma.membership.boundary.MemberProfile.Filed(r.reference, r.typeCode,
                            r.channel, r.status, r.submittedAt)
                        FROM ServiceRequest r
                        WHERE r.memberId = :member OR r.applicant.nationalId.value = :nationalId
                            OR r.requester.mobile.value = :mobile
                        ORDER BY r.submittedAt DESC, r.id DESC""", MemberProfile.Filed.class)
                .setParameter("member", member.id()).setParameter("nationalId", member.nationalId().value())
                .setParameter("mobile", member.mobile().value()).getResultList();
        List<Change> history = trail.of(member);
        BigDecimal nominal = shares.nominalValue();
        List<ShareLine> movements = member.movements().stream().map(line -> ShareLine.of(line, nominal)).toList();
        return new MemberProfile(member.membershipNumber(), member.nameArabic(), member.nameLatin(),
                member.nationalId().value(), member.mobile().national(),
                member.email() == null ? null : member.email().value(), member.city(), member.shares(),
                member.status(), member.appliedAt(), member.activatedAt(), member.statusReason(),
                member.statusDecision(), requests, history, movements, nominal, member.preferredChannel());
    }

    /**
     * Records how the member wants to be told (issue #15; {@code null}: not chosen), audited in the member's history
     * with who changed it: requests linked to the member from then on take it unless their filing chose otherwise.
     * Breaks {@code rule.member.notFound}, {@code rule.channel.noEmail}, {@code rule.member.nothingChanged} or
     * {@code rule.member.illegalTransition}.
     */
    public MemberProfile preferChannel(String membershipNumber, MessageChannel channel) {
        Member member = byNumber(em, membershipNumber);
        trail.record(member, member.preferChannel(channel, caller.getCallerPrincipal().getName(),
                clock.instant()));
        return profile(membershipNumber);
    }

    /**
     * The member whose certificate may be printed now: the current state of the register, refused unless the member is
     * active ({@code rule.member.notCurrent} with the status: a withdrawn or suspended member holds no valid
     * certificate). Breaks {@code rule.member.notFound}.
     */
    public MemberProfile certificate(String membershipNumber) {
        MemberProfile member = profile(membershipNumber);
        if (member.status() != MemberStatus.ACTIVE) {
            throw new DomainException("rule.member.notCurrent", member.status());
        }
        return member;
    }

    /** The one finder of a member by membership number (as typed: Arabic-Indic digits, any case); breaks {@code rule.member.notFound}. */
    static Member byNumber(EntityManager em, String membershipNumber) {
        return em.createQuery("SELECT m FROM Member m WHERE m.membershipNumber = :number", Member.class)
                .setParameter("number", membershipNumber == null ? "" : typed(membershipNumber).toUpperCase(Locale.ROOT))
                .getResultStream().findFirst()
                .orElseThrow(() -> new DomainException("rule.member.notFound", String.valueOf(membershipNumber)));
    }

    private static String condition(String text) {
        return switch (kind(text)) {
            case NONE -> "";
            case NUMBER -> " WHERE m.membershipNumber LIKE :value";
            case NATIONAL_ID -> " WHERE m.nationalId.value = :value";
            case MOBILE -> " WHERE m.mobile.value = :value";
            default -> " WHERE (" + plain("m.nameArabic") + " LIKE :value OR LOWER(m.nameLatin) LIKE :value)";
        };
    }

    private static <T> TypedQuery<T> where(TypedQuery<T> query, String text) {
        return switch (kind(text)) {
            case NONE -> query;
            case NUMBER -> query.setParameter("value", "%" + typed(text).toUpperCase(Locale.ROOT) + "%");
            case NAME -> query.setParameter("value", "%" + read(text).value().toLowerCase(Locale.ROOT)
                    .replace("%", "").replace("_", "") + "%");
            default -> query.setParameter("value", read(text).value());
        };
    }

    static Kind kind(String text) {
        if (typed(text).toUpperCase(Locale.ROOT).startsWith("NJT")) {
            return Kind.NUMBER;
        }
        return switch (read(text).kind()) {
            case NONE -> Kind.NONE;
            case REFERENCE -> Kind.NUMBER;
            case NATIONAL_ID -> Kind.NATIONAL_ID;
            case MOBILE -> Kind.MOBILE;
            case NAME -> Kind.NAME;
        };
    }

    /** The box read as the inbox reads it (national ID, mobile, name), so both search alike. */
    private static InboxQuery.Search read(String text) {
        return new InboxQuery(null, null, null, text).search();
    }

    private static String typed(String text) {
        return text == null ? "" : Digits.toAscii(text.strip());
    }

    private static MemberRow nationalMobile(MemberRow row) {
        String mobile = row.mobile() == null ? null : "0" + row.mobile().substring(4);
        return new MemberRow(row.membershipNumber(), row.nameArabic(), row.nameLatin(), row.nationalId(), mobile,
                row.city(), row.shares(), row.status(), row.activatedAt());
    }

    private static String plain(String path) {
        String expression = path;
        for (char mark : InboxQuery.DIACRITICS.toCharArray()) {
            expression = "FUNCTION('REPLACE', " + expression + ", '" + mark + "', '')";
        }
        return expression;
    }
}
