package coop.khidma.intake.entity;

import coop.khidma.audit.entity.Change;
import coop.khidma.correspondence.entity.MessageChannel;
import coop.khidma.person.EmailAddress;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.platform.time.WorkingDays;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.JoinFetch;
import org.eclipse.persistence.annotations.JoinFetchType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import static coop.khidma.intake.entity.RequestStatus.ACCEPTED;
import static coop.khidma.intake.entity.RequestStatus.BEING_SERVED;
import static coop.khidma.intake.entity.RequestStatus.COMPLETED;
import static coop.khidma.intake.entity.RequestStatus.IN_INTAKE;
import static coop.khidma.intake.entity.RequestStatus.REJECTED;
import static coop.khidma.intake.entity.RequestStatus.RESOLVED;
import static coop.khidma.intake.entity.RequestStatus.RETURNED;
import static coop.khidma.intake.entity.RequestStatus.SUBMITTED;
import static coop.khidma.intake.entity.RequestStatus.VERIFIED;
import static coop.khidma.intake.entity.RequestStatus.WITHDRAWN;
import static coop.khidma.intake.entity.RequestStatus.WITH_COMMITTEE;

/**
 * The member service request (طلب خدمة عضو): the record the whole workflow moves. It changes only through its own
 * verbs; each checks its rule, throws a {@link DomainException} naming the broken rule (never a silent no-op) and
 * returns the {@link Change} the boundary writes to the audit trail. The aggregate owns its
 * {@link ItemVerification}s (persisted with it by cascade).
 *
 * <p>Serves the policy's "how members are dealt with": receive and answer (item 1: {@link #inquiry}, {@link #resolve}),
 * make sure every required item is provided and verified at submission (item 2: {@link #provide},
 * {@link #verifyItem}, {@link #markMissing}, {@link #returnToMember}, {@link #completeIntake}), raise to the committee
 * (item 4: {@link #handToCommittee}, {@link #accept}, {@link #reject}) and complete registration (item 5:
 * {@link #complete}). See {@link RequestStatus} for the state diagram.
 */
@Entity
@Table(name = "service_request")
public class ServiceRequest {

    public static final String INQUIRY = RequestType.INQUIRY;
    public static final int DETAILS_MAX = 2000;
    /** The checklist item by which staff match a member with the register; at the kiosk, the national ID. */
    public static final String MEMBER_IDENTITY = "MEMBER_IDENTITY";
    public static final String SUBJECT_TYPE = "REQUEST";
    public static final String ITEM_SUBJECT_TYPE = "ITEM";

