package coop.khidma.assembly.boundary;

import coop.khidma.assembly.control.InvitationLetters;
import coop.khidma.assembly.entity.GeneralAssembly;
import coop.khidma.assembly.entity.Proxy;
import coop.khidma.audit.boundary.AuditLog;
import coop.khidma.intake.boundary.RequestProgress;
import coop.khidma.intake.entity.ItemVerification;
import coop.khidma.intake.entity.RequestStatus;
import coop.khidma.intake.entity.RequestType;
import coop.khidma.intake.entity.ServiceRequest;
import coop.khidma.membership.boundary.AssemblyRoll;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.i18n.Locales;
import coop.khidma.platform.i18n.Messages;
import coop.khidma.platform.security.Roles;
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
import java.util.Locale;
import java.util.Optional;

/**
 * Proxies at a General Assembly meeting: staff carry out a verified {@code PROXY_APPOINTMENT} request — the member it
 * concerns (the grantor) appoints the member named in its checklist (the holder) — on a meeting not yet started; the
 * proxy is recorded and audited, and intake closes the request and tells the member, both or neither. Both members
 * must be entitled to attend on the record date, the holder not oneself, and no holder above the bylaws' proxy limit.
 * A proxy can be withdrawn until the meeting starts.
 */
@Stateless
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class Proxies {

    /** The checklist item that names the holder's membership number. */
    public static final String HOLDER_ITEM = "PROXY_HOLDER";

    /** A proxy as a member's page shows it: the meeting, and whether the member gave it or holds it. */
    public record OfMember(Proxy proxy, GeneralAssembly assembly, boolean given) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    AssemblyRoll roll;

    @Inject
    RequestProgress requests;

    @Inject
    Clock clock;

    @Resource
    SessionContext caller;

    /**
     * Records the proxy the request with {@code requestReference} asks for, given by the member with
     * {@code grantorNumber} (Arabic-Indic digits welcome), at the meeting {@code assemblyId}. Breaks
     * {@code rule.proxy.wrongType}, {@code rule.proxy.notReady} (not verified, or its checklist incomplete),
     * {@code rule.proxy.holderMissing}, {@code rule.registerChange.otherMember} (the request concerns another member),
     * {@code rule.member.notFound}, {@code rule.assembly.notFound}, or a rule of {@link Proxy#appoint}.
     */
    public Proxy appoint(long assemblyId, String requestReference, String grantorNumber) {
        Instant now = clock.instant();
        String by = caller.getCallerPrincipal().getName();
        ServiceRequest request = requests.read(requestReference == null ? "" : requestReference.strip());
        if (!RequestType.PROXY_APPOINTMENT.equals(request.typeCode())) {
            throw new DomainException("rule.proxy.wrongType");
        }
        if (request.status() != RequestStatus.VERIFIED && request.status() != RequestStatus.BEING_SERVED) {
            throw new DomainException("rule.proxy.notReady", request.status());
        }
        request.requireRequirementsComplete();
        String holderNumber = note(request, HOLDER_ITEM)
                .orElseThrow(() -> new DomainException("rule.proxy.holderMissing"));
        GeneralAssembly assembly = Assemblies.existing(em, assemblyId);
        em.lock(assembly, LockModeType.PESSIMISTIC_WRITE); // one appointment at a time per meeting: the limit holds
        Optional<AssemblyRoll.Entitled> grantor = roll.member(grantorNumber, assembly.recordDate());
        Optional<AssemblyRoll.Entitled> holder = roll.member(holderNumber, assembly.recordDate());
        if (request.memberId() != null && grantor.isPresent() && request.memberId() != grantor.get().memberId()) {
            throw new DomainException("rule.registerChange.otherMember");
        }
        Proxy.Parties parties = new Proxy.Parties(grantor.map(AssemblyRoll.Entitled::memberId).orElse(null),
                grantor.map(AssemblyRoll.Entitled::membershipNumber).orElse(grantorNumber),
                holder.map(AssemblyRoll.Entitled::memberId).orElse(null),
                holder.map(AssemblyRoll.Entitled::membershipNumber).orElse(holderNumber));
        Proxy proxy = Proxy.appoint(assembly, parties, standing(assembly.id(), parties),
                Assemblies.rules(em).proxyLimit(), request.id(), request.reference(), by, now);
        em.persist(proxy);
        em.flush();
        audit.record(proxy.appointed());
        requests.rightCarriedOut(request.id(), outcome(assembly, proxy), now);
        return proxy;
    }

    /** Withdraws the proxy as the screen showed it (version {@code seenVersion}), before the meeting starts. */
    public Proxy withdraw(long proxyId, long seenVersion) {
        Proxy proxy = em.find(Proxy.class, proxyId);
        if (proxy == null) {
            throw new DomainException("rule.proxy.notFound");
        }
        if (proxy.version() != seenVersion) {
            throw new OptimisticLockException("proxy " + proxyId);
        }
        em.lock(proxy, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        GeneralAssembly assembly = Assemblies.existing(em, proxy.assemblyId());
        audit.record(proxy.withdraw(assembly, caller.getCallerPrincipal().getName(), clock.instant()));
        em.flush();
        return proxy;
    }

    /** The meeting's proxies, those in force first, by holder. */
    @RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR, Roles.ADMIN})
    public List<Proxy> of(long assemblyId) {
        return em.createQuery("SELECT p FROM AssemblyProxy p WHERE p.assemblyId = :assembly "
                        + "ORDER BY CASE WHEN p.withdrawnAt IS NULL THEN 0 ELSE 1 END, p.holderNumber, p.id", Proxy.class)
                .setParameter("assembly", assemblyId).getResultList();
    }

    /** The proxies a member gave or holds, at any meeting, the latest first. */
    @RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR, Roles.ADMIN})
    public List<OfMember> ofMember(String membershipNumber) {
        return em.createQuery("SELECT p FROM AssemblyProxy p WHERE p.grantorNumber = :number "
                        + "OR p.holderNumber = :number ORDER BY p.appointedAt DESC, p.id DESC", Proxy.class)
                .setParameter("number", membershipNumber).getResultStream()
                .map(proxy -> new OfMember(proxy, Assemblies.existing(em, proxy.assemblyId()),
                        proxy.grantorNumber().equals(membershipNumber))).toList();
    }

    private Proxy.Standing standing(long assemblyId, Proxy.Parties parties) {
        if (parties.grantorMemberId() == null || parties.holderMemberId() == null) {
            return new Proxy.Standing(false, false, false, 0);
        }
        return new Proxy.Standing(inForce(assemblyId, "grantorMemberId", parties.grantorMemberId()) > 0,
                inForce(assemblyId, "holderMemberId", parties.grantorMemberId()) > 0,
                inForce(assemblyId, "grantorMemberId", parties.holderMemberId()) > 0,
                (int) inForce(assemblyId, "holderMemberId", parties.holderMemberId()));
    }

    private long inForce(long assemblyId, String side, long memberId) {
        return em.createQuery("SELECT COUNT(p) FROM AssemblyProxy p WHERE p.assemblyId = :assembly AND p." + side
                        + " = :member AND p.withdrawnAt IS NULL", Long.class)
                .setParameter("assembly", assemblyId).setParameter("member", memberId).getSingleResult();
    }

    private static Optional<String> note(ServiceRequest request, String itemCode) {
        return request.items().stream().filter(item -> item.itemCode().equals(itemCode))
                .map(ItemVerification::note).filter(note -> note != null && !note.isBlank()).map(String::strip)
                .findFirst();
    }

    /** What the request's answer says, in Arabic and English: the meeting, its date, and the holder's number. */
    private static String outcome(GeneralAssembly assembly, Proxy proxy) {
        return text(Locales.ARABIC, assembly, proxy) + "\n" + text(Locale.ENGLISH, assembly, proxy);
    }

    private static String text(Locale locale, GeneralAssembly assembly, Proxy proxy) {
        return Messages.get(locale, "assembly.proxy.outcome", proxy.grantorNumber(), proxy.holderNumber(),
                assembly.subject(), InvitationLetters.day(assembly.firstMeetingAt(),
                        locale));
    }
}
