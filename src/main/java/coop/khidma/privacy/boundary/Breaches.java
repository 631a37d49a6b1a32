package coop.khidma.privacy.boundary;

import coop.khidma.audit.boundary.AuditLog;
import coop.khidma.audit.entity.Change;
import coop.khidma.platform.i18n.Digits;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.security.Roles;
import coop.khidma.privacy.entity.BreachIncident;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The administrators' log of personal-data breaches: record an incident, see the 72-hour clock of each, record when
 * the authority and the people affected were notified. Every step is audited (counts, never the description).
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class Breaches {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext caller;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Newest discovery first. */
    public List<BreachRow> log() {
        Instant now = clock.instant();
        return em.createQuery("SELECT b FROM BreachIncident b ORDER BY b.discoveredAt DESC, b.id DESC",
                BreachIncident.class).getResultList().stream().map(incident -> BreachRow.of(incident, now)).toList();
    }

    /**
     * A new incident; {@code typedPeople} is the approximate number of people affected as typed (Arabic-Indic digits
     * welcome). Breaks the rules of {@link BreachIncident#record} or {@code rule.breach.people}.
     */
    public BreachRow record(String summary, Instant discoveredAt, String categories, String typedPeople,
                            String measures) {
        int people;
        try {
            people = Integer.parseInt(Digits.toAscii(typedPeople == null ? "" : typedPeople).strip());
        } catch (NumberFormatException notANumber) {
            people = -1; // refused by the incident's own rule, after the texts it checks first
        }
        if (discoveredAt == null) {
            throw new DomainException("rule.breach.discoveredRequired");
        }
        BreachIncident incident = BreachIncident.record(summary, discoveredAt, categories, people, measures, me(),
                clock.instant());
        em.persist(incident);
        em.flush();
        audit.record(incident.recorded());
        return BreachRow.of(incident, clock.instant());
    }

    public BreachRow notifyAuthority(long id, long version) {
        return change(id, version, BreachIncident::notifyAuthority);
    }

    public BreachRow notifySubjects(long id, long version) {
        return change(id, version, BreachIncident::notifySubjects);
    }

    private BreachRow change(long id, long version, Verb verb) {
        BreachIncident incident = em.find(BreachIncident.class, id);
        if (incident == null) {
            throw new DomainException("rule.breach.notFound", id);
        }
        if (incident.version() != version) {
            throw new OptimisticLockException("breach " + id);
        }
        em.lock(incident, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        audit.record(verb.apply(incident, me(), clock.instant()));
        em.flush();
        return BreachRow.of(incident, clock.instant());
    }

    private String me() {
        return caller.getCallerPrincipal().getName();
    }

    @FunctionalInterface
    interface Verb {
        Change apply(BreachIncident incident, String by, Instant at);
    }
}
