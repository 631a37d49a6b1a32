package coop.khidma.membership.boundary;

import coop.khidma.correspondence.boundary.Outbox;
import coop.khidma.intake.boundary.RequestProgress;
import coop.khidma.intake.boundary.RequestProgress.Moved;
import coop.khidma.intake.boundary.RequestRef;
import coop.khidma.intake.entity.ServiceRequest;
import coop.khidma.membership.control.MembershipLetters;
import coop.khidma.membership.control.MembershipNumber;
import coop.khidma.membership.control.Registration;
import coop.khidma.membership.entity.Member;
import coop.khidma.platform.persistence.Sequences;
import coop.khidma.platform.security.Roles;
import coop.khidma.platform.time.HijriDates;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;

/**
 * Completing registration (policy clause 5): an accepted membership application whose requirements are all
 * complete makes the applicant an active member with the next membership number of the year — unique and gap-free
 * even when several staff complete registrations at the same moment — and tells them so.
 */
@Stateless
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class Registrations {

    /** What the staff member hands the new member: the number and the certificate's date. */
    public record Registered(String reference, String membershipNumber, Instant activatedAt) {
    }

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext caller;

    @Inject
    Sequences sequences;

    @Inject
    MemberTrail trail;

    @Inject
    Outbox outbox;

    @Inject
    RequestProgress requests;

    @Inject
    Clock clock;

    public Registered complete(RequestRef ref) {
        Instant now = clock.instant();
        String by = caller.getCallerPrincipal().getName();
        ServiceRequest request = requests.current(ref); // read here; intake completes it
        Member member = memberFor(request, now, by);
        Registration.requireCompletable(request, member);
        MembershipNumber number = new MembershipNumber(Registration.yearOf(now),
                sequences.next(MembershipNumber.SEQUENCE, Registration.yearOf(now)));
        trail.record(member, Registration.activate(request, member, number, by, now));
        Moved completed = requests.registrationCompleted(request.id(), Registration.linked(member), now);
        outbox.send(completed.requester(), MembershipLetters.registrationCompleted(request.reference(),
                completed.requester().name(), number.toString(), now.atZone(HijriDates.RIYADH).toLocalDate()));
        requests.toldOf(completed);
        return new Registered(request.reference(), number.toString(), now);
    }

    /**
     * The applicant's member record: the one the request is linked to, the one already registered under the national
     * ID, or a new applicant (written at once, so intake can keep its id).
     */
    private Member memberFor(ServiceRequest request, Instant now, String by) {
        if (request.memberId() != null) {
            return em.find(Member.class, request.memberId());
        }
        Member applicant = Registration.applicantOf(request, by, now);
        return em.createQuery("SELECT m FROM Member m WHERE m.nationalId = :id", Member.class)
                .setParameter("id", applicant.nationalId()).getResultStream().findFirst()
                .orElseGet(() -> {
                    em.persist(applicant);
                    em.flush(); // its id, by which the audit trail names it until it has a number
                    applicant.created(by).forEach(change -> trail.record(applicant, change));
                    return applicant;
                });
    }
}
