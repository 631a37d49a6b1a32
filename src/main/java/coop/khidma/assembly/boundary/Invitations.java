package coop.khidma.assembly.boundary;

import coop.khidma.assembly.control.CheckInCode;
import coop.khidma.assembly.control.InvitationLetters;
import coop.khidma.assembly.entity.AssemblyInvitation;
import coop.khidma.assembly.entity.AssemblyRules;
import coop.khidma.assembly.entity.GeneralAssembly;
import coop.khidma.audit.boundary.AuditLog;
import coop.khidma.correspondence.boundary.Outbox;
import coop.khidma.correspondence.entity.Letter;
import coop.khidma.correspondence.entity.MessageChannel;
import coop.khidma.correspondence.entity.Recipient;
import coop.khidma.membership.boundary.AssemblyRoll;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.security.Roles;
import coop.khidma.platform.time.OfficeCalendar;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The invitations to a meeting: every member entitled to attend on its record date (membership's
 * {@link AssemblyRoll}) is sent, through the outbox, a text message with the meeting's date, time and their own
 * check-in code (by e-mail instead, or not, when the member chose e-mail or a letter), and a printable letter with the place, the agenda and how to appoint a proxy; who was invited, when,
 * by whom and how is kept (the code only hashed). Sending again invites only those not invited yet (a member
 * registered since). Refused once the notice period before the meeting has begun, unless the settings allow it.
 */
@Stateless
@RolesAllowed({Roles.STAFF, Roles.DIRECTOR, Roles.ADMIN})
public class Invitations {

    /** What a sending did: how many were invited now, and how many are invited in all. */
    public record Sent(int now, long inAll) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    @Inject
    AssemblyRoll roll;

    @Inject
    OfficeCalendar office;

    @Inject
    Clock clock;

    @Resource
    SessionContext caller;

    /**
     * Invites every entitled member not invited yet. Breaks {@code rule.assembly.invitationsLate} (the last day to
     * invite with full notice has passed and the settings do not allow a meeting inside the notice period),
     * {@code rule.assembly.nobodyEntitled}, or a rule of {@link GeneralAssembly#invitationsSent} (a meeting not
     * scheduled, an empty agenda).
     */
    public Sent invite(AssemblyRef ref) {
        Instant now = clock.instant();
        String by = caller.getCallerPrincipal().getName();
        GeneralAssembly assembly = Assemblies.existing(em, ref.id());
        ref.requireCurrent(assembly.version());
        em.lock(assembly, LockModeType.PESSIMISTIC_WRITE);
        AssemblyRules rules = Assemblies.rules(em);
        LocalDate inviteBy = Assemblies.notice(assembly).latestInvitationDay(assembly.meetingDay(),
                office.workingDays());
        if (Assemblies.today(now).isAfter(inviteBy) && !rules.schedulingInsideNotice()) {
            throw new DomainException("rule.assembly.invitationsLate", inviteBy.toString());
        }
        List<AssemblyRoll.Entitled> entitled = roll.on(assembly.recordDate());
        if (entitled.isEmpty()) {
            throw new DomainException("rule.assembly.nobodyEntitled");
        }
        Set<Long> invited = new HashSet<>(em.createQuery("SELECT i.memberId FROM AssemblyInvitation i "
                + "WHERE i.assemblyId = :assembly", Long.class).setParameter("assembly", assembly.id()).getResultList());
        List<AssemblyRoll.Entitled> toInvite = entitled.stream()
                .filter(member -> !invited.contains(member.memberId())).toList();
        if (toInvite.isEmpty() && assembly.invitedAt() != null) {
            return new Sent(0, invited.size());
        }
        audit.record(assembly.invitationsSent(toInvite.size(), now, by));
        for (AssemblyRoll.Entitled member : toInvite) {
            String code = CheckInCode.next();
            MessageChannel notice = InvitationLetters.notice(member.preferred(), member.email() != null);
            AssemblyInvitation invitation = AssemblyInvitation.send(assembly.id(), member.memberId(),
                    member.membershipNumber(), member.shares(), notice == null ? MessageChannel.LETTER : notice, code,
                    by, now);
            em.persist(invitation);
            audit.record(invitation.sent());
            Letter letter = InvitationLetters.invitation(assembly, member.nameArabic(), code);
            if (notice != null) {
                outbox.send(new Recipient(member.nameArabic(), member.mobile(), member.email(), notice), letter);
            }
            outbox.send(new Recipient(member.nameArabic(), member.mobile(), member.email(), MessageChannel.LETTER),
                    letter);
        }
        em.flush();
        return new Sent(toInvite.size(), invited.size() + toInvite.size());
    }

    /** Who was invited to the meeting, when and how, by membership number. */
    @RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR, Roles.ADMIN})
    public List<AssemblyInvitation> of(long assemblyId) {
        return em.createQuery("SELECT i FROM AssemblyInvitation i WHERE i.assemblyId = :assembly "
                        + "ORDER BY i.membershipNumber", AssemblyInvitation.class)
                .setParameter("assembly", assemblyId).getResultList();
    }
}
