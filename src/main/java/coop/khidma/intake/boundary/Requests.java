package coop.khidma.intake.boundary;

import coop.khidma.audit.boundary.AuditLog;
import coop.khidma.audit.boundary.AuditTrail;
import coop.khidma.audit.entity.Change;
import coop.khidma.correspondence.boundary.Outbox;
import coop.khidma.correspondence.entity.MessageChannel;
import coop.khidma.correspondence.entity.Recipient;
import coop.khidma.intake.entity.Attachment;
import coop.khidma.intake.entity.Channel;
import coop.khidma.intake.entity.RequestStatus;
import coop.khidma.intake.entity.Requester;
import coop.khidma.intake.entity.RequestType;
import coop.khidma.intake.entity.ServiceRequest;
import coop.khidma.intake.entity.VerificationMethod;
import coop.khidma.person.SaudiMobile;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.security.Roles;
import coop.khidma.intake.control.RequestAction;
import coop.khidma.intake.control.RequestLetters;
import coop.khidma.intake.control.Urgency;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.platform.time.OfficeCalendar;
import coop.khidma.platform.time.WorkingDays;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;


/**
 * Member service requests as the shareholder-relations staff work them (policy clause 2): register what came by
 * another channel, verify the intake checklist item by item, return a request for missing items, close what needs
 * no committee. Every change is audited and refused when the screen it came from was out of date.
 *
 * <p>The inbox's reads ({@code inbox}, {@code inboxPage}, {@code inboxCount}, {@code overdueCount}, {@code count})
 * change nothing and run in the caller's transaction if there is one, else in none ({@code SUPPORTS}): each of their
 * statements sees what was committed when it began, as it does inside a transaction at the pool's read-committed
 * isolation, without a transaction begun and committed around one {@code SELECT} (the connection's autocommit
 * switched off and on and a {@code COMMIT}: three round trips to the database, and the transaction manager's work, for
 * a page the console asks for at every keystroke; src/bench/RESULTS.md, P4).
 */
@Stateless
@RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR, Roles.ADMIN})
public class Requests {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext caller;

    @Inject
    Event<RequestClosed> closed;

    @Inject
    Filings filings;

    @Inject
    AuditLog audit;

    @Inject
    AuditTrail trail;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    OfficeCalendar office;

    /** The newest requests first, one page at a time. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<InboxRow> inbox(int offset, int limit) {
        return em.createQuery("""
                        SELECT NEW coop.khidma.intake.boundary.InboxRow(
                            r.reference, r.typeCode, r.channel, r.status, r.requester.name, r.submittedAt, r.dueOn)
                        FROM ServiceRequest r ORDER BY r.submittedAt DESC, r.id DESC""", InboxRow.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long count() {
        return em.createQuery("SELECT COUNT(r) FROM ServiceRequest r", Long.class).getSingleResult();
    }

    /**
     * One page of the requests the query selects, in the order asked (the id breaks ties, so pages never overlap),
     * each flagged overdue or due soon against today in Riyadh.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<InboxRow> inbox(InboxQuery query, int offset, int limit, InboxQuery.Sort sort, boolean ascending) {
        LocalDate today = today();
        WorkingDays days = office.whenCounted();
        return rows(search(query, today, days), today, days, offset, limit, sort, ascending);
    }

    /**
     * A page of the inbox and how many requests its query selects in all, in one call (one transaction), as the
     * console's inbox shows them. A page that ends the list tells the total itself ({@link InboxPage#totalShownBy}):
     * then no count is asked.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public InboxPage inboxPage(InboxQuery query, int offset, int limit, InboxQuery.Sort sort, boolean ascending) {
        LocalDate today = today();
        WorkingDays days = office.whenCounted();
        InboxSearch search = search(query, today, days);
        List<InboxRow> rows = rows(search, today, days, offset, limit, sort, ascending);
        return new InboxPage(rows, InboxPage.totalShownBy(offset, limit, rows.size())
                .orElseGet(() -> search.count(em).getSingleResult()));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long inboxCount(InboxQuery query) {
        LocalDate today = today();
        return search(query, today, office.whenCounted()).count(em).getSingleResult();
    }

    /** How many open requests are past their due day, for the home page. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long overdueCount() {
        return inboxCount(new InboxQuery(null, null, null, null, Urgency.OVERDUE));
    }

    /** The page's rows flagged by their due day; the calendar is read only for a row due today or later. */
    private List<InboxRow> rows(InboxSearch search, LocalDate today, WorkingDays days, int offset, int limit,
                                InboxQuery.Sort sort, boolean ascending) {
        return search.rows(em, sort, ascending).setFirstResult(offset).setMaxResults(limit).getResultStream()
                .map(row -> row.flagged(Urgency.of(row.dueOn(), today, days))).toList();
    }

