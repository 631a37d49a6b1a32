package coop.khidma.membership.boundary;

import coop.khidma.correspondence.entity.MessageChannel;
import coop.khidma.membership.entity.Member;
import coop.khidma.membership.entity.MemberStatus;
import coop.khidma.membership.entity.ShareMovement;
import coop.khidma.person.EmailAddress;
import coop.khidma.person.SaudiMobile;
import coop.khidma.platform.security.Roles;
import coop.khidma.platform.time.HijriDates;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The roll of the General Assembly: the members entitled to attend a meeting on its record date — active members
 * holding shares at the end of that day, registered (activated) on or before it — as the assembly component reads them
 * to invite them and to check proxies. The shares are those held on the record date, counted from the share register's
 * movements (a transfer or refund after the record date changes nothing on the roll); the status is the register's as
 * it stands, so a member suspended or withdrawn since is not on the roll.
 */
@Stateless
@RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR, Roles.ADMIN})
public class AssemblyRoll {

    /**
     * A member on the roll, with the contact details the invitation uses ({@code email} may be {@code null}) and how
     * the member chose to be told ({@code null}: not chosen).
     */
    public record Entitled(long memberId, String membershipNumber, String nameArabic, String nameLatin, int shares,
                           SaudiMobile mobile, EmailAddress email, MessageChannel preferred) {
    }

    @PersistenceContext
    EntityManager em;

    /** Everyone entitled to attend on {@code recordDate}, by membership number. */
    public List<Entitled> on(LocalDate recordDate) {
        Map<Long, Integer> held = new HashMap<>();
        em.createQuery("""
                        SELECT m.id, SUM(s.shares) FROM ShareMovement s JOIN s.member m
                        WHERE m.status = :active AND m.activatedAt < :end AND s.effectiveOn <= :day
                        GROUP BY m.id HAVING SUM(s.shares) > 0""", Object[].class)
                .setParameter("active", MemberStatus.ACTIVE)
                .setParameter("end", endOf(recordDate))
                .setParameter("day", recordDate)
                .getResultStream().forEach(row -> held.put((Long) row[0], ((Number) row[1]).intValue()));
        if (held.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT m FROM Member m WHERE m.id IN :ids ORDER BY m.membershipNumber", Member.class)
                .setParameter("ids", held.keySet())
                .getResultStream().map(member -> entitled(member, held.get(member.id()))).toList();
    }

    /**
     * The member with {@code membershipNumber} (as typed: Arabic-Indic digits, any case) if entitled to attend on
     * {@code recordDate}; empty when not entitled. Breaks {@code rule.member.notFound} for an unknown number.
     */
    public Optional<Entitled> member(String membershipNumber, LocalDate recordDate) {
        Member member = Members.byNumber(em, membershipNumber);
        int held = member.movements().stream().filter(movement -> !movement.effectiveOn().isAfter(recordDate))
                .mapToInt(ShareMovement::shares).sum();
        return Optional.of(member).filter(m -> m.status() == MemberStatus.ACTIVE && held > 0
                        && m.activatedAt() != null && m.activatedAt().isBefore(endOf(recordDate)))
                .map(m -> entitled(m, held));
    }

    private static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(HijriDates.RIYADH).toInstant();
    }

    private static Entitled entitled(Member member, int shares) {
        return new Entitled(member.id(), member.membershipNumber(), member.nameArabic(), member.nameLatin(),
                shares, member.mobile(), member.email(), member.preferredChannel());
    }
}