    private static final Set<RequestStatus> INTAKE_EDITABLE = EnumSet.of(SUBMITTED, IN_INTAKE);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 20, updatable = false)
    private String reference;

    /** Read in the same statement as the request (a join), never by a statement of its own. */
    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "type_code", referencedColumnName = "code", nullable = false, updatable = false)
    @JoinFetch(JoinFetchType.INNER)
    private RequestType type;

    /** The type's code as the row holds it, read-only: the inbox filters and sorts on it without joining the type. */
    @Column(name = "type_code", insertable = false, updatable = false)
    private String typeCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RequestStatus status;

    @Embedded
    private Requester requester;

    @Embedded
    private Applicant applicant;

    /** The privacy notice accepted with the filing; {@code null} for a request staff registered from another channel. */
    @Embedded
    private Consent consent;

    /** The member the request is about, by value (membership's row id), never a relation into membership. */
    @Column(name = "member_id")
    private Long memberId;

    /**
     * How the requester chose to be told (issue #15: SMS, e-mail, or a letter printed at the counter); {@code null}
     * when they did not choose, and letters then answer the way the request came ({@code RequestLetters.answering}).
     */
    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_channel", length = 10)
    private MessageChannel preferredChannel;

    @Column(length = DETAILS_MAX)
    private String details;

    @Column(length = 60)
    private String assignee;

    @Column(name = "submitted_by", nullable = false, length = 60, updatable = false)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "status_changed_at")
    private Instant statusChangedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** When the request was first put before the research committee; {@code null} while it never was. */
    @Column(name = "handed_to_committee_at")
    private Instant handedToCommitteeAt;

    /** When intake first completed (every mandatory item verified); kept if intake is ever reopened. */
    @Column(name = "intake_completed_at")
    private Instant intakeCompletedAt;

    /** When the request was first answered or decided (served, accepted or rejected). */
    @Column(name = "answered_at")
    private Instant answeredAt;

    /** The day the member had been promised when the answer or decision came ({@link #dueOn} at that moment). */
    @Column(name = "answer_promised_on")
    private LocalDate answerPromisedOn;

    /**
     * The day by which the association owes the member its next step: the type's answer time, or the committee's
     * decision day; {@code null} while the request waits on the member and once it is closed.
     */
    @Column(name = "due_on")
    private LocalDate dueOn;

    /** The counter ticket of the visit the request was opened or found at, by value (reception's row id). */
    @Column(name = "ticket_id")
    private Long ticketId;

    @Column(name = "ticket_number", length = 8)
    private String ticketNumber;

    @Column(name = "ticket_day")
    private LocalDate ticketDay;

    /** The answer given (resolve) or the reason for withdrawing. */
    @Column(length = DETAILS_MAX)
    private String outcome;

    /*
     * LAZY, which EclipseLink holds in a list that reports its own changes: with an EAGER collection (a plain list) the
     * weaver cannot track the request's changes attribute by attribute, and every request in a transaction is
     * compared field by field with a backup copy at each flush and again at commit. Every verb that reads the items
     * runs inside the transaction that loaded the request (one select, as before).
     */
    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("position ASC")
    private List<ItemVerification> items = new ArrayList<>();

    @Version
    private long version;

    protected ServiceRequest() {
        // for the persistence provider only
    }

    /**
     * A request of any active type, filed by staff ({@code by} = username) or from the kiosk ({@link Change#KIOSK}).
     * The type's checklist is copied into pending items. Breaks {@code rule.request.typeRetired} or the question rules
     * when {@code details} is too long.
     */
    public static ServiceRequest submit(String reference, RequestType type, Requester requester, Channel channel,
                                        String details, String by, Instant at) {
        ServiceRequest request = new ServiceRequest();
        request.reference = Objects.requireNonNull(reference, "reference");
        request.type = Objects.requireNonNull(type, "type");
        if (!type.isActive()) {
            throw new DomainException("rule.request.typeRetired", type.code());
        }
        request.requester = Objects.requireNonNull(requester, "requester");
        request.channel = Objects.requireNonNull(channel, "channel is mandatory");
        request.details = details == null || details.isBlank() ? null : checkQuestion(details);
        request.status = SUBMITTED;
        request.submittedBy = Objects.requireNonNull(by, "by");
        request.submittedAt = Objects.requireNonNull(at, "at");
        request.statusChangedAt = at;
        List<ChecklistItem> checklist = type.checklist();
        for (int position = 0; position < checklist.size(); position++) {
            request.items.add(new ItemVerification(request, position, checklist.get(position)));
        }
        return request;
    }

    /**
     * A question the member wants answered (policy: answer all their inquiries); the question is its one field,
     * so it is provided at once. Breaks {@code rule.question.required}, {@code rule.question.tooLong} or
     * {@code rule.request.wrongType}.
     */
    public static ServiceRequest inquiry(RequestType inquiryType, String reference, Requester requester,
                                         String question, Channel channel, String by, Instant at) {
        requireType(inquiryType, INQUIRY);
        String checked = checkQuestion(question);
        ServiceRequest request = submit(reference, inquiryType, requester, channel, checked, by, at);
        request.items.stream().filter(item -> item.kind() == ItemKind.FIELD)
                .forEach(item -> item.provide(null, by, at));
        return request;
    }

    /**
     * A membership application with the applicant's details; the checklist's fields are given by the form, so they
     * are provided (staff still verify each). Breaks {@code rule.request.wrongType}.
     */
    public static ServiceRequest application(RequestType applicationType, String reference, Requester requester,
                                             Applicant applicant, Channel channel, String by, Instant at) {
        requireType(applicationType, RequestType.MEMBERSHIP_APPLICATION);
        ServiceRequest request = submit(reference, applicationType, requester, channel, null, by, at);
        request.applicant = Objects.requireNonNull(applicant, "applicant");
        request.items.stream().filter(item -> item.kind() == ItemKind.FIELD && item.isMandatory())
                .forEach(item -> item.provide(null, by, at));
        return request;
    }

    /**
     * A request filed by the member at the kiosk from the type's checklist: each answered FIELD item is provided with
     * the answer as its note, each CONFIRMATION the member ticked is provided as confirmed; documents stay pending for
     * the counter. Not for membership applications ({@link #application}). Breaks {@code rule.request.wrongType},
     * {@code rule.answer.required}, {@code rule.answer.tooLong}, {@code rule.answer.confirmationRequired} or a
     * national ID rule.
     */
    public static ServiceRequest atKiosk(RequestType type, String reference, Requester requester,
                                         java.util.Map<String, String> answers, Set<String> confirmed, String by,
                                         Instant at) {
        if (type.is(RequestType.MEMBERSHIP_APPLICATION)) {
            throw new DomainException("rule.request.wrongType", type.code(), RequestType.MEMBERSHIP_APPLICATION);
        }
        ServiceRequest request = submit(reference, type, requester, Channel.KIOSK, null, by, at);
        for (ItemVerification item : request.items) {
            ChecklistItem asked = type.checklist().get(item.position());
            if (item.kind() == ItemKind.FIELD) {
                String answer = answers.get(item.itemCode());
                if (asked.isMandatory() || (answer != null && !answer.isBlank())) {
                    item.provide(checkAnswer(asked, answer), by, at);
                }
            }
        }
        request.confirmAtKiosk(confirmed, by, at);
        return request;
    }

    /**
     * The statements the member ticked at the kiosk (CONFIRMATION items) are provided; staff still verify them.
     * Only while just submitted; breaks {@code rule.answer.confirmationRequired} when a mandatory one is unticked.
     */
    public void confirmAtKiosk(Set<String> confirmed, String by, Instant at) {
        requireStatus("confirmAtKiosk", SUBMITTED);
        for (ItemVerification item : items) {
            if (item.kind() == ItemKind.CONFIRMATION) {
                if (confirmed.contains(item.itemCode())) {
                    item.provide(null, by, at);
                } else if (item.isMandatory()) {
                    throw new DomainException("rule.answer.confirmationRequired");
                }
            }
        }
    }

    /**
     * One answer to a FIELD item, as it will be kept: required when the item is mandatory, at most
     * {@link ItemVerification#NOTE_MAX} characters; the member's identity ({@code MEMBER_IDENTITY}) is their national
     * ID and must be a valid one. Breaks {@code rule.answer.required}, {@code rule.answer.tooLong} or a national ID
     * rule.
     */
    public static String checkAnswer(ChecklistItem item, String answer) {
        String trimmed = answer == null ? "" : answer.strip();
        if (trimmed.isEmpty()) {
            if (item.isMandatory()) {
                throw new DomainException("rule.answer.required");
            }
            return null;
        }
        if (MEMBER_IDENTITY.equals(item.code())) {
            return coop.khidma.person.NationalId.parse(trimmed).value();
        }
        if (trimmed.length() > ItemVerification.NOTE_MAX) {
            throw new DomainException("rule.answer.tooLong", ItemVerification.NOTE_MAX);
        }
        return trimmed;
    }

    private static void requireType(RequestType type, String code) {
        if (!Objects.requireNonNull(type, "type").is(code)) {
            throw new DomainException("rule.request.wrongType", type.code(), code);
        }
    }

    /**
     * The privacy notice the member accepted to file this request, kept with it; once, before it is filed. Breaks
     * {@code rule.request.illegalTransition} once it is further on, {@code rule.consent.alreadyGiven} a second time.
     */
    public void recordConsent(Consent given) {
        requireStatus("recordConsent", SUBMITTED);
        if (consent != null) {
            throw new DomainException("rule.consent.alreadyGiven");
        }
        consent = Objects.requireNonNull(given, "consent");
    }

    /** The audit fact of the filing (from {@link #submit}, {@link #inquiry} or {@link #application}), with its consent. */
    public Change submitted() {
        return Change.of(SUBJECT_TYPE, reference, "submit", null, SUBMITTED, submittedBy, submittedAt,
                type.code() + " via " + channel + (consent == null ? "" : "; " + consent));
    }

    /** A human-readable reference, unique per year: {@code 2026-000042}. */
    public static String reference(int year, long number) {
        return String.format("%d-%06d", year, number);
    }

    /** @throws DomainException {@code rule.question.required} or {@code rule.question.tooLong} */
    public static String checkQuestion(String question) {
        String trimmed = question == null ? "" : question.strip();
        if (trimmed.isEmpty()) {
            throw new DomainException("rule.question.required");
        }
        if (trimmed.length() > DETAILS_MAX) {
            throw new DomainException("rule.question.tooLong", DETAILS_MAX);
        }
        return trimmed;
    }

    // ---- intake (policy item 2) -------------------------------------------------------------------------------

    /** SUBMITTED → IN_INTAKE; the staff member who starts becomes the assignee if there is none. */
    public Change startIntake(String by, Instant at) {
        Change change = move("startIntake", IN_INTAKE, by, at, null, SUBMITTED);
        if (assignee == null) {
            assignee = by;
        }
        return change;
    }

    /** The member gave an item ({@code note}: the value or a description); only during intake. */
    public Change provide(String itemCode, String note, String by, Instant at) {
        return onItem("provide", itemCode, by, at, item -> item.provide(note, by, at), null);
    }

    /** A staff member checked an item and says how; breaks {@code rule.item.methodNotFit} or {@code rule.item.alreadyVerified}. */
    public Change verifyItem(String itemCode, VerificationMethod method, String by, Instant at) {
        return onItem("verifyItem", itemCode, by, at, item -> item.verify(method, by, at), String.valueOf(method));
    }

    /**
     * The member does not have the item now; the reason goes on the missing-items letter and stays on the item (where
     * erasure reaches it), not in the audit trail.
     */
    public Change markMissing(String itemCode, String reason, String by, Instant at) {
        return onItem("markMissing", itemCode, by, at, item -> item.markMissing(reason, by, at), null);
    }

    /** Takes back a verification recorded by mistake, with a reason; only during intake. */
    public Change reopenItem(String itemCode, String reason, String by, Instant at) {
        String why = checkOutcome(reason, "rule.reason.required");
        return onItem("reopenItem", itemCode, by, at, item -> item.reopen(by, at), why);
    }

    private Change onItem(String verb, String itemCode, String by, Instant at,
                          java.util.function.Consumer<ItemVerification> action, String detail) {
        requireStatus(verb, IN_INTAKE);
        ItemVerification item = item(itemCode);
        ItemState before = item.state();
        action.accept(item);
        return Change.of(ITEM_SUBJECT_TYPE, reference + "/" + item.itemCode(), verb, before, item.state(),
                requireActor(by), Objects.requireNonNull(at), detail);
    }

    /** The applicant's details, given or corrected before intake ends; only for membership applications. */
    public Change recordApplicant(Applicant details, String by, Instant at) {
        requireStatus("recordApplicant", SUBMITTED, IN_INTAKE);
        requireType(type, RequestType.MEMBERSHIP_APPLICATION);
        this.applicant = Objects.requireNonNull(details, "applicant");
        return Change.of(SUBJECT_TYPE, reference, "recordApplicant", status, status, requireActor(by), at,
                "applicant " + details.nationalId());
    }

    /** Breaks {@code rule.channel.noEmail} when {@code channel} is e-mail and no address is given. */
    public static void checkChannel(MessageChannel channel, EmailAddress email) {
        if (channel == MessageChannel.EMAIL && email == null) {
            throw new DomainException("rule.channel.noEmail");
        }
    }

    /**
     * The requester's choice of how to be told, at the filing or while the request is open ({@code null}: none).
     * Breaks {@code rule.channel.noEmail} for e-mail when the request has no address (only an application gives one)
     * and {@code rule.request.illegalTransition} once the request is closed.
     */
    public Change preferChannel(MessageChannel channel, String by, Instant at) {
        if (!status.isOpen()) {
            throw illegal("preferChannel");
        }
        checkChannel(channel, applicant == null ? null : applicant.email());
        this.preferredChannel = channel;
        return Change.of(SUBJECT_TYPE, reference, "preferChannel", status, status, requireActor(by), at,
                channel == null ? "none" : channel.name());
    }

    /**
     * The member this request is about (found in the register) — during intake — or, for an accepted application,
     * the member its registration creates; refused otherwise. A request whose filing did not choose a channel takes
     * the member's choice.
     */
    public Change linkMember(LinkedMember member, String by, Instant at) {
        requireStatus("linkMember", SUBMITTED, IN_INTAKE, RETURNED, VERIFIED, BEING_SERVED, ACCEPTED);
        this.memberId = Objects.requireNonNull(member, "member").id();
        if (preferredChannel == null) {
            this.preferredChannel = member.preferred(); // the member's choice, unless the filing made its own
        }
        return Change.of(SUBJECT_TYPE, reference, "linkMember", status, status, requireActor(by), at, member.subject());
    }

    /**
     * The visitor at the counter holding {@code ticket} is the one this open request is for (opened for them, or found
     * for them): the request keeps the ticket, so the visit's waiting time and the case's time are read together.
     * Breaks {@code rule.request.hasTicket} when it already keeps a ticket, {@code rule.request.illegalTransition}
     * once closed.
     */
    public Change cameWithTicket(CounterTicket ticket, String by, Instant at) {
        Objects.requireNonNull(ticket, "ticket");
        if (ticketId != null) {
            throw new DomainException("rule.request.hasTicket", ticketNumber);
        }
        if (!status.isOpen()) {
            throw illegal("cameWithTicket");
        }
        ticketId = ticket.id();
        ticketNumber = ticket.number();
        ticketDay = ticket.day();
        return Change.of(SUBJECT_TYPE, reference, "cameWithTicket", status, status, requireActor(by),
                Objects.requireNonNull(at, "at"), "ticket " + ticket.subject());
    }

    /** The counter ticket the request was opened or found at; {@code null} for none. */
    public CounterTicket ticket() {
        return ticketId == null ? null : new CounterTicket(ticketId, ticketNumber, ticketDay);
    }

    /**
     * IN_INTAKE → RETURNED: the member is asked for the missing items ({@link #missingItems()} lists them for the
     * letter). Breaks {@code rule.request.nothingMissing} when no item is marked missing.
     */
    public Change returnToMember(String by, Instant at) {
        requireStatus("returnToMember", IN_INTAKE);
        List<ItemVerification> missing = missingItems();
        if (missing.isEmpty()) {
            throw new DomainException("rule.request.nothingMissing");
        }
        return move("returnToMember", RETURNED, by, at, codes(missing), IN_INTAKE);
    }

    /** RETURNED → IN_INTAKE: the member came back; the missing items can now be provided and verified. */
    public Change resume(String by, Instant at) {
        return move("resume", IN_INTAKE, by, at, null, RETURNED);
    }

    /**
     * IN_INTAKE → VERIFIED: the gate of policy item 2. Breaks {@code rule.request.itemsUnverified} (with the count
     * and the codes) while any mandatory item is not verified, and {@code rule.request.applicantMissing} for an
     * application without the applicant's details. Optional items may stay as they are.
     */
    public Change completeIntake(String by, Instant at) {
        requireStatus("completeIntake", IN_INTAKE);
        requireRequirementsComplete();
        Change change = move("completeIntake", VERIFIED, by, at, null, IN_INTAKE);
        if (intakeCompletedAt == null) {
            intakeCompletedAt = at;
        }
        return change;
    }

    /** Breaks {@code rule.request.itemsUnverified} or {@code rule.request.applicantMissing} unless all is in order. */
    public void requireRequirementsComplete() {
        List<ItemVerification> blocking = blockingItems();
        if (!blocking.isEmpty()) {
            throw new DomainException("rule.request.itemsUnverified", blocking.size(), codes(blocking));
        }
        if (isApplication() && (applicant == null || !applicant.isRecorded())) {
            throw new DomainException("rule.request.applicantMissing");
        }
    }

    // ---- after intake -----------------------------------------------------------------------------------------

    /** VERIFIED → WITH_COMMITTEE (policy item 4); breaks {@code rule.request.noCommittee} for types the committee does not decide. */
    public Change handToCommittee(String by, Instant at) {
        requireStatus("handToCommittee", VERIFIED);
        if (!type.needsCommittee()) {
            throw new DomainException("rule.request.noCommittee", type.code());
        }
        Change change = move("handToCommittee", WITH_COMMITTEE, by, at, null, VERIFIED);
        if (handedToCommitteeAt == null) {
            handedToCommitteeAt = at;
        }
        return change;
    }

    /**
     * The research committee reads the requests put before it (on its agenda now or once), with their papers and
     * letters, and no other (policy item 4: the committee studies what is referred to it). Breaks {@code
     * rule.request.notBeforeCommittee} for a request never handed to it.
     */
    public void requireBeforeCommittee() {
        if (handedToCommitteeAt == null) {
            throw new DomainException("rule.request.notBeforeCommittee", reference);
        }
    }

    /** VERIFIED → BEING_SERVED; breaks {@code rule.request.needsCommittee} for types the committee must decide. */
    public Change startService(String by, Instant at) {
        requireStatus("startService", VERIFIED);
        if (type.needsCommittee()) {
            throw new DomainException("rule.request.needsCommittee", type.code());
        }
        Change change = move("startService", BEING_SERVED, by, at, null, VERIFIED);
        if (assignee == null) {
            assignee = by;
        }
        return change;
    }

    /** WITH_COMMITTEE → ACCEPTED: the committee's decision (recorded on the review agenda item). */
    public Change accept(String by, Instant at) {
        LocalDate promised = dueOn;
        Change change = move("accept", ACCEPTED, by, at, null, WITH_COMMITTEE);
        answered(promised, at);
        return change;
    }

    /** WITH_COMMITTEE → REJECTED: the committee's decision; its reasons are on the review agenda item. */
    public Change reject(String by, Instant at) {
        LocalDate promised = dueOn;
        Change change = move("reject", REJECTED, by, at, null, WITH_COMMITTEE);
        answered(promised, at);
        closedAt = at;
        return change;
    }

    /** BEING_SERVED → RESOLVED with the answer or what was done; breaks {@code rule.request.outcomeRequired}. */
    public Change resolve(String answer, String by, Instant at) {
        requireStatus("resolve", BEING_SERVED);
        String checked = checkOutcome(answer, "rule.request.outcomeRequired");
        LocalDate promised = dueOn;
        Change change = move("resolve", RESOLVED, by, at, null, BEING_SERVED);
        answered(promised, at);
        outcome = checked;
        closedAt = at;
        return change;
    }

    /**
     * ACCEPTED → COMPLETED with what was done, for a request that is not a membership application (a withdrawal
     * carried out in the member register); breaks {@code rule.request.outcomeRequired} or a rule of {@link #complete}.
     */
    public Change completeWith(String outcome, String by, Instant at) {
        String checked = checkOutcome(outcome, "rule.request.outcomeRequired");
        Change change = complete(null, by, at);
        this.outcome = checked;
        return change;
    }

    /** ACCEPTED → COMPLETED, for a request that is not a membership application (those name their member). */
    public Change complete(String by, Instant at) {
        return complete(null, by, at);
    }

    /**
     * ACCEPTED → COMPLETED (policy item 5): the requirements must still be complete and, for a membership application,
     * the linked member ({@code member}, as membership gives it) must already be active (see
     * {@code membership.control.Registration}). Breaks {@code rule.request.itemsUnverified},
     * {@code rule.request.applicantMissing} or {@code rule.request.memberNotActive}.
     */
    public Change complete(LinkedMember member, String by, Instant at) {
        requireStatus("complete", ACCEPTED);
        requireRequirementsComplete();
        if (isApplication() && (member == null || !member.active() || !Objects.equals(member.id(), memberId))) {
            throw new DomainException("rule.request.memberNotActive");
        }
        Change change = move("complete", COMPLETED, by, at,
                isApplication() ? member.membershipNumber() : null, ACCEPTED);
        closedAt = at;
        return change;
    }

    /** Any open state → WITHDRAWN, with the reason; breaks {@code rule.request.illegalTransition} once closed. */
    public Change withdraw(String reason, String by, Instant at) {
        RequestStatus from = status;
        if (!from.isOpen()) {
            throw illegal("withdraw");
        }
        String checked = checkOutcome(reason, "rule.reason.required");
        // the reason is kept on the request (its outcome), where erasure and the purge reach it: not in the audit trail
        Change change = move("withdraw", WITHDRAWN, by, at, null, from);
        outcome = checked;
        closedAt = at;
        return change;
    }

    /** Gives the open request to a staff member (username). */
    public Change assignTo(String username, String by, Instant at) {
        if (!status.isOpen()) {
            throw illegal("assignTo");
        }
        String previous = assignee;
        assignee = requireActor(username);
        return new Change(SUBJECT_TYPE, reference, "assignTo", previous, assignee, requireActor(by),
                Objects.requireNonNull(at), null);
    }

    /**
     * Keeps a paper with the request (the scanned letter it came in, a document the member handed in), while it is
     * open. Breaks {@code rule.request.illegalTransition} once closed, or a rule of {@link Attachment#typeOf}.
     */
    public Attachment attach(String fileName, byte[] content, String by, Instant at) {
        if (!status.isOpen()) {
            throw illegal("attach");
        }
        return Attachment.of(this, fileName, content, requireActor(by), at);
    }

    // ---- what the association owes the member, and by when ------------------------------------------------------

    /**
     * The association answers within the type's working days, counted from {@code at}'s day in Riyadh: on filing, when
     * the member came back with what was missing, and once the committee accepted (registration to complete). Only
     * while the request is open and not waiting on the member.
     */
    public void promiseAnswer(WorkingDays days, Instant at) {
        if (status.isOpen() && status != RETURNED) {
            dueOn = days.addWorkingDays(LocalDate.ofInstant(at, HijriDates.RIYADH), type.answerWorkingDays());
        }
    }

    /** With the committee: its decision day (the window's ceiling), {@code null} while its clock is stopped. */
    public void promiseDecisionBy(LocalDate due) {
        requireStatus("promiseDecisionBy", WITH_COMMITTEE);
        dueOn = due;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    /** The first answer or decision, with the day promised then; a later one changes neither. */
    private void answered(LocalDate promised, Instant at) {
        if (answeredAt == null) {
            answeredAt = at;
            answerPromisedOn = promised;
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private Change move(String verb, RequestStatus to, String by, Instant at, String detail, RequestStatus... from) {
        requireStatus(verb, from);
        requireActor(by);
        Objects.requireNonNull(at, "at");
        RequestStatus before = status;
        status = to;
        statusChangedAt = at;
        if (to == RETURNED || !to.isOpen()) {
            dueOn = null; // the member owes the next step, or nothing is owed any more
        }
        return Change.of(SUBJECT_TYPE, reference, verb, before, to, by, at, detail);
    }

    private void requireStatus(String verb, RequestStatus... allowed) {
        for (RequestStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        throw illegal(verb);
    }

    private DomainException illegal(String verb) {
        return new DomainException("rule.request.illegalTransition", status, verb);
    }

    private static String requireActor(String by) {
        if (by == null || by.isBlank()) {
            throw new IllegalArgumentException("an actor (username, kiosk or system) is required");
        }
        return by;
    }

    private static String checkOutcome(String text, String requiredKey) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new DomainException(requiredKey);
        }
        if (trimmed.length() > DETAILS_MAX) {
            throw new DomainException("rule.reason.tooLong", DETAILS_MAX);
        }
        return trimmed;
    }

    private static String codes(List<ItemVerification> items) {
        return items.stream().map(ItemVerification::itemCode).collect(Collectors.joining(", "));
    }

    /** The checklist item of this request; breaks {@code rule.item.unknown}. */
    public ItemVerification item(String itemCode) {
        return items.stream().filter(item -> item.itemCode().equals(itemCode)).findFirst()
                .orElseThrow(() -> new DomainException("rule.item.unknown", itemCode));
    }

    /** The items marked missing, in checklist order: the content of the missing-items letter. */
    public List<ItemVerification> missingItems() {
        return items.stream().filter(item -> item.state() == ItemState.MISSING).toList();
    }

    /** The mandatory items not yet verified, in checklist order: what holds intake back. */
    public List<ItemVerification> blockingItems() {
        return items.stream().filter(ItemVerification::blocksIntake).toList();
    }

    public boolean isApplication() {
        return type.is(RequestType.MEMBERSHIP_APPLICATION);
    }

    public boolean needsCommittee() {
        return type.needsCommittee();
    }

    public Long id() {
        return id;
    }

    /** The request as another component's record points at it, by value ({@link RequestKey}). */
    public RequestKey key() {
        return new RequestKey(id, reference, status);
    }

    public String reference() {
        return reference;
    }

    public RequestType type() {
        return type;
    }

    public String typeCode() {
        return type.code();
    }

    public MessageChannel preferredChannel() {
        return preferredChannel;
    }

    public Channel channel() {
        return channel;
    }

    public RequestStatus status() {
        return status;
    }

    public Requester requester() {
        return requester;
    }

    /** The applicant's details of a membership application, or {@code null}. */
    public Applicant applicant() {
        return applicant != null && applicant.isRecorded() ? applicant : null;
    }

    /** The row id of the member the request is about ({@link #linkMember}), or {@code null}. */
    public Consent consent() {
        return consent;
    }

    public Long memberId() {
        return memberId;
    }

    public String details() {
        return details;
    }

    public String assignee() {
        return assignee;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant statusChangedAt() {
        return statusChangedAt;
    }

    public Instant handedToCommitteeAt() {
        return handedToCommitteeAt;
    }

    public Instant intakeCompletedAt() {
        return intakeCompletedAt;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public LocalDate answerPromisedOn() {
        return answerPromisedOn;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String outcome() {
        return outcome;
    }

    public List<ItemVerification> items() {
        return List.copyOf(items);
    }

    public long version() {
        return version;
    }
}
