package coop.khidma.intake.boundary;

import coop.khidma.audit.entity.Change;
import coop.khidma.correspondence.entity.MessageChannel;
import coop.khidma.intake.control.TrackingLimit;
import coop.khidma.intake.entity.Applicant;
import coop.khidma.intake.entity.Channel;
import coop.khidma.intake.entity.ChecklistItem;
import coop.khidma.intake.entity.Consent;
import coop.khidma.intake.entity.KioskSubmission;
import coop.khidma.intake.entity.RequestStatus;
import coop.khidma.intake.entity.RequestType;
import coop.khidma.intake.entity.Requester;
import coop.khidma.intake.entity.ServiceRequest;
import coop.khidma.person.EmailAddress;
import coop.khidma.person.NationalId;
import coop.khidma.person.SaudiMobile;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.kiosk.DeviceTokens;
import coop.khidma.platform.personaldata.PrivacyNotice;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The only door anonymous kiosk visitors have into intake: file an inquiry or a membership application, and follow
 * a request up by its reference and the mobile number given with it. Nothing else about anyone is readable here;
 * everything else in intake needs a staff role.
 */
@Stateless
@PermitAll
public class KioskRequests {

    /** What the visitor takes away: the reference to follow the request up with, and when it was filed. */
    public record Acknowledgement(String reference, Instant submittedAt) {
    }

    /** A membership application as the applicant types it. */
    public record Application(String nationalId, String nameArabic, String nameLatin, String mobile, String email,
                              String city, int shares, MessageChannel preferred) {

        /** An application whose applicant did not choose how to be told. */
        public Application(String nationalId, String nameArabic, String nameLatin, String mobile, String email,
                           String city, int shares) {
            this(nationalId, nameArabic, nameLatin, mobile, email, city, shares, null);
        }
    }

    /**
     * What the kiosk may tell whoever holds the reference and the mobile: the stage, which level of the higher
     * authority holds it when it was referred up (a level code such as {@code SUPERVISOR}, never a person), and what
     * is still missing, and when the higher authority last answered a question it was referred up with
     * ({@code referralAnsweredAt}, never by whom) — never the person's data.
     */
    public record PublicStatus(String reference, String typeCode, RequestStatus status, Instant submittedAt,
                               Optional<String> escalatedTo, List<MissingItem> missing,
                               Optional<Instant> referralAnsweredAt) {

        /** A status whose request was never answered by the higher authority. */
        public PublicStatus(String reference, String typeCode, RequestStatus status, Instant submittedAt,
                            Optional<String> escalatedTo, List<MissingItem> missing) {
            this(reference, typeCode, status, submittedAt, escalatedTo, missing, Optional.empty());
        }

        /**
         * Who holds the request now, as a role, never a person: the escalation level when it was referred up
         * ({@code OFFICER}, {@code SUPERVISOR}, {@code DIRECTOR}, {@code BOARD}), {@code MEMBER} while it waits for
         * what the member has to bring, {@code COMMITTEE} on the committee's agenda, {@code STAFF} while the
         * shareholder-relations employees work it, and {@code NONE} once it is closed.
         */
        public String holder() {
            if (!status.isOpen()) {
                return "NONE";
            }
            return escalatedTo.orElseGet(() -> switch (status) {
                case RETURNED -> "MEMBER";
                case WITH_COMMITTEE -> "COMMITTEE";
                default -> "STAFF";
            });
        }
    }

    /** Something the member still has to bring. */
    public record MissingItem(String labelArabic, String labelEnglish, String reason) {
    }

    /**
     * A member service request typed at the kiosk: who files it, the answers by checklist item code, the ticked
     * statements, the privacy notice the visitor was shown and accepted first, and the submission token the wizard
     * drew when it opened ({@code null} for none): every "Send" of one wizard carries the same token, so a double tap
     * files one request.
     */
    public record Filing(String typeCode, String name, String mobile, Map<String, String> answers,
                         Set<String> confirmed, PrivacyNotice.Acceptance notice, String submission) {

        /** A filing without a submission token: each call files a request. */
        public Filing(String typeCode, String name, String mobile, Map<String, String> answers, Set<String> confirmed,
                      PrivacyNotice.Acceptance notice) {
            this(typeCode, name, mobile, answers, confirmed, notice, null);
        }
    }

    /** A request type the kiosk offers, with the checklist its questions are made from. */
    public record KioskType(String code, String nameArabic, String nameEnglish, boolean needsCommittee,
                            List<ChecklistItem> checklist) {
    }

    /** The answers of a membership application {@link Filing}, by these keys (its checklist's fields are the applicant's details). */
    public static final String NATIONAL_ID = "NATIONAL_ID", NAME_ARABIC = "NAME_ARABIC", NAME_LATIN = "NAME_LATIN",
            CITY = "CITY", SHARES = "SHARES", EMAIL = "EMAIL";
    /** The wizard's answer naming how the applicant chose to be told (SMS, EMAIL, LETTER), when they chose. */
    public static final String CHANNEL = "CHANNEL";

    @PersistenceContext
    EntityManager em;

    @Inject
    Filings filings;