    /** The query's conditions; the office's working days are only counted with when the query wants "due soon". */
    private static InboxSearch search(InboxQuery query, LocalDate today, WorkingDays days) {
        return new InboxSearch(query, today,
                query.urgency() == Urgency.DUE_SOON ? Urgency.soonUntil(today, days) : today);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(HijriDates.RIYADH));
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

    /**
     * The whole request; the committee reads it too when it was put before it (it opens the file of an item on its
     * agenda). Breaks {@code rule.request.notFound}, or {@code rule.request.notBeforeCommittee} for the committee.
     */
    @RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR, Roles.COMMITTEE, Roles.ADMIN})
    public RequestView detail(String reference) {
        return view(readable(reference));
    }

    /** A request received by one of the policy's seven channels, entered by staff (see {@link #register(String, Channel, String, String, String, Paper)}). */
    public RequestView register(String typeCode, Channel channel, String name, String mobile, String details) {
        return register(typeCode, channel, name, mobile, details, null);
    }

    /**
     * A request received by another channel, entered by staff, with the paper it came on ({@code null} for none). A
     * letter is registered with its scanned copy: breaks {@code rule.request.letterScan} without one, or a rule of
     * {@link Attachment#typeOf} for a file that is not a PDF, JPEG or PNG of at most 10 MB. Staff name one of the
     * policy's seven channels ({@link Channel#REGISTERED_BY_STAFF}): breaks {@code rule.request.channelNotForStaff}
     * for the kiosk (it files its own) or none.
     */
    public RequestView register(String typeCode, Channel channel, String name, String mobile, String details,
                                Paper scan) {
        return register(typeCode, channel, name, mobile, details, scan, null);
    }

    /**
     * The same, with how the requester wants to be told ({@code preferred}: SMS or a letter printed at the counter;
     * {@code null}: as it came), recorded and audited with the filing so the acknowledgement goes that way too.
     * Breaks {@code rule.channel.noEmail} for e-mail (staff take no address), or the rules above.
     */
    public RequestView register(String typeCode, Channel channel, String name, String mobile, String details,
                                Paper scan, MessageChannel preferred) {
        if (channel == null || !channel.registeredByStaff()) {
            throw new DomainException("rule.request.channelNotForStaff");
        }
        String by = me();
        var now = clock.instant();
        ServiceRequest request = ServiceRequest.submit(filings.nextReference(now), filings.type(typeCode),
                new Requester(name, SaudiMobile.parse(mobile)), channel, details, by, now);
        if (channel == Channel.LETTER && scan == null) {
            throw new DomainException("rule.request.letterScan");
        }
        Attachment letter = scan == null ? null : request.attach(scan.fileName(), scan.content(), by, now);
        filings.file(request, preferred);
        if (letter != null) {
            em.persist(letter);
            audit.record(letter.attached());
        }
        return view(request);
    }

    /** Keeps a paper with an open request (a document the member handed in); refused on an out-of-date screen. */
    public RequestView attach(RequestRef ref, Paper paper) {
        return change(ref, (request, by, at) -> {
            Attachment attachment = request.attach(paper.fileName(), paper.content(), by, at);
            em.persist(attachment);
            return attachment.attached();
        });
    }

    /**
     * A paper of the request, to open; who opened it is on the audit trail. The committee reads the papers of the
     * requests put before it.
     */
    @RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR, Roles.COMMITTEE, Roles.ADMIN})
    public Paper.Kept paper(String reference, Long attachmentId) {
        readable(reference);
        Attachment attachment = em.find(Attachment.class, attachmentId);
        if (attachment == null || !attachment.request().reference().equals(reference)) {
            throw new DomainException("rule.request.notFound", String.valueOf(reference));
        }
        audit.record(attachment.opened(me(), clock.instant()));
        byte[] content = em.createQuery("SELECT a.content FROM Attachment a WHERE a.id = :id", byte[].class)
                .setParameter("id", attachmentId).getSingleResult();
        return new Paper.Kept(attachment.fileName(), attachment.contentType(), content);
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
        ServiceRequest request = find(ref.reference());
        outbox.send(RequestLetters.recipient(request), RequestLetters.missingItems(request));
        return view;
    }

    /** The member came back with what was missing: intake goes on, and the answer time counts again from today. */
    public RequestView resume(RequestRef ref) {
        return change(ref, (request, by, at) -> {
            Change resumed = request.resume(by, at);
            request.promiseAnswer(office.workingDays(), at);
            return resumed;
        });
    }

    /** Refused while any mandatory checklist item is not verified. */
    public RequestView completeIntake(RequestRef ref) {
        return change(ref, ServiceRequest::completeIntake);
    }

    public RequestView startService(RequestRef ref) {
        return change(ref, ServiceRequest::startService);
    }

    /**
     * Answers a request that needs no committee; the member receives the answer. Breaks
     * {@code rule.request.carryOutTheRight} for a data subject's request
     * ({@link RequestAction#ANSWERED_BY_CARRYING_OUT}: its right is carried out on the privacy page,
     * {@code privacy.boundary.SubjectRights}), and {@code rule.registerChange.carryOut} for a request carried out in
     * the member register ({@link RequestType#CARRIED_OUT_IN_REGISTER}: a free answer would leave the register as it
     * was), and {@code rule.proxy.carryOut} for a proxy appointment ({@link RequestType#CARRIED_OUT_AT_ASSEMBLY}: it is
     * recorded on the General Assembly's page).
     */
    public RequestView resolve(RequestRef ref, String answer) {
        String typeCode = find(ref.reference()).typeCode();
        if (RequestAction.ANSWERED_BY_CARRYING_OUT.contains(typeCode)) {
            throw new DomainException("rule.request.carryOutTheRight");
        }
        if (RequestType.CARRIED_OUT_IN_REGISTER.contains(typeCode)) {
            throw new DomainException("rule.registerChange.carryOut");
        }
        if (RequestType.CARRIED_OUT_AT_ASSEMBLY.contains(typeCode)) {
            throw new DomainException("rule.proxy.carryOut");
        }
        RequestView view = change(ref, (request, by, at) -> request.resolve(answer, by, at));
        ServiceRequest request = find(ref.reference());
        Recipient requester = RequestLetters.recipient(request);
        outbox.send(requester, RequestLetters.answer(request));
        closed.fire(new RequestClosed(request.reference(), requester, request.typeCode(), request.channel()));
        return view;
    }

    public RequestView withdraw(RequestRef ref, String reason) {
        return change(ref, (request, by, at) -> request.withdraw(reason, by, at));
    }

    public RequestView assignTo(RequestRef ref, String username) {
        return change(ref, (request, by, at) -> request.assignTo(username, by, at));
    }

    /** What happened to the request, oldest first (from the audit trail); for the committee, of a request put before it. */
    @RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR, Roles.COMMITTEE, Roles.ADMIN})
    public List<Change> timeline(String reference) {
        return trail.history(readable(reference).reference());
    }

    /**
     * Records how the requester wants to be told about this request (issue #15: SMS, e-mail, or a letter printed at
     * the counter; {@code null}: as it came), for every letter about it from now on, audited with who recorded it.
     * Breaks {@code rule.channel.noEmail}, {@code rule.request.illegalTransition} once closed, or the version check.
     */
    public RequestView preferChannel(RequestRef ref, MessageChannel channel) {
        return change(ref, (request, by, at) -> request.preferChannel(channel, by, at));
    }

    private RequestView change(RequestRef ref, Verb verb) {
        ServiceRequest request = find(ref.reference());
        ref.requireCurrent(request.version());
        em.lock(request, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        audit.record(verb.apply(request, me(), clock.instant()));
        em.flush();
        return view(request);
    }

    /**
     * The request as the console shows it: how near its due day is today, the papers kept with it, and what the
     * caller may do to it now.
     */
    private RequestView view(ServiceRequest request) {
        LocalDate today = LocalDate.now(clock.withZone(HijriDates.RIYADH));
        List<AttachmentRow> papers = em.createQuery("""
                        SELECT NEW coop.khidma.intake.boundary.AttachmentRow(a.id, a.fileName, a.contentType,
                            a.sizeBytes, a.sha256, a.uploadedBy, a.uploadedAt)
                        FROM Attachment a WHERE a.request = :request ORDER BY a.uploadedAt, a.id""", AttachmentRow.class)
                .setParameter("request", request).getResultList();
        return RequestView.of(request, membershipNumber(request),
                Urgency.of(request.dueOn(), today, office.workingDays()), papers, callerRoles());
    }

    /**
     * The membership number of the member the request is linked to (a registered application), read by the member's
     * id from the register; {@code null} when none is linked.
     */
    private String membershipNumber(ServiceRequest request) {
        return request.memberId() == null ? null : em.createQuery(
                        "SELECT m.membershipNumber FROM Member m WHERE m.id = :id", String.class)
                .setParameter("id", request.memberId()).getResultStream().findFirst().orElse(null);
    }

    /** The roles of the signed-in caller, of those the association knows ({@link Roles#ALL}). */
    private Set<String> callerRoles() {
        return Roles.ALL.stream().filter(caller::isCallerInRole).collect(Collectors.toSet());
    }

    /** The request, if the caller may read it: the committee alone reads only what was put before it. */
    private ServiceRequest readable(String reference) {
        ServiceRequest request = find(reference);
        if (Roles.committeeOnly(caller::isCallerInRole)) {
            request.requireBeforeCommittee();
        }
        return request;
    }

    ServiceRequest find(String reference) {
        return RequestProgress.find(em, reference);
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
