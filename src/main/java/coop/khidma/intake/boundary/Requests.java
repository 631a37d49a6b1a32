package coop.khidma.intake.boundary;

import coop.khidma.audit.boundary.AuditTrail;
import coop.khidma.audit.entity.Change;
import coop.khidma.correspondence.boundary.Outbox;
import coop.khidma.correspondence.control.Letters;
import coop.khidma.intake.entity.Channel;
import coop.khidma.intake.entity.RequestStatus;
import coop.khidma.intake.entity.Requester;
import coop.khidma.intake.entity.ServiceRequest;
import coop.khidma.intake.entity.VerificationMethod;
import coop.khidma.membership.entity.SaudiMobile;
import coop.khidma.platform.i18n.DomainException;
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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;


/**
 * Member service requests as the shareholder-relations staff work them (policy clause 2): register what came by
 * another channel, verify the intake checklist item by item, return a request for missing items, close what needs
 * no committee. Every change is audited and refused when the screen it came from was out of date.
 */
@Stateless
@RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR, Roles.ADMIN})
public class Requests {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext caller;

    @Inject
    Filings filings;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** The newest requests first, one page at a time. */
    public List<InboxRow> inbox(int offset, int limit) {
        return em.createQuery("""
                        SELECT NEW coop.khidma.intake.boundary.InboxRow(
                            r.reference, r.typeCode, r.channel, r.status, r.requester.name, r.submittedAt)
                        FROM ServiceRequest r ORDER BY r.submittedAt DESC, r.id DESC""", InboxRow.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    public long count() {
        return em.createQuery("SELECT COUNT(r) FROM ServiceRequest r", Long.class).getSingleResult();
    }

    /** One page of the requests the query selects, in the order asked (the id breaks ties, so pages never overlap). */
    public List<InboxRow> inbox(InboxQuery query, int offset, int limit, InboxQuery.Sort sort, boolean ascending) {
        return new InboxSearch(query).rows(em, sort, ascending).setFirstResult(offset).setMaxResults(limit)
                .getResultList();
    }

    public long inboxCount(InboxQuery query) {
        return new InboxSearch(query).count(em).getSingleResult();
    }

    /** How many requests stand in each status now (statuses with none are left out). */
    public Map<RequestStatus, Long> countsByStatus() {
        Map<RequestStatus, Long> counts = new EnumMap<>(RequestStatus.class);
        em.createQuery("SELECT r.status, COUNT(r) FROM ServiceRequest r GROUP BY r.status", Object[].class)
                .getResultList().forEach(row -> counts.put((RequestStatus) row[0], (Long) row[1]));
        return counts;
    }

    /** The codes of the request types in use, for the inbox's filter and the registration form. */
    public List<String> typeCodes() {
        return em.createQuery("SELECT t.code FROM RequestType t WHERE t.active = TRUE ORDER BY t.code", String.class).getResultList();
    }

    /** The whole request; the committee reads it too (it opens the file of an item on its agenda). */
    @RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR, Roles.COMMITTEE, Roles.ADMIN})
    public RequestView detail(String reference) {
        return RequestView.of(find(reference));
    }

    /** A request received by phone, letter, social media, the website or in an interview, entered by staff. */
    public RequestView register(String typeCode, Channel channel, String name, String mobile, String details) {
        String by = me();
        var now = clock.instant();
        ServiceRequest request = ServiceRequest.submit(filings.nextReference(now), filings.type(typeCode),
                new Requester(name, SaudiMobile.parse(mobile)), channel, details, by, now);
        return RequestView.of(filings.file(request));
    }

    public RequestView startIntake(RequestRef ref) {
        return change(ref, ServiceRequest::startIntake);
    }

    public RequestView provide(RequestRef ref, String itemCode, String note) {
        return change(ref, (request, by, at) -> request.provide(itemCode, note, by, at));
    }

    public RequestView verifyItem(RequestRef ref, String itemCode, VerificationMethod method) {
        return change(ref, (request, by, at) -> request.verifyItem(itemCode, method, by, at));
    }

    public RequestView markMissing(RequestRef ref, String itemCode, String reason) {
        return change(ref, (request, by, at) -> request.markMissing(itemCode, reason, by, at));
    }

    /** Back to the member with the list of what is missing (they are told by letter/SMS); can resume later. */
    public RequestView returnToMember(RequestRef ref) {
        RequestView view = change(ref, ServiceRequest::returnToMember);
        outbox.send(find(ref.reference()), Letters.missingItems(find(ref.reference())));
        return view;
    }

    public RequestView resume(RequestRef ref) {
        return change(ref, ServiceRequest::resume);
    }

    /** Refused while any mandatory checklist item is not verified. */
    public RequestView completeIntake(RequestRef ref) {
        return change(ref, ServiceRequest::completeIntake);
    }

    public RequestView startService(RequestRef ref) {
        return change(ref, ServiceRequest::startService);
    }

    /**
     * The data subject's requests (PDPL): answered only by carrying the right out, on the privacy page
     * ({@code privacy.boundary.SubjectRights}), never by a free answer that would leave the data as it was.
     */
    static final Set<String> ANSWERED_BY_CARRYING_OUT = Set.of("DATA_EXPORT", "DATA_CORRECTION", "DATA_ERASURE");

    /**
     * Answers a request that needs no committee; the member receives the answer. Breaks
     * {@code rule.request.carryOutTheRight} for a data subject's request.
     */
    public RequestView resolve(RequestRef ref, String answer) {
        if (ANSWERED_BY_CARRYING_OUT.contains(find(ref.reference()).typeCode())) {
            throw new DomainException("rule.request.carryOutTheRight");
        }
        RequestView view = change(ref, (request, by, at) -> request.resolve(answer, by, at));
        outbox.send(find(ref.reference()), Letters.answer(find(ref.reference())));
        return view;
    }

    public RequestView withdraw(RequestRef ref, String reason) {
        return change(ref, (request, by, at) -> request.withdraw(reason, by, at));
    }

    public RequestView assignTo(RequestRef ref, String username) {
        return change(ref, (request, by, at) -> request.assignTo(username, by, at));
    }

    /** What happened to the request, oldest first (from the audit trail). */
    @RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR, Roles.COMMITTEE, Roles.ADMIN})
    public List<Change> timeline(String reference) {
        return audit.history(find(reference).reference());
    }

    private RequestView change(RequestRef ref, Verb verb) {
        ServiceRequest request = find(ref.reference());
        if (request.version() != ref.version()) {
            throw new OptimisticLockException(request.reference());
        }
        em.lock(request, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        audit.record(verb.apply(request, me(), clock.instant()));
        em.flush();
        return RequestView.of(request);
    }

    ServiceRequest find(String reference) {
        List<ServiceRequest> found = em.createQuery("SELECT r FROM ServiceRequest r WHERE r.reference = :reference",
                ServiceRequest.class).setParameter("reference", reference).getResultList();
        if (found.isEmpty()) {
            throw new DomainException("rule.request.notFound", String.valueOf(reference));
        }
        return found.get(0);
    }

    private String me() {
        return caller.getCallerPrincipal().getName();
    }

    /** A verb of the aggregate, done by the signed-in staff member now. */
    @FunctionalInterface
    interface Verb {
        Change apply(ServiceRequest request, String by, Instant at);
    }
}