    @Inject
    TrackingAttempts attempts;

    @Inject
    Clock clock;

    /** A question, filed with the privacy notice accepted; breaks a consent rule, or the name, mobile or question rules. */
    public Acknowledgement fileInquiry(String name, String mobile, String question, PrivacyNotice.Acceptance notice) {
        return inquiry(name, mobile, question, notice);
    }

    /**
     * As {@link #fileInquiry(String, String, String, PrivacyNotice.Acceptance)}, sent with the submission token the
     * inquiry form drew when it opened: a double tap or a retry files one question, as {@link #file(Filing)} does.
     */
    public Acknowledgement fileInquiry(String name, String mobile, String question, PrivacyNotice.Acceptance notice,
                                       String submission) {
        return once(submission, () -> inquiry(name, mobile, question, notice));
    }

    private Acknowledgement inquiry(String name, String mobile, String question, PrivacyNotice.Acceptance notice) {
        Instant now = clock.instant();
        Consent consent = new Consent(notice, Channel.KIOSK, now);
        ServiceRequest inquiry = ServiceRequest.inquiry(filings.type(RequestType.INQUIRY), filings.nextReference(now),
                new Requester(name, SaudiMobile.parse(mobile)), question, Channel.KIOSK, Change.KIOSK, now);
        filings.file(inquiry, consent);
        return new Acknowledgement(inquiry.reference(), now);
    }

    /** A membership application, filed with the privacy notice accepted; breaks a consent rule or the applicant's rules. */
    public Acknowledgement fileApplication(Application form, PrivacyNotice.Acceptance notice) {
        Instant now = clock.instant();
        Consent consent = new Consent(notice, Channel.KIOSK, now);
        Applicant applicant = new Applicant(NationalId.parse(form.nationalId()), form.nameArabic(), form.nameLatin(),
                form.city(), form.shares(), EmailAddress.optional(form.email()));
        ServiceRequest application = ServiceRequest.application(filings.type(RequestType.MEMBERSHIP_APPLICATION),
                filings.nextReference(now), new Requester(form.nameArabic(), SaudiMobile.parse(form.mobile())),
                applicant, Channel.KIOSK, Change.KIOSK, now);
        filings.file(application, consent, null, form.preferred());
        return new Acknowledgement(application.reference(), now);
    }

    /**
     * The active request types the kiosk offers (administrators choose which, and in what order), with their
     * checklists: public knowledge, nothing personal.
     */
    public List<KioskType> offeredTypes() {
        return em.createQuery("SELECT t FROM RequestType t WHERE t.active = TRUE AND t.kioskPosition IS NOT NULL "
                        + "ORDER BY t.kioskPosition, t.code", RequestType.class).getResultList().stream()
                .map(type -> new KioskType(type.code(), type.nameArabic(), type.nameEnglish(), type.needsCommittee(),
                        type.checklist()))
                .toList();
    }

    /**
     * Files one of the {@link #offeredTypes() offered} requests from its checklist answers (see {@link ServiceRequest#atKiosk}).
     * Breaks {@code rule.request.notAtKiosk} for any other type, a consent rule without the privacy notice accepted,
     * or the rules of the answers. A filing whose {@link Filing#submission() submission token} was already filed
     * gets that filing's acknowledgement back and files nothing (a double tap, a retry); one sent while the first
     * with its token is still being filed breaks {@code rule.kiosk.alreadySent} and files nothing either.
     */
    public Acknowledgement file(Filing filing) {
        return once(filing.submission(), () -> fromChecklist(filing));
    }

    /** How long a kiosk submission's token is kept: far longer than a double tap, or a retry after a lost answer. */
    public static final java.time.Duration SUBMISSION_KEPT = java.time.Duration.ofDays(1);

    /**
     * Forgets the kiosk submissions older than {@link #SUBMISSION_KEPT} (each a token's hash, a reference and a time,
     * nothing personal); the deadline scheduler's job ({@link KioskSubmissionExpiry}). Returns how many.
     */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
    public int forgetOldSubmissions() {
        return em.createQuery("DELETE FROM KioskSubmission s WHERE s.submittedAt < :cutoff")
                .setParameter("cutoff", clock.instant().minus(SUBMISSION_KEPT)).executeUpdate();
    }

    /**
     * The filing once per submission token: the acknowledgement kept for the token when it was filed before, else
     * the filing, its token kept with it in the same transaction; every call files when there is no token.
     */
    private Acknowledgement once(String submission, Supplier<Acknowledgement> filing) {
        String token = DeviceTokens.hash(submission);
        if (token != null) {
            KioskSubmission sent = em.find(KioskSubmission.class, token);
            if (sent != null) {
                return new Acknowledgement(sent.reference(), sent.submittedAt());
            }
        }
        Acknowledgement received = filing.get();
        if (token != null) {
            try {
                em.persist(new KioskSubmission(token, received.reference(), received.submittedAt()));
                em.flush(); // a concurrent tap with the same token fails here, and its filing rolls back
            } catch (PersistenceException sameSubmissionMeanwhile) {
                throw new DomainException("rule.kiosk.alreadySent");
            }
        }
        return received;
    }

