package coop.khidma.membership.boundary;

import coop.khidma.membership.entity.Member;
import coop.khidma.membership.entity.MemberStatus;
import coop.khidma.person.EmailAddress;
import coop.khidma.person.SaudiMobile;
import coop.khidma.platform.security.Roles;
import coop.khidma.platform.time.HijriDates;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The roll of the General Assembly: the members entitled to attend a meeting on its record date — active members
 * holding shares, registered (activated) on or before that day — as the assembly component reads them to invite them
 * and to check proxies. Reads the register as it stands: a member suspended or withdrawn since is not on the roll. The
 * shares are the member's current shares (the share register will give those held on the record date).
 */
@Stateless
@RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR, Roles.ADMIN})
public class AssemblyRoll {

    /** A member on the roll, with the contact details the invitation uses ({@code email} may be {@code null}). */
    public record Entitled(long memberId, String membershipNumber, String nameArabic, String nameLatin, int shares,
                           SaudiMobile mobile, EmailAddress email) {
    }

    @PersistenceContext
    EntityManager em;

    /** Everyone entitled to attend on {@code recordDate}, by membership number. */
    public List<Entitled> on(LocalDate recordDate) {
        return em.createQuery("SELECT m FROM Member m WHERE m.status = :active AND m.shares > 0 "
                                + "AND m.activatedAt < :end ORDER BY m.membershipNumber", Member.class)
                .setParameter("active", MemberStatus.ACTIVE)
                .setParameter("end", recordDate.plusDays(1).atStartOfDay(HijriDates.RIYADH).toInstant())
                .getResultStream().map(AssemblyRoll::entitled).toList();
    }

    /**
     * The member with {@code membershipNumber} (as typed: Arabic-Indic digits, any case) if entitled to attend on
     * {@code recordDate}; empty when not entitled. Breaks {@code rule.member.notFound} for an unknown number.
     */
    public Optional<Entitled> member(String membershipNumber, LocalDate recordDate) {
        Member member = Members.byNumber(em, membershipNumber);
        return Optional.of(member).filter(m -> m.status() == MemberStatus.ACTIVE && m.shares() > 0
                        && m.activatedAt() != null
                        && m.activatedAt().isBefore(recordDate.plusDays(1).atStartOfDay(HijriDates.RIYADH).toInstant()))
                .map(AssemblyRoll::entitled);
    }

    private static Entitled entitled(Member member) {
        return new Entitled(member.id(), member.membershipNumber(), member.nameArabic(), member.nameLatin(),
                member.shares(), member.mobile(), member.email());
    }
}
