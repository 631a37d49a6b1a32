package coop.khidma.volunteering.boundary;

import coop.khidma.audit.boundary.AuditLog;
import coop.khidma.correspondence.boundary.Outbox;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.platform.i18n.Locales;
import coop.khidma.volunteering.control.VolunteerLetters;
import coop.khidma.volunteering.entity.DayPart;
import coop.khidma.volunteering.entity.Opportunity;
import coop.khidma.volunteering.entity.Skill;
import coop.khidma.person.SaudiMobile;
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
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Volunteers: the kiosk signs people up (and reads nothing back); staff list them by status, approve or decline them
 * (the volunteer gets a text message either way, through the outbox), keep their skills and availability up to date,
 * plan opportunities and match the volunteers who fit. Every change is audited, never with the person's name or
 * mobile.
 */
@Stateless
public class Volunteers {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

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

    /** Approves the sign-up and tells the volunteer by text message. */
    @RolesAllowed(Roles.STAFF)
    public VolunteerView approve(VolunteerView.Ref ref) {
        Volunteer volunteer = current(ref);
        audit.record(volunteer.approve(me(), clock.instant()));
        tell(volunteer, "letter.volunteerApproved");
        return flushed(volunteer);
    }

    /** Declines the sign-up; the reason is the message the volunteer receives by text. */
    @RolesAllowed(Roles.STAFF)
    public VolunteerView decline(VolunteerView.Ref ref, String reason) {
        Volunteer volunteer = current(ref);
        audit.record(volunteer.decline(reason, me(), clock.instant()));
        tell(volunteer, "letter.volunteerDeclined", volunteer.declineReason());
        return flushed(volunteer);
    }

    /** New skills, interests and availability, as the volunteer told staff. */
    @RolesAllowed(Roles.STAFF)
    public VolunteerView revise(VolunteerView.Ref ref, Volunteer.Offer offer) {
        Volunteer volunteer = current(ref);
        audit.record(volunteer.revise(offer, me(), clock.instant()));
        return flushed(volunteer);
    }

    /** A new opportunity; see {@link Opportunity#plan} for the rules. */
    @RolesAllowed(Roles.STAFF)
    public OpportunityView plan(String title, LocalDate onDay, DayPart dayPart, Collection<Skill> skills, int needed) {
        Opportunity opportunity = Opportunity.plan(title, onDay, dayPart, skills, needed, today(), me(),
                clock.instant());
        em.persist(opportunity);
        em.flush();
        audit.record(opportunity.planned());
        return view(opportunity);
    }

    /** Opportunities from today on, the soonest first. */
    @RolesAllowed(Roles.STAFF)
    public List<OpportunityView> upcoming() {
        return em.createQuery("SELECT o FROM Opportunity o WHERE o.onDay >= :today ORDER BY o.onDay, o.dayPart, o.id",
                Opportunity.class).setParameter("today", today()).getResultStream().map(this::view).toList();
    }

    /** The approved volunteers who fit the opportunity and are not on it yet, best match first. */
    @RolesAllowed(Roles.STAFF)
    public List<VolunteerView> candidates(long opportunityId) {
        return existing(opportunityId).candidates(approved()).stream().map(VolunteerView::of).toList();
    }

    /** Puts the volunteer on the opportunity and asks them by text message to come. */
    @RolesAllowed(Roles.STAFF)
    public OpportunityView assign(long opportunityId, long seenVersion, long volunteerId) {
        Opportunity opportunity = existing(opportunityId);
        if (opportunity.version() != seenVersion) {
            throw new OptimisticLockException(opportunity.subject());
        }
        Volunteer volunteer = em.find(Volunteer.class, volunteerId);
        if (volunteer == null) {
            throw new DomainException("rule.volunteer.notFound");
        }
        em.lock(opportunity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        audit.record(opportunity.assign(volunteer, today(), me(), clock.instant()));
        tell(volunteer, "letter.volunteerInvited", opportunity.title(),
                HijriDates.both(opportunity.onDay(), Locales.ARABIC), HijriDates.both(opportunity.onDay(), Locales.ENGLISH));
        em.flush();
        return view(opportunity);
    }

    private void tell(Volunteer volunteer, String key, Object... arguments) {
        outbox.send(VolunteerLetters.recipient(volunteer), VolunteerLetters.to(volunteer, key, arguments));
    }

    private List<Volunteer> approved() {
        return em.createQuery("SELECT v FROM Volunteer v WHERE v.status = :approved", Volunteer.class)
                .setParameter("approved", VolunteerStatus.APPROVED).getResultList();
    }

    private Opportunity existing(long id) {
        Opportunity opportunity = em.find(Opportunity.class, id);
        if (opportunity == null) {
            throw new DomainException("rule.opportunity.notFound");
        }
        return opportunity;
    }

    private OpportunityView view(Opportunity opportunity) {
        List<String> names = opportunity.volunteers().isEmpty() ? List.of()
                : em.createQuery("SELECT v.name FROM Volunteer v WHERE v.id IN :ids ORDER BY v.name", String.class)
                .setParameter("ids", opportunity.volunteers()).getResultList();
        return OpportunityView.of(opportunity, names);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), HijriDates.RIYADH);
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
