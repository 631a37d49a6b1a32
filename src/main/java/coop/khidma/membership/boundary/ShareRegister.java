package coop.khidma.membership.boundary;

import coop.khidma.audit.boundary.AuditLog;
import coop.khidma.membership.entity.ShareSettings;
import coop.khidma.platform.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The share register, read by other components (the General Assembly's record date) and by the console: who held how
 * many shares on a day — from the movements, so "as of a date" is exact — and the register report (members, shares,
 * capital). Staff, supervisors and directors read it; an administrator enters the nominal value of a share from the
 * bylaws. Shares change only through the members' verbs ({@link RegisterChanges}, {@link Registrations}).
 */
@Stateless
@RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR, Roles.ADMIN})
public class ShareRegister {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext caller;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /**
     * The members (with a membership number) who held at least one share at the end of {@code date}, by membership
     * number, with the shares they held then.
     */
    public List<Holding> holdingsOn(LocalDate date) {
        return em.createQuery("""
                        SELECT NEW coop.khidma.membership.boundary.Holding(m.id, m.membershipNumber, m.nameArabic,
                            m.nameLatin, SUM(s.shares))
                        FROM ShareMovement s JOIN s.member m
                        WHERE s.effectiveOn <= :day AND m.membershipNumber IS NOT NULL
                        GROUP BY m.id, m.membershipNumber, m.nameArabic, m.nameLatin
                        HAVING SUM(s.shares) > 0
                        ORDER BY m.membershipNumber""", Holding.class)
                .setParameter("day", Objects.requireNonNull(date, "date")).getResultList();
    }

    /** The register as of {@code date}: each holding with its capital at the nominal value in force, and the totals. */
    public RegisterReport report(LocalDate date) {
        BigDecimal nominal = settings().nominalValue();
        List<RegisterReport.Line> lines = holdingsOn(date).stream().map(holding -> new RegisterReport.Line(
                holding.membershipNumber(), holding.nameArabic(), holding.nameLatin(), holding.shares(),
                nominal.multiply(BigDecimal.valueOf(holding.shares())))).toList();
        long shares = lines.stream().mapToLong(RegisterReport.Line::shares).sum();
        return new RegisterReport(date, nominal, lines, shares, nominal.multiply(BigDecimal.valueOf(shares)));
    }

    /** The nominal value of one share, in riyals. */
    public BigDecimal nominalValue() {
        return settings().nominalValue();
    }

    /**
     * An administrator enters the nominal value of a share as the bylaws set it (as typed: Arabic-Indic digits, the
     * Arabic decimal separator); audited. Breaks {@code rule.share.nominalValue}.
     */
    @RolesAllowed(Roles.ADMIN)
    public BigDecimal revalue(String typed) {
        BigDecimal value = ShareSettings.parse(typed);
        ShareSettings settings = em.find(ShareSettings.class, ShareSettings.ID, LockModeType.PESSIMISTIC_WRITE);
        if (settings == null) {
            settings = ShareSettings.initial();
            em.persist(settings);
        }
        audit.record(settings.revalue(value, caller.getCallerPrincipal().getName(), clock.instant()));
        return settings.nominalValue();
    }

    private ShareSettings settings() {
        ShareSettings settings = em.find(ShareSettings.class, ShareSettings.ID);
        return settings == null ? ShareSettings.initial() : settings;
    }
}
