package coop.khidma.privacy.boundary;

import coop.khidma.audit.boundary.AuditLog;
import coop.khidma.audit.entity.Change;
import coop.khidma.intake.boundary.RequestProgress;
import coop.khidma.intake.boundary.RequestRef;
import coop.khidma.intake.boundary.RequestView;
import coop.khidma.intake.boundary.Requests;
import coop.khidma.intake.entity.ItemVerification;
import coop.khidma.intake.entity.RequestStatus;
import coop.khidma.intake.entity.ServiceRequest;
import coop.khidma.person.City;
import coop.khidma.person.EmailAddress;
import coop.khidma.person.NationalId;
import coop.khidma.person.PersonName;
import coop.khidma.person.SaudiMobile;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.personaldata.Anonymisation;
import coop.khidma.platform.personaldata.Anonymised;
import coop.khidma.platform.personaldata.CorrectionField;
import coop.khidma.platform.personaldata.Subject;
import coop.khidma.platform.security.Roles;
import coop.khidma.privacy.control.SubjectExport;
import coop.khidma.privacy.entity.SubjectRightProposal;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The data subject's rights, carried out for a request of their own that went through intake like any other (the
 * identity checklist item verified): a readable copy of everything held about them ({@code DATA_EXPORT}), a
 * correction applied wherever the data is held ({@code DATA_CORRECTION}), or erasure — their records anonymised
 * ({@code DATA_ERASURE}). The person is bound to the national ID verified against the original, never to a mobile
 * someone merely gives ({@link SubjectRecords#bound}); staff see exactly which records a right covers first
 * ({@link #preview}); a correction or an erasure is proposed and carried out only once a second person, a supervisor
 * who did not propose it, approves ({@link SubjectRightProposal}). Carrying the right out answers the request (intake's {@link RequestProgress} moves it and
 * tells the member as for any answer) and is audited with counts, never with the data. Requests are read through
 * intake's boundary: its one finder and its one version check ({@link RequestRef}).
 */
@Stateless
@RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR, Roles.ADMIN})
public class SubjectRights {

    public static final String EXPORT = "DATA_EXPORT";
    public static final String CORRECTION = "DATA_CORRECTION";
    public static final String ERASURE = "DATA_ERASURE";
    static final String NATIONAL_ID_ITEM = ServiceRequest.MEMBER_IDENTITY;
    static final String CORRECTION_ITEM = "CORRECTION";
    private static final Set<RequestStatus> ACTIONABLE = EnumSet.of(RequestStatus.VERIFIED, RequestStatus.BEING_SERVED);

    /** Flushed and refreshed where the records change beneath it (correction, erasure). */
    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext caller;

    @Inject
    Requests requests;

    @Inject
    SubjectRecords records;

    @Inject
    Anonymisation anonymisation;

    @Inject
    AuditLog audit;

    @Inject
    RequestProgress progress;

    @Inject
    Clock clock;

    /** The file downloaded: its name and the page's bytes (UTF-8 HTML). */
    public record Export(String fileName, byte[] content, RequestView request) {
    }

    /** Breaks {@code rule.request.notFound} or {@code rule.privacy.notSubjectRequest}. */
    public SubjectCase open(String reference) {
        ServiceRequest request = find(reference);
        boolean actionable = ACTIONABLE.contains(request.status())
                || (request.typeCode().equals(EXPORT) && request.status() == RequestStatus.RESOLVED);
        SubjectCase.Waiting waiting = waitingFor(request.reference()).map(proposal -> new SubjectCase.Waiting(
                proposal.kind().name(), proposal.field(), proposal.correctedValue(), proposal.nationalId(),
                proposal.proposedBy(), proposal.proposedAt())).orElse(null);
        return new SubjectCase(new RequestRef(request.reference(), request.version()), request.typeCode(),
                request.status(), request.requester().name(), request.requester().mobile().national(),
                note(request, NATIONAL_ID_ITEM), note(request, CORRECTION_ITEM), actionable, waiting);
    }

    private ServiceRequest request(RequestRef ref) {
        return find(ref.reference());
    }

    /**
     * Everything held about the requester (by their mobile, and by the national ID on the request or typed here), as
     * a page in Arabic and English. The first export answers the request; a later one (a lost file) is audited too.
     */
    public Export export(RequestRef ref, String typedNationalId) {
        ServiceRequest request = checked(ref, EXPORT, true);
        Subject subject = subject(request, typedNationalId);
        Instant now = clock.instant();
        SubjectRecords.Found found = records.of(subject);
        byte[] page = SubjectExport.bytes(request.reference(), now, found.sections());
        audit.record(Change.of(ServiceRequest.SUBJECT_TYPE, request.reference(), "exportData", request.status(),
                request.status(), me(), now, found.counts()));
        RequestView view = answer(request, "سُلِّمت لصاحب البيانات نسخة من بياناته الشخصية لدى الجمعية. / "
                + "The data subject was given a copy of their personal data held by the association.");
        return new Export("khidma-" + request.reference() + ".html", page, view);
    }

    /**
     * Exactly which records a right would cover for the person bound to the verified national ID, shown before
     * anything happens (and to the supervisor who approves). Audited with counts only.
     */
    public SubjectPreview preview(RequestRef ref, String typedNationalId) {
        ServiceRequest request = checked(ref, request(ref).typeCode(), true);
        Subject subject = subject(request, typedNationalId);
        SubjectRecords.Found found = records.of(subject);
        audit.record(Change.of(ServiceRequest.SUBJECT_TYPE, request.reference(), "previewRecords", request.status(),
                request.status(), me(), clock.instant(), found.counts()));
        return new SubjectPreview(subject.mobile() != null, found.sections(), found.counts());
    }

    /**
     * Proposes the correction (the value checked with the rules of its field) for a supervisor's approval; nothing is
     * changed yet. Breaks {@code rule.privacy.alreadyWaiting} while another proposal waits for this request.
     */
    public SubjectCase proposeCorrection(RequestRef ref, String typedNationalId, CorrectionField field, String value) {
        ServiceRequest request = checked(ref, CORRECTION, false);
        Subject subject = subject(request, typedNationalId);
        Object corrected = checkedValue(field, value);
        requireNoneWaiting(request.reference());
        propose(SubjectRightProposal.correction(request.reference(), subject.nationalId().value(), field,
                String.valueOf(corrected), me(), clock.instant()));
        return open(request.reference());
    }

    /**
     * Proposes the erasure for a supervisor's approval; nothing is changed yet. Breaks what erasure breaks
     * ({@code rule.privacy.currentMember}, {@code rule.privacy.openRequests}) at once, and
     * {@code rule.privacy.alreadyWaiting}.
     */
    public SubjectCase proposeErasure(RequestRef ref, String typedNationalId) {
        ServiceRequest request = checked(ref, ERASURE, false);
        Subject subject = subject(request, typedNationalId);
        requireErasable(subject, request.reference());
        requireNoneWaiting(request.reference());
        propose(SubjectRightProposal.erasure(request.reference(), subject.nationalId().value(), me(),
                clock.instant()));
        return open(request.reference());
    }

    /**
     * A second person — a supervisor, director or administrator who did not propose it — approves the waiting
     * correction or erasure, which is then carried out and answers the request. Breaks {@code rule.privacy.noProposal},
     * {@code rule.privacy.ownProposal}, and what the right itself breaks.
     */
    @RolesAllowed({Roles.SUPERVISOR, Roles.DIRECTOR, Roles.ADMIN})
    public RequestView approve(RequestRef ref) {
        SubjectRightProposal proposal = waiting(ref.reference());
        ServiceRequest request = checked(ref, proposal.kind() == SubjectRightProposal.Kind.ERASURE ? ERASURE
                : CORRECTION, false);
        audit.record(proposal.approve(me(), clock.instant()));
        Subject subject = subject(request, proposal.nationalId());
        RequestView done = proposal.kind() == SubjectRightProposal.Kind.ERASURE ? erase(request, subject)
                : correct(request, subject, proposal.field(), proposal.correctedValue());
        proposal.carriedOut();
        return done;
    }

    /**
     * The waiting proposal declined by a supervisor (or above), or withdrawn by the one who proposed it; nothing is
     * changed. Breaks {@code rule.privacy.noProposal} or {@code rule.privacy.declineBySupervisor}.
     */
    public SubjectCase decline(RequestRef ref) {
        SubjectRightProposal proposal = waiting(ref.reference());
        if (!me().equalsIgnoreCase(proposal.proposedBy()) && !caller.isCallerInRole(Roles.SUPERVISOR)
                && !caller.isCallerInRole(Roles.DIRECTOR) && !caller.isCallerInRole(Roles.ADMIN)) {
            throw new DomainException("rule.privacy.declineBySupervisor");
        }
        audit.record(proposal.decline(me(), clock.instant()));
        return open(proposal.requestReference());
    }

    /** The correction applied to every record held about the person. */
    private RequestView correct(ServiceRequest request, Subject subject, CorrectionField field, String corrected) {
        RequestView answered = answer(request,
                "صُحِّحت بياناتك الشخصية كما طلبت. / Your personal data was corrected as you asked.");
        em.flush();
        int changed = records.correct(subject, field, corrected);
        if (changed == 0) {
            throw new DomainException("rule.privacy.nothingToCorrect");
        }
        audit.record(Change.of(ServiceRequest.SUBJECT_TYPE, request.reference(), "applyCorrection",
                answered.status(), answered.status(), me(), clock.instant(), field + ": " + changed + " record(s)"));
        return reread(request);
    }

    /**
     * Erasure: the request is answered (the letter goes to the requester first), then everything held about the person
     * is anonymised — this request included — with the texts of others that name them, and the audit trail's details
     * about those records or naming them are redacted (the chain still verifies).
     */
    private RequestView erase(ServiceRequest request, Subject subject) {
        requireErasable(subject, request.reference());
        RequestView answered = answer(request, "أُتلفت بياناتك الشخصية لدى الجمعية، وبقيت السجلات بلا بيانات شخصية. / "
                + "Your personal data held by the association was erased; the records remain without it.");
        em.flush();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Anonymisation.Erased erased = anonymisation.erase(subject, now);
        int redacted = audit.redact(answered.ref().reference(), erased.records(), erased.mentions(), me(), now);
        audit.record(Change.of(ServiceRequest.SUBJECT_TYPE, answered.ref().reference(), "erasePersonalData",
                answered.status(), answered.status(), me(), now, "anonymised: " + erased.counts()
                        + ", audit details " + redacted));
        return reread(request);
    }

    /**
     * Breaks {@code rule.privacy.currentMember} while the person is a member (the cooperative's register must keep its
     * members; they withdraw first) or {@code rule.privacy.openRequests} while another of their requests is open.
     */
    private void requireErasable(Subject subject, String reference) {
        if (anonymisation.mustKeep(subject)) {
            throw new DomainException("rule.privacy.currentMember");
        }
        long open = anonymisation.openRequests(subject, reference);
        if (open > 0) {
            throw new DomainException("rule.privacy.openRequests", open);
        }
    }

    private void propose(SubjectRightProposal proposal) {
        em.persist(proposal);
        audit.record(proposal.proposed());
    }

    private void requireNoneWaiting(String reference) {
        if (waitingFor(reference).isPresent()) {
            throw new DomainException("rule.privacy.alreadyWaiting", reference);
        }
    }

    private SubjectRightProposal waiting(String reference) {
        return waitingFor(reference).orElseThrow(() -> new DomainException("rule.privacy.noProposal", reference));
    }

    private Optional<SubjectRightProposal> waitingFor(String reference) {
        return em.createQuery("SELECT p FROM SubjectRightProposal p WHERE p.requestReference = :reference "
                        + "AND p.state = :waiting", SubjectRightProposal.class).setParameter("reference", reference)
                .setParameter("waiting", SubjectRightProposal.State.WAITING).getResultStream().findFirst();
    }

    /** The request as stored after the records were changed beneath the persistence context. */
    private RequestView reread(ServiceRequest request) {
        em.flush();
        em.refresh(request);
        return requests.detail(request.reference());
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private ServiceRequest checked(RequestRef ref, String type, boolean resolvedToo) {
        ServiceRequest request = find(ref.reference());
        if (!request.typeCode().equals(type)) {
            throw new DomainException("rule.privacy.wrongType", request.typeCode(), type);
        }
        ref.requireCurrent(request.version());
        if (!ACTIONABLE.contains(request.status()) && !(resolvedToo && request.status() == RequestStatus.RESOLVED)) {
            throw new DomainException("rule.privacy.notVerified", request.status());
        }
        return request;
    }

    /**
     * Has intake move a verified request through service to its answer, audited, and tell the member as any answer
     * does; a request already answered (a later copy) stays as it is. (Intake refuses a free answer to these requests.)
     */
    private RequestView answer(ServiceRequest request, String outcome) {
        if (request.status() != RequestStatus.RESOLVED) {
            progress.rightCarriedOut(request.id(), outcome, clock.instant());
        }
        return requests.detail(request.reference());
    }

    /**
     * The person bound to the national ID verified for the request (recorded on its checklist, or typed by staff from
     * the original they see), with the request's mobile only where a record holds it with that ID. Breaks
     * {@code rule.privacy.subjectRequired} without a national ID, or the national ID's rules.
     */
    private Subject subject(ServiceRequest request, String typedNationalId) {
        String recorded = note(request, NATIONAL_ID_ITEM);
        String nationalId = recorded != null ? recorded : typedNationalId;
        if (nationalId == null || nationalId.isBlank()) {
            throw new DomainException("rule.privacy.subjectRequired");
        }
        String mobile = request.requester().mobile().value();
        return records.bound(NationalId.parse(nationalId),
                Anonymised.MOBILE.equals(mobile) ? null : SaudiMobile.parse(mobile), request.reference());
    }

    private static Object checkedValue(CorrectionField field, String value) {
        return switch (field) {
            case NAME_ARABIC -> PersonName.arabic(value).value();
            case NAME_LATIN -> PersonName.latin(value).value();
            case MOBILE -> SaudiMobile.parse(value).value();
            case EMAIL -> EmailAddress.parse(value).value();
            case CITY -> City.check(value);
        };
    }

    /**
     * The request, by intake's one finder; breaks {@code rule.request.notFound} or
     * {@code rule.privacy.notSubjectRequest}.
     */
    private ServiceRequest find(String reference) {
        ServiceRequest request = progress.read(reference == null ? "" : reference.strip());
        if (!Set.of(EXPORT, CORRECTION, ERASURE).contains(request.typeCode())) {
            throw new DomainException("rule.privacy.notSubjectRequest", request.reference());
        }
        return request;
    }

    private static String note(ServiceRequest request, String itemCode) {
        return request.items().stream().filter(item -> item.itemCode().equals(itemCode))
                .map(ItemVerification::note).filter(note -> note != null && !note.isBlank()).findFirst().orElse(null);
    }

    private String me() {
        return caller.getCallerPrincipal().getName();
    }
}
