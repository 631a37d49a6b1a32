package coop.khidma.volunteering.boundary;

import coop.khidma.audit.boundary.AuditTrail;
import coop.khidma.membership.entity.SaudiMobile;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.security.Roles;
import coop.khidma.volunteering.entity.Volunteer;
import coop.khidma.volunteering.entity.VolunteerStatus;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
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
 * Volunteers: the kiosk signs people up (and reads nothing back); staff list them by status and approve or decline
 * them. Every change is audited, never with the person's name or mobile.
 */
@Stateless
public class Volunteers {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext caller;

    /** A pending volunteer from the kiosk; returns when they signed up. See {@link Volunteer#signUp} for the rules. */
    @PermitAll
    public Instant signUp(String name, String mobile, Volunteer.Offer offer, boolean consent) {
        Instant now = clock.instant();
        Volunteer volunteer = Volunteer.signUp(name, SaudiMobile.parse(mobile), offer, consent, now);
        em.persist(volunteer);
        em.flush();
        audit.record(volunteer.signedUp());
        return now;
    }

    /** Volunteers in one status, oldest sign-up first. */
    @RolesAllowed(Roles.STAFF)
    public List<VolunteerView> inStatus(VolunteerStatus status) {
        return em.createQuery("SELECT v FROM Volunteer v WHERE v.status = :status ORDER BY v.signedUpAt, v.id",
                Volunteer.class).setParameter("status", status).getResultStream().map(VolunteerView::of).toList();
    }

    @RolesAllowed(Roles.STAFF)
    public VolunteerView approve(VolunteerView.Ref ref) {
        Volunteer volunteer = current(ref);
        audit.record(volunteer.approve(me(), clock.instant()));
        return flushed(volunteer);
    }

    @RolesAllowed(Roles.STAFF)
    public VolunteerView decline(VolunteerView.Ref ref, String reason) {
        Volunteer volunteer = current(ref);
        audit.record(volunteer.decline(reason, me(), clock.instant()));
        return flushed(volunteer);
    }

    private Volunteer current(VolunteerView.Ref ref) {
        Volunteer volunteer = em.find(Volunteer.class, ref.id());
        if (volunteer == null) {
            throw new DomainException("rule.volunteer.notFound");
        }
        if (volunteer.version() != ref.version()) {
            throw new OptimisticLockException(volunteer.subject());
        }
        em.lock(volunteer, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return volunteer;
    }

    private VolunteerView flushed(Volunteer volunteer) {
        em.flush();
        return VolunteerView.of(volunteer);
    }

    private String me() {
        return caller.getCallerPrincipal().getName();
    }
}
