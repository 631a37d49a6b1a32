package coop.khidma.membership.control;

import coop.khidma.audit.entity.Change;
import coop.khidma.intake.entity.Applicant;
import coop.khidma.intake.entity.LinkedMember;
import coop.khidma.intake.entity.RequestStatus;
import coop.khidma.intake.entity.ServiceRequest;
import coop.khidma.membership.entity.Member;
import coop.khidma.membership.entity.MemberStatus;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.time.HijriDates;

import java.time.Instant;

/**
 * Completing registration (policy item 5): an ACCEPTED membership application whose requirements are all complete
 * makes its applicant an active member with a membership number, and the request COMPLETED — both or neither. This
 * class reads the request and changes the member only; intake completes the request.
 *
 * <p>For the boundary, in one transaction: {@code member} = the member whose id the request keeps
 * ({@code request.memberId()}), or {@code Registration.applicantOf(request, by, at)} (persist it and flush, so it has
 * its id, by which the audit trail names it, then write each of {@code member.created(by)}), then {@link #requireCompletable}, then
 * {@code serial = sequences.next(MembershipNumber.SEQUENCE, yearOf(at))}, then {@link #activate} and write its change,
 * then intake's {@code RequestProgress.registrationCompleted} with {@link #linked}. Checking before drawing the number
 * keeps the counter row locked only for completions that will succeed.
 */
public final class Registration {

    private Registration() {
    }

    /** The year whose sequence numbers a registration completed at {@code at}: the Riyadh calendar year. */
    public static int yearOf(Instant at) {
        return at.atZone(HijriDates.RIYADH).getYear();
    }

    /**
     * A new applicant member from an application's details and the requester's mobile, the shares applied for being
     * their initial subscription (its evidence: the receipt's reference staff noted on the payment receipt's item);
     * breaks {@code rule.registration.notApplication}.
     */
    public static Member applicantOf(ServiceRequest request, String by, Instant at) {
        requireApplication(request);
        Applicant applicant = request.applicant();
        if (applicant == null) {
            throw new DomainException("rule.request.applicantMissing");
        }
        return Member.applicant(applicant.nationalId(), applicant.nameArabic(), applicant.nameLatin(),
                request.requester().mobile(), applicant.email(), applicant.city(), new Member.Subscription(
                        applicant.shares(), RegisterChange.note(request, RegisterChange.SHARES_PAYMENT),
                        request.reference()), by, at);
    }

    /**
     * Breaks {@code rule.registration.notApplication}, {@code rule.registration.notAccepted} (with the status),
     * {@code rule.request.itemsUnverified}, {@code rule.request.applicantMissing},
     * {@code rule.registration.otherPerson} (the member's national ID is not the applicant's) or
     * {@code rule.member.notApplicant}.
     */
    public static void requireCompletable(ServiceRequest request, Member member) {
        requireApplication(request);
        if (request.status() != RequestStatus.ACCEPTED) {
            throw new DomainException("rule.registration.notAccepted", request.status());
        }
        request.requireRequirementsComplete();
        if (!member.nationalId().equals(request.applicant().nationalId())) {
            throw new DomainException("rule.registration.otherPerson");
        }
        if (member.status() != MemberStatus.APPLICANT) {
            throw new DomainException("rule.member.notApplicant", member.status());
        }
    }

    /**
     * Activates the applicant member of the application with the number; returns the audit fact. Same rules as
     * {@link #requireCompletable}. The request is intake's to complete next.
     */
    public static Change activate(ServiceRequest request, Member member, MembershipNumber number, String by,
                                  Instant at) {
        requireCompletable(request, member);
        return member.activate(number.toString(), by, at);
    }

    /**
     * The member as intake links the request to it: by id, with its audit name, number, e-mail, whether active and how
     * they chose to be told.
     */
    public static LinkedMember linked(Member member) {
        return new LinkedMember(member.id(), member.subject(), member.membershipNumber(),
                member.status() == MemberStatus.ACTIVE, member.email(), member.preferredChannel());
    }

    private static void requireApplication(ServiceRequest request) {
        if (!request.isApplication()) {
            throw new DomainException("rule.registration.notApplication", request.typeCode());
        }
    }
}
