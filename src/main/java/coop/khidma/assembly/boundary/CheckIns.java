package coop.khidma.assembly.boundary;

import coop.khidma.assembly.control.ItemResult;
import coop.khidma.assembly.control.Quorum;
import coop.khidma.assembly.control.Representation;
import coop.khidma.assembly.entity.AgendaItem;
import coop.khidma.assembly.entity.AssemblyInvitation;
import coop.khidma.assembly.entity.AssemblyRules;
import coop.khidma.assembly.entity.AssemblyStatus;
import coop.khidma.assembly.entity.Attendance;
import coop.khidma.assembly.entity.GeneralAssembly;
import coop.khidma.assembly.entity.Proxy;
import coop.khidma.assembly.entity.Vote;
import coop.khidma.audit.boundary.AuditLog;
import coop.khidma.audit.entity.Change;
import coop.khidma.intake.boundary.TrackingAttempts;
import coop.khidma.membership.boundary.MemberIdentities;
import coop.khidma.person.NationalId;
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
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Attendance on the day of a General Assembly meeting: an invited member checks in at the kiosk with their national ID
 * and the code sent in the invitation, or staff check a member in at the console by membership number. A proxy holder
 * checking in brings in each member who gave them a proxy in force (see {@link Representation}); nobody is present
 * twice. The live screen reads the day: attendance and the quorum for the first and second meeting time. Check-in is
 * open on the meeting's day (Riyadh) once the invitations went out, until the meeting is closed or cancelled. Every
 * check-in is audited.
 */
@Stateless
@RolesAllowed({Roles.STAFF, Roles.DIRECTOR, Roles.ADMIN})
public class CheckIns {

    /** Who a check-in brought in: the member, then each member they represent (membership numbers). */
    public record Arrival(String membershipNumber, List<String> represented) {
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

    /** The meeting whose day is today and that takes check-ins now, if any (the kiosk offers its tile then). */
    @PermitAll
    public Optional<Long> meetingToday() {
        Instant now = clock.instant();
        return em.createQuery("SELECT a FROM GeneralAssembly a WHERE a.status IN :open AND a.invitedAt IS NOT NULL "
                        + "ORDER BY a.firstMeetingAt, a.id", GeneralAssembly.class)
                .setParameter("open", List.of(AssemblyStatus.SCHEDULED, AssemblyStatus.OPEN)).getResultStream()
                .filter(assembly -> takesCheckIns(assembly, now)).map(GeneralAssembly::id).findFirst();
    }

    /**
     * The member with {@code nationalId} (as typed, Arabic-Indic digits welcome) checks in with the invitation's
     * {@code code}. Breaks {@code rule.checkIn.wrongCode} when the ID and code do not match an invitation to this
     * meeting (the same answer whichever is wrong), {@code rule.checkIn.notToday}, or a rule of
     * {@link Representation#arrive}.
     */
    @PermitAll
    public Arrival atKiosk(long assemblyId, String nationalId, String code) {
        GeneralAssembly assembly = lockedToday(assemblyId);
        AssemblyInvitation invitation = invitationOf(em, identities, attempts, clock.instant(), assemblyId,
                nationalId, code);
        return arrive(assembly, invitation, Attendance.Desk.KIOSK, Change.KIOSK);
    }

    /**
     * Staff check in the invited member with {@code membershipNumber}. Breaks {@code rule.checkIn.notInvited},
     * {@code rule.checkIn.notToday} or a rule of {@link Representation#arrive}.
     */
    public Arrival atConsole(long assemblyId, String membershipNumber) {
        GeneralAssembly assembly = lockedToday(assemblyId);
        String number = Digits.toAscii(membershipNumber == null ? "" : membershipNumber).strip().toUpperCase();
        AssemblyInvitation invitation = invitations(em, assemblyId).stream()
                .filter(candidate -> candidate.membershipNumber().equalsIgnoreCase(number)).findFirst()
                .orElseThrow(() -> new DomainException("rule.checkIn.notInvited", number));
        return arrive(assembly, invitation, Attendance.Desk.CONSOLE, caller.getCallerPrincipal().getName());
    }