    private Acknowledgement fromChecklist(Filing filing) {
        RequestType offered = filing.typeCode() == null ? null : em.find(RequestType.class, filing.typeCode());
        if (offered == null || !offered.offeredAtKiosk()) {
            throw new DomainException("rule.request.notAtKiosk", String.valueOf(filing.typeCode()));
        }
        if (RequestType.MEMBERSHIP_APPLICATION.equals(filing.typeCode())) {
            return applyFromWizard(filing);
        }
        Instant now = clock.instant();
        Consent consent = new Consent(filing.notice(), Channel.KIOSK, now);
        ServiceRequest request = ServiceRequest.atKiosk(filings.type(filing.typeCode()), filings.nextReference(now),
                new Requester(filing.name(), SaudiMobile.parse(filing.mobile())), filing.answers(),
                filing.confirmed(), Change.KIOSK, now);
        filings.file(request, consent);
        return new Acknowledgement(request.reference(), now);
    }

    /** A membership application from the kiosk's wizard: the applicant's details and the statements ticked. */
    private Acknowledgement applyFromWizard(Filing filing) {
        Map<String, String> given = filing.answers();
        Acknowledgement received = fileApplication(new Application(given.get(NATIONAL_ID), given.get(NAME_ARABIC),
                given.get(NAME_LATIN), filing.mobile(), given.get(EMAIL), given.get(CITY),
                Applicant.parseShares(given.get(SHARES)), channel(given.get(CHANNEL))), filing.notice());
        em.createQuery("SELECT r FROM ServiceRequest r WHERE r.reference = :reference", ServiceRequest.class)
                .setParameter("reference", received.reference()).getSingleResult()
                .confirmAtKiosk(filing.confirmed(), Change.KIOSK, received.submittedAt());
        return received;
    }

    /** A channel the wizard names, or {@code null}; breaks {@code rule.channel.unknown} for any other name. */
    private static MessageChannel channel(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return Arrays.stream(MessageChannel.values()).filter(channel -> channel.name().equals(name)).findFirst()
                .orElseThrow(() -> new DomainException("rule.channel.unknown"));
    }

    /** Breaks {@code rule.tracking.notFound} alike for a wrong reference and a wrong mobile (no guessing which). */
    public PublicStatus track(String reference, String mobile) {
        return track(reference, mobile, null);
    }

    /**
     * As {@link #track(String, String)}, from a kiosk presenting {@code deviceToken} ({@code null} off the kiosk). A
     * reference that had {@value TrackingLimit#PER_REFERENCE} wrong mobiles within the hour, or a device that had
     * {@value TrackingLimit#PER_DEVICE} wrong attempts, is locked for a while: {@code rule.tracking.notFound} whatever
     * is typed, so nothing tells a lock from a wrong pair.
     */
    public PublicStatus track(String reference, String mobile, String deviceToken) {
        SaudiMobile given = SaudiMobile.parse(mobile);
        String typed = reference == null ? "" : reference.strip();
        String device = DeviceTokens.hash(deviceToken);
        Instant now = clock.instant();
        Optional<ServiceRequest> found = em.createQuery("SELECT r FROM ServiceRequest r WHERE r.reference = :reference",
                ServiceRequest.class).setParameter("reference", typed).getResultStream().findFirst();
        String known = found.map(ServiceRequest::reference).orElse(null);
        if (attempts.locked(known, device, now)) {
            throw new DomainException("rule.tracking.notFound");
        }
        ServiceRequest request = found.filter(candidate -> candidate.requester().mobile().equals(given))
                .orElse(null);
        if (request == null) {
            attempts.failed(known, device, now);
            throw new DomainException("rule.tracking.notFound");
        }
        return new PublicStatus(request.reference(), request.typeCode(), request.status(), request.submittedAt(),
                escalatedTo(request.reference()), request.missingItems().stream().map(item -> new MissingItem(item.labelArabic(),
                        item.labelEnglish(), item.missingReason())).toList(), referralAnsweredAt(request.reference()));
    }

    /**
     * When the higher authority last answered a referral of the request (whoever answered stays unread here), read
     * without reaching into the escalation component's types.
     */
    private Optional<Instant> referralAnsweredAt(String reference) {
        return em.createQuery("SELECT e.answeredAt FROM Escalation e WHERE e.requestReference = :reference "
                        + "AND e.state = coop.khidma.escalation.entity.EscalationState.ANSWERED "
                        + "ORDER BY e.answeredAt DESC, e.id DESC", Instant.class)
                .setParameter("reference", reference).setMaxResults(1).getResultStream().findFirst();
    }

    /** The level of the request's open escalation, read without reaching into the escalation component's types. */
    private Optional<String> escalatedTo(String reference) {
        return em.createQuery("SELECT e.levelCode FROM Escalation e WHERE e.requestReference = :reference "
                        + "AND e.state = coop.khidma.escalation.entity.EscalationState.OPEN "
                        + "ORDER BY e.raisedAt DESC, e.id DESC", String.class)
                .setParameter("reference", reference).setMaxResults(1).getResultStream().findFirst();
    }
}
