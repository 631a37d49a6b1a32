package coop.khidma.assembly.boundary;

import coop.khidma.assembly.control.Representation;
import coop.khidma.assembly.entity.AgendaItem;
import coop.khidma.assembly.entity.AssemblyInvitation;
import coop.khidma.assembly.entity.Attendance;
import coop.khidma.assembly.entity.GeneralAssembly;
import coop.khidma.assembly.entity.Vote;
import coop.khidma.audit.boundary.AuditLog;
import coop.khidma.audit.entity.Change;
import coop.khidma.intake.boundary.TrackingAttempts;
import coop.khidma.membership.boundary.MemberIdentities;
import coop.khidma.platform.i18n.Digits;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The votes on a meeting's agenda items: staff record each present member's vote at the console (cast by the member in
 * person or by the proxy holder representing them), or — when the administrator turned kiosk voting on — the attendee
 * votes at the kiosk with their national ID and invitation code, for themself and for each member they represent,
 * separately. Votes are taken on the meeting's day, on items that are voted, once the quorum for the meeting time held
 * is reached; one vote per item and member (also unique in the schema), never changed. Only totals are ever shown.
 */
@Stateless
@RolesAllowed({Roles.STAFF, Roles.DIRECTOR, Roles.ADMIN})
public class Votes {

    /** A vote still to cast at the kiosk: the item and the member it is for ({@code own}: the attendee themself). */
    public record Open(int position, String titleArabic, String titleEnglish, String membershipNumber, boolean own) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    MemberIdentities identities;

    @Inject
    TrackingAttempts attempts;

    @Inject
    Clock clock;

    @Resource
    SessionContext caller;

    /**
     * Staff record the vote of the present member {@code membershipNumber} on the item at {@code position}. Breaks
     * {@code rule.vote.notPresent}, {@code rule.vote.already}, {@code rule.vote.noQuorum},
     * {@code rule.checkIn.notToday}, {@code rule.assembly.itemNotFound} or a rule of {@link Vote#cast}.
     */
    public void record(long assemblyId, int position, String membershipNumber, Vote.Choice choice) {
        GeneralAssembly assembly = locked(assemblyId);
        String number = Digits.toAscii(membershipNumber == null ? "" : membershipNumber).strip();
        Attendance attendance = CheckIns.attendances(em, assemblyId).stream()
                .filter(present -> present.membershipNumber().equalsIgnoreCase(number)).findFirst()
                .orElseThrow(() -> new DomainException("rule.vote.notPresent"));
        cast(assembly, position, attendance.voterMemberId(), attendance.memberId(), choice, Attendance.Desk.CONSOLE,
                caller.getCallerPrincipal().getName());
    }

    /**
     * What the attendee with {@code nationalId} and {@code code} still has to vote on: for each voted item, their own
     * vote and each represented member's. Breaks {@code rule.vote.kioskOff}, {@code rule.checkIn.wrongCode},
     * {@code rule.checkIn.notToday} or {@code rule.vote.notPresent}.
     */
    @PermitAll
    public List<Open> openAtKiosk(long assemblyId, String nationalId, String code) {
        GeneralAssembly assembly = kioskDay(assemblyId);
        AssemblyInvitation attendee = CheckIns.invitationOf(em, identities, attempts, clock.instant(), assemblyId,
                nationalId, code);
        List<Attendance> mine = CheckIns.attendances(em, assemblyId).stream()
                .filter(present -> present.voterMemberId() == attendee.memberId()).toList();
        if (mine.isEmpty()) {
            throw new DomainException("rule.vote.notPresent");
        }
        Set<List<Long>> voted = new HashSet<>(em.createQuery("SELECT v.itemId, v.memberId FROM AssemblyVote v "
                        + "WHERE v.assemblyId = :assembly", Object[].class).setParameter("assembly", assemblyId)
                .getResultStream().map(row -> List.of((Long) row[0], (Long) row[1])).toList());
        return assembly.agenda().stream().filter(AgendaItem::isVoted).flatMap(item -> mine.stream()
                .filter(present -> !voted.contains(List.of(item.id(), present.memberId())))
                .map(present -> new Open(item.position(), item.titleArabic(), item.titleEnglish(), present.membershipNumber(),
                        present.memberId() == attendee.memberId()))).toList();
    }

    /**
     * The attendee with {@code nationalId} and {@code code} casts the vote of {@code forNumber} (themself or a member
     * they represent) on the item at {@code position}. Breaks {@code rule.vote.kioskOff}, {@code rule.checkIn.wrongCode},
     * or a rule of {@link #record} and {@link Representation#requireMayVote}.
     */
    @PermitAll
    public void castAtKiosk(long assemblyId, String nationalId, String code, int position, String forNumber,
                            Vote.Choice choice) {
        GeneralAssembly assembly = kioskDay(assemblyId);
        em.lock(assembly, LockModeType.PESSIMISTIC_WRITE);
        AssemblyInvitation attendee = CheckIns.invitationOf(em, identities, attempts, clock.instant(), assemblyId,
                nationalId, code);
        long forMember = CheckIns.invitations(em, assemblyId).stream()
                .filter(invitation -> invitation.membershipNumber().equalsIgnoreCase(forNumber == null ? "" : forNumber))
                .map(AssemblyInvitation::memberId).findFirst()
                .orElseThrow(() -> new DomainException("rule.vote.notPresent"));
        cast(assembly, position, attendee.memberId(), forMember, choice, Attendance.Desk.KIOSK, Change.KIOSK);
    }

    private void cast(GeneralAssembly assembly, int position, long voterId, long forMemberId, Vote.Choice choice,
                      Attendance.Desk desk, String by) {
        Instant now = clock.instant();
        AgendaItem item = CheckIns.item(assembly, position);
        if (!item.isVoted()) {
            throw new DomainException("rule.vote.noVote", position);
        }
        Map<Long, Attendance> present = CheckIns.attendances(em, assembly.id()).stream()
                .collect(Collectors.toMap(Attendance::memberId, Function.identity()));
        Set<Long> voted = new HashSet<>(em.createQuery("SELECT v.memberId FROM AssemblyVote v WHERE v.itemId = :item",
                Long.class).setParameter("item", item.id()).getResultList());
        Representation.requireMayVote(voterId, forMemberId, present.entrySet().stream().collect(Collectors.toMap(
                Map.Entry::getKey, entry -> entry.getValue().presence())), voted);
        if (!CheckIns.day(em, assembly, now).quorumReached()) {
            throw new DomainException("rule.vote.noQuorum");
        }
        Vote vote = Vote.cast(item, present.get(forMemberId), choice, desk, by, now);
        em.persist(vote);
        audit.record(vote.recorded());
        em.flush();
    }

    private GeneralAssembly locked(long assemblyId) {
        GeneralAssembly assembly = Assemblies.existing(em, assemblyId);
        em.lock(assembly, LockModeType.PESSIMISTIC_WRITE); // one vote at a time per meeting: none counted twice
        CheckIns.requireDay(assembly, clock.instant());
        return assembly;
    }

    private GeneralAssembly kioskDay(long assemblyId) {
        if (!Assemblies.rules(em).kioskVoting()) {
            throw new DomainException("rule.vote.kioskOff");
        }
        GeneralAssembly assembly = Assemblies.existing(em, assemblyId);
        CheckIns.requireDay(assembly, clock.instant());
        return assembly;
    }

    /** Whether attendees may vote at the kiosk (the administrator's setting). */
    @PermitAll
    public boolean kioskVoting() {
        return Assemblies.rules(em).kioskVoting();
    }
}