    /** The day as the live screen shows it. */
    @RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR, Roles.ADMIN})
    public AssemblyDay day(long assemblyId) {
        return day(em, Assemblies.existing(em, assemblyId), clock.instant());
    }

    /** Who is present, in the order they arrived. */
    @RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR, Roles.ADMIN})
    public List<Attendance> attendance(long assemblyId) {
        return attendances(em, assemblyId);
    }

    private Arrival arrive(GeneralAssembly assembly, AssemblyInvitation invitation, Attendance.Desk desk, String by) {
        Instant now = clock.instant();
        List<AssemblyInvitation> invited = invitations(em, assembly.id());
        Map<Long, AssemblyInvitation> byMember = invited.stream()
                .collect(Collectors.toMap(AssemblyInvitation::memberId, Function.identity()));
        Map<Long, Representation.Presence> present = attendances(em, assembly.id()).stream()
                .collect(Collectors.toMap(Attendance::memberId, Attendance::presence));
        Map<Long, Long> proxies = em.createQuery("SELECT p FROM AssemblyProxy p WHERE p.assemblyId = :assembly "
                        + "AND p.withdrawnAt IS NULL", Proxy.class)
                .setParameter("assembly", assembly.id()).getResultStream()
                .filter(proxy -> byMember.containsKey(proxy.grantorMemberId()))
                .collect(Collectors.toMap(Proxy::grantorMemberId,
                        Proxy::holderMemberId));
        List<Representation.Presence> arriving = Representation.arrive(invitation.memberId(), proxies, present);
        for (Representation.Presence presence : arriving) {
            Attendance attendance = Attendance.record(byMember.get(presence.memberId()), presence, invitation, desk,
                    by, now);
            em.persist(attendance);
            audit.record(attendance.recorded());
        }
        em.flush();
        return new Arrival(invitation.membershipNumber(), arriving.stream().skip(1)
                .map(presence -> byMember.get(presence.memberId()).membershipNumber()).toList());
    }

    private GeneralAssembly lockedToday(long assemblyId) {
        GeneralAssembly assembly = Assemblies.existing(em, assemblyId);
        em.lock(assembly, LockModeType.PESSIMISTIC_WRITE); // one arrival at a time: nobody present twice
        requireDay(assembly, clock.instant());
        return assembly;
    }

    /** Breaks {@code rule.checkIn.notToday} unless the meeting takes check-ins and votes at {@code now}. */
    static void requireDay(GeneralAssembly assembly, Instant now) {
        if (!takesCheckIns(assembly, now)) {
            throw new DomainException("rule.checkIn.notToday");
        }
    }

    private static boolean takesCheckIns(GeneralAssembly assembly, Instant now) {
        boolean live = assembly.status() == AssemblyStatus.OPEN
                || assembly.status() == AssemblyStatus.SCHEDULED && assembly.invitedAt() != null;
        return live && (assembly.status() == AssemblyStatus.OPEN || assembly.meetingDay().equals(Assemblies.today(now)));
    }

    /**
     * The invitation to the meeting of the member with {@code nationalId} whose code is {@code code}; breaks
     * {@code rule.checkIn.wrongCode} otherwise (a malformed ID too: the kiosk tells nothing about who is a member). The
     * code is guarded as the kiosk's tracking is ({@code intake.control.TrackingLimit}): an invitation whose code was
     * typed wrong {@value coop.khidma.intake.control.TrackingLimit#PER_REFERENCE} times within the hour is locked for
     * an hour — every attempt then answered alike, the right code too — so six digits cannot be tried through.
     */
    static AssemblyInvitation invitationOf(EntityManager em, MemberIdentities identities, TrackingAttempts attempts,
                                           Instant now, long assemblyId, String nationalId, String code) {
        NationalId id;
        try {
            id = NationalId.parse(nationalId);
        } catch (DomainException malformed) {
            throw new DomainException("rule.checkIn.wrongCode");
        }
        String typed = Digits.toAscii(code == null ? "" : code).strip();
        List<Long> members = identities.idsOf(id);
        List<AssemblyInvitation> theirs = invitations(em, assemblyId).stream()
                .filter(invitation -> members.contains(invitation.memberId())).toList();
        for (AssemblyInvitation invitation : theirs) {
            String guarded = GeneralAssembly.reference(assemblyId) + " " + invitation.membershipNumber();
            if (attempts.locked(guarded, null, now)) {
                throw new DomainException("rule.checkIn.wrongCode");
            }
            if (invitation.matches(typed)) {
                return invitation;
            }
            attempts.failed(guarded, null, now);
        }
        throw new DomainException("rule.checkIn.wrongCode");
    }

    static List<AssemblyInvitation> invitations(EntityManager em, long assemblyId) {
        return em.createQuery("SELECT i FROM AssemblyInvitation i WHERE i.assemblyId = :assembly "
                + "ORDER BY i.membershipNumber", AssemblyInvitation.class)
                .setParameter("assembly", assemblyId).getResultList();
    }

    static List<Attendance> attendances(EntityManager em, long assemblyId) {
        return em.createQuery("SELECT a FROM Attendance a WHERE a.assemblyId = :assembly "
                + "ORDER BY a.checkedInAt, a.id", Attendance.class)
                .setParameter("assembly", assemblyId).getResultList();
    }

    /** The day of {@code assembly} at {@code now}: counts, quorum and each item's totals. */
    static AssemblyDay day(EntityManager em, GeneralAssembly assembly, Instant now) {
        AssemblyRules rules = Assemblies.rules(em);
        Quorum quorum = new Quorum(rules.quorumBasis(), rules.firstQuorumPercent(), rules.secondMeetingAllowed()
                && assembly.secondMeetingAt() != null, rules.secondQuorumPercent());
        Quorum.Count entitled = Quorum.Count.NONE;
        for (AssemblyInvitation invitation : invitations(em, assembly.id())) {
            entitled = entitled.plus(1, invitation.shares());
        }
        Map<Representation.Mode, Quorum.Count> present = new EnumMap<>(Representation.Mode.class);
        for (Attendance attendance : attendances(em, assembly.id())) {
            present.merge(attendance.mode(), new Quorum.Count(1, attendance.shares()),
                    (a, b) -> a.plus(b.members(), b.shares()));
        }
        Quorum.Count inPerson = present.getOrDefault(Representation.Mode.IN_PERSON, Quorum.Count.NONE);
        Quorum.Count byProxy = present.getOrDefault(Representation.Mode.BY_PROXY, Quorum.Count.NONE);
        Quorum.Standing standing = quorum.standing(entitled, inPerson.plus(byProxy.members(), byProxy.shares()));
        boolean second = quorum.secondAllowed() && !now.isBefore(assembly.secondMeetingAt());
        Map<Long, Map<Vote.Choice, Long>> tallies = tallies(em, assembly.id());
        List<AssemblyDay.Item> items = assembly.agenda().stream().map(item -> {
            Map<Vote.Choice, Long> tally = tallies.getOrDefault(item.id(), Map.of());
            return new AssemblyDay.Item(item, ItemResult.of(item.decisionRule(), new ItemResult.Tally(
                    tally.getOrDefault(Vote.Choice.FOR, 0L), tally.getOrDefault(Vote.Choice.AGAINST, 0L),
                    tally.getOrDefault(Vote.Choice.ABSTAIN, 0L))));
        }).toList();
        return new AssemblyDay(assembly, entitled, inPerson, byProxy, standing, second, items);
    }

    private static Map<Long, Map<Vote.Choice, Long>> tallies(EntityManager em, long assemblyId) {
        Map<Long, Map<Vote.Choice, Long>> tallies = new HashMap<>();
        em.createQuery("SELECT v.itemId, v.choice, COUNT(v) FROM AssemblyVote v WHERE v.assemblyId = :assembly "
                        + "GROUP BY v.itemId, v.choice", Object[].class)
                .setParameter("assembly", assemblyId).getResultList()
                .forEach(row -> tallies.computeIfAbsent((Long) row[0], item -> new EnumMap<>(Vote.Choice.class))
                        .put((Vote.Choice) row[1], (Long) row[2]));
        return tallies;
    }

    /** The item with {@code position} on {@code assembly}; breaks {@code rule.assembly.itemNotFound}. */
    static AgendaItem item(GeneralAssembly assembly, int position) {
        return assembly.agenda().stream().filter(item -> item.position() == position).findFirst()
                .orElseThrow(() -> new DomainException("rule.assembly.itemNotFound", position));
    }
}
