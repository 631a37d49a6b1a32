package coop.khidma.membership.boundary;

import coop.khidma.intake.boundary.RequestProgress;
import coop.khidma.intake.boundary.RequestRef;
import coop.khidma.intake.boundary.RequestSummary;
import coop.khidma.intake.entity.ServiceRequest;
import coop.khidma.membership.control.RegisterChange;
import coop.khidma.membership.control.Registration;
import coop.khidma.membership.entity.Member;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The register follows the member (policy clause 5): staff carry out a decided withdrawal (refunding the shares), a
 * suspension decided by the board, a membership-data update, an additional share subscription or a share transfer the
 * board approved (both members' share registers) on the member the request concerns (whose membership number and national ID
 * intake matched); the member's record changes through its verbs, audited and in the member's history, and intake
 * closes the request and tells the member — both or neither.
 */
@Stateless
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class RegisterChanges {

    /** What the staff member sees after: the request's new state and the member's. */
    public record CarriedOut(RequestSummary request, String membershipNumber, String memberStatus) {
    }

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext caller;

    @Inject
    MemberTrail trail;

    @Inject
    RequestProgress requests;

    @Inject
    Clock clock;

    /**
     * Carries the request out on the member with {@code membershipNumber} (Arabic-Indic digits welcome). Breaks
     * {@code rule.member.notFound} (also for a transfer's receiving member), {@code rule.registerChange.otherMember}
     * (the request is linked to another member), or a rule of {@link RegisterChange} and of the member's verbs.
     */
    public CarriedOut carryOut(RequestRef ref, String membershipNumber) {
        Instant now = clock.instant();
        String by = caller.getCallerPrincipal().getName();
        ServiceRequest request = requests.current(ref); // read here; intake closes it
        Member member = Members.byNumber(em, membershipNumber);
        if (request.memberId() != null && !request.memberId().equals(member.id())) {
            throw new DomainException("rule.registerChange.otherMember");
        }
        String receiving = RegisterChange.receivingMember(request);
        Member receiver = receiving == null ? null : Members.byNumber(em, receiving);
        List<RegisterChange.Fact> facts = RegisterChange.apply(request, member, receiver, by, now);
        facts.forEach(fact -> trail.record(fact.member(), fact.change()));
        RequestSummary closed = requests.registerChanged(request.id(), Registration.linked(member),
                RegisterChange.outcome(request, member, facts), now);
        return new CarriedOut(closed, member.membershipNumber(), member.status().name());
    }
}
