package coop.khidma.membership.entity;

import coop.khidma.audit.entity.Change;
import coop.khidma.correspondence.entity.MessageChannel;
import coop.khidma.intake.entity.Applicant;
import coop.khidma.person.City;
import coop.khidma.person.EmailAddress;
import coop.khidma.person.NationalId;
import coop.khidma.person.PersonName;
import coop.khidma.person.SaudiMobile;
import coop.khidma.platform.i18n.Digits;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.i18n.HiddenCharacters;
import coop.khidma.platform.time.HijriDates;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A member of the General Assembly (عضو): a shareholder of the cooperative. Created as an {@link MemberStatus#APPLICANT}
 * from an accepted membership application; only {@link #activate} gives the membership number. Serves the policy's
 * "complete the registration procedures once the requirements are complete" (item 5).
 *
 * <p>The member owns their share register ({@link ShareMovement}s): the only verbs that change {@link #shares()} add a
 * movement, so the shares are always the sum of the movements — the initial subscription with the application,
 * additional subscriptions, transfers approved by the board (both members' registers) and the refund on withdrawal.
 */
@Entity
@Table(name = "member")
public class Member {

    public static final int NUMBER_MAX = 20;
    public static final String SUBJECT_TYPE = "MEMBER";
    public static final int DECISION_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "national_id", nullable = false, length = 10,
            unique = true))
    private NationalId nationalId;

    @Column(name = "name_ar", nullable = false, length = PersonName.MAX)
    private String nameArabic;

    @Column(name = "name_latin", nullable = false, length = PersonName.MAX)
    private String nameLatin;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "mobile", nullable = false, length = 13))
    private SaudiMobile mobile;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "email", length = EmailAddress.MAX))
    private EmailAddress email;

    @Column(nullable = false, length = City.MAX)
    private String city;

    /**
     * How the member wants to be told (issue #15): SMS, e-mail, or a letter printed at the counter; {@code null} when
     * not chosen. Requests linked to the member take it unless the filing chose otherwise.
     */
    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_channel", length = 10)
    private MessageChannel preferredChannel;

    @Column(nullable = false)
    private int shares;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MemberStatus status;

    @Column(name = "membership_number", unique = true, length = NUMBER_MAX)
    private String membershipNumber;

    @Column(name = "applied_at", nullable = false)
    private Instant appliedAt;

    @Column(name = "activated_at")
    private Instant activatedAt;

    @Column(name = "status_reason", length = 500)
    private String statusReason;

    /** The board decision a suspension rests on (its number and date, as the decision gives them). */
    @Column(name = "status_decision", length = DECISION_MAX)
    private String statusDecision;

    @OneToMany(mappedBy = "member", cascade = CascadeType.PERSIST)
    @OrderBy("recordedAt ASC, id ASC")
    private List<ShareMovement> movements = new ArrayList<>();

    @Version
    private long version;

    /** What a new member subscribes with their application: the shares, the payment receipt's reference (if noted), the application. */
    public record Subscription(int shares, String receipt, String application) {
    }

    /** A transfer's two audit facts: the giving member's and the receiving member's. */
    public record Transfer(Change out, Change in) {
    }

    /** What a reference (a receipt's, a board decision's) may hold: letters, digits, blanks, commas and {@code . / - # _ ( ) :}. */
    private static final Pattern REFERENCE = Pattern.compile("[\\p{L}\\p{M}\\p{N} ./#_(),،:-]+");

    protected Member() {
        // for the persistence provider only
    }

    /**
     * A new applicant; every field is checked ({@link PersonName#arabic}, {@link PersonName#latin}, {@link City},
     * {@link Applicant#checkShares}). {@code email} may be {@code null}. The application's shares are the member's
     * initial subscription (the first line of their share register), with the receipt's reference when staff noted
     * it ({@code rule.share.reference} when it holds anything but a reference).
     */
    public static Member applicant(NationalId nationalId, String nameArabic, String nameLatin, SaudiMobile mobile,
                                   EmailAddress email, String city, Subscription subscription, String by,
                                   Instant at) {
        Member member = new Member();
        member.nationalId = Objects.requireNonNull(nationalId, "nationalId");
        member.nameArabic = PersonName.arabic(nameArabic).value();
        member.nameLatin = PersonName.latin(nameLatin).value();
        member.mobile = Objects.requireNonNull(mobile, "mobile");
        member.email = email;
        member.city = City.check(city);
        member.status = MemberStatus.APPLICANT;
        member.appliedAt = Objects.requireNonNull(at, "at");
        String receipt = subscription.receipt() == null || subscription.receipt().isBlank() ? null
                : checkReference(subscription.receipt(), "rule.share.receiptRequired");
        member.move(ShareMovementKind.INITIAL_SUBSCRIPTION, Applicant.checkShares(subscription.shares()), by, at,
                receipt, subscription.application(), null);
        return member;
    }

    /** The audit facts of {@link #applicant}: a new applicant, and their initial subscription. */
    public List<Change> created(String actor) {
        return List.of(change("apply", null, actor, appliedAt, null), movementFact(movements.get(0)));
    }

    /**
     * More shares subscribed and paid: {@code count} (at least 1) with the payment receipt's reference, through the
     * request {@code request}. Only an active member subscribes; breaks {@code rule.share.notActive},
     * {@code rule.member.shares}, {@code rule.share.receiptRequired} or {@code rule.share.reference}.
     */
    public Change subscribe(int count, String receipt, String request, String by, Instant at) {
        requireActive(this);
        int checked = Applicant.checkShares(count);
        String evidence = checkReference(receipt, "rule.share.receiptRequired");
        return movementFact(move(ShareMovementKind.ADDITIONAL_SUBSCRIPTION, checked, by, at, evidence, request, null));
    }

    /**
     * {@code count} of this member's shares go to {@code receiver}, as the board decided (its reference), through the
     * request {@code request}: a movement in both members' registers. Both must be active; a member keeps at least
     * one share (one who leaves files a withdrawal). Breaks {@code rule.share.toSelf}, {@code rule.share.notActive},
     * {@code rule.member.shares}, {@code rule.share.boardDecisionRequired}, {@code rule.share.reference},
     * {@code rule.share.moreThanHeld} or {@code rule.share.keepOne}.
     */
    public Transfer transfer(Member receiver, int count, String boardDecision, String request, String by,
                             Instant at) {
        Objects.requireNonNull(receiver, "receiver");
        if (receiver == this || membershipNumber != null && membershipNumber.equals(receiver.membershipNumber)) {
            throw new DomainException("rule.share.toSelf");
        }
        requireActive(this);
        requireActive(receiver);
        int checked = Applicant.checkShares(count);
        String decision = checkReference(boardDecision, "rule.share.boardDecisionRequired");
        if (checked > shares) {
            throw new DomainException("rule.share.moreThanHeld", checked, shares);
        }
        if (checked == shares) {
            throw new DomainException("rule.share.keepOne", shares);
        }
        ShareMovement out = move(ShareMovementKind.TRANSFER_OUT, checked, by, at, decision, request,
                receiver.membershipNumber);
        ShareMovement in = receiver.move(ShareMovementKind.TRANSFER_IN, checked, by, at, decision, request,
                membershipNumber);
        return new Transfer(movementFact(out), receiver.movementFact(in));
    }

    /**
     * Every share refunded once the member's withdrawal is recorded ({@link #withdraw}), linked to the accepted
     * withdrawal request; the member then holds none. Breaks {@code rule.share.refundWithoutWithdrawal} (not withdrawn,
     * or no withdrawal request named) or {@code rule.share.nothingToRefund}.
     */
    public Change refund(String withdrawalRequest, String by, Instant at) {
        if (status != MemberStatus.WITHDRAWN || withdrawalRequest == null || withdrawalRequest.isBlank()) {
            throw new DomainException("rule.share.refundWithoutWithdrawal");
        }
        if (shares == 0) {
            throw new DomainException("rule.share.nothingToRefund");
        }
        return movementFact(move(ShareMovementKind.REFUND, shares, by, at, null, withdrawalRequest, null));
    }

    /** The share register's lines, oldest first; their sum is {@link #shares()}. */
    public List<ShareMovement> movements() {
        return List.copyOf(movements);
    }

    /** The one place shares change: a movement, and the running total it leaves. */
    private ShareMovement move(ShareMovementKind kind, int count, String by, Instant at, String evidence,
                               String request, String counterpart) {
        int balance = shares + kind.sign() * count;
        ShareMovement movement = ShareMovement.of(this, kind, count, balance,
                at.atZone(HijriDates.RIYADH).toLocalDate(), at, by, evidence, request, counterpart);
        movements.add(movement);
        shares = balance;
        return movement;
    }

    private Change movementFact(ShareMovement movement) {
        String action = switch (movement.kind()) {
            case INITIAL_SUBSCRIPTION -> "subscribe";
            case ADDITIONAL_SUBSCRIPTION -> "subscribeMore";
            case TRANSFER_OUT -> "transferOut";
            case TRANSFER_IN -> "transferIn";
            case REFUND -> "refund";
        };
        List<String> detail = new ArrayList<>();
        detail.add((movement.shares() > 0 ? "+" : "") + movement.shares());
        if (movement.counterpart() != null) {
            detail.add(movement.counterpart());
        }
        if (movement.evidence() != null) {
            detail.add(movement.evidence());
        }
        if (movement.requestReference() != null) {
            detail.add(movement.requestReference());
        }
        return Change.of(SUBJECT_TYPE, subject(), action, movement.balance() - movement.shares(),
                movement.balance(), movement.recordedBy(), movement.recordedAt(), String.join(" — ", detail));
    }

    private static void requireActive(Member member) {
        if (member.status != MemberStatus.ACTIVE) {
            throw new DomainException("rule.share.notActive", String.valueOf(member.membershipNumber), member.status);
        }
    }

    /**
     * A receipt's or a board decision's reference as typed (Arabic-Indic digits read as digits): required
     * ({@code requiredKey}), one line of at most {@value ShareMovement#REFERENCE_MAX} letters, digits, blanks,
     * commas and {@code . / - # _ ( ) :} — anything else (markup, formulas, hidden characters) breaks
     * {@code rule.share.reference}.
     */
    public static String checkReference(String typed, String requiredKey) {
        String text = typed == null ? "" : Digits.toAscii(typed).strip();
        if (text.isEmpty()) {
            throw new DomainException(requiredKey);
        }
        if (HiddenCharacters.problem(text, true).isPresent() || text.length() > ShareMovement.REFERENCE_MAX
                || !REFERENCE.matcher(text).matches()) {
            throw new DomainException("rule.share.reference", ShareMovement.REFERENCE_MAX);
        }
        return text;
    }

    /**
     * Registration completed: the applicant becomes an active member holding {@code number}. The number comes from
     * the gap-free yearly sequence ({@code membership.control.MembershipNumber}); breaks {@code rule.member.notApplicant}.
     */
    public Change activate(String number, String by, Instant at) {
        if (status != MemberStatus.APPLICANT) {
            throw new DomainException("rule.member.notApplicant", status);
        }
        if (number == null || number.isBlank() || number.length() > NUMBER_MAX) {
            throw new DomainException("rule.member.numberRequired");
        }
        MemberStatus before = status;
        membershipNumber = number;
        status = MemberStatus.ACTIVE;
        activatedAt = Objects.requireNonNull(at);
        statusReason = null;
        return change("activate", before, by, at, number);
    }

    /**
     * ACTIVE → SUSPENDED by a board decision: its reference (number and date) and its reason are kept on the record;
     * breaks {@code rule.member.illegalTransition}, {@code rule.member.boardDecisionRequired} or
     * {@code rule.reason.required}.
     */
    public Change suspend(String boardDecision, String reason, String by, Instant at) {
        requireStatus("suspend", MemberStatus.ACTIVE);
        String decision = boardDecision == null ? "" : boardDecision.strip();
        if (decision.isEmpty() || decision.length() > DECISION_MAX) {
            throw new DomainException("rule.member.boardDecisionRequired", DECISION_MAX);
        }
        String checked = checkReason(reason);
        MemberStatus before = status;
        statusDecision = decision;
        statusReason = checked;
        status = MemberStatus.SUSPENDED;
        return change("suspend", before, by, at, decision + " — " + checked);
    }

    /** SUSPENDED → ACTIVE; breaks {@code rule.member.illegalTransition}. */
    public Change reinstate(String by, Instant at) {
        requireStatus("reinstate", MemberStatus.SUSPENDED);
        MemberStatus before = status;
        status = MemberStatus.ACTIVE;
        statusReason = null;
        statusDecision = null;
        return change("reinstate", before, by, at, null);
    }

    /** Any but WITHDRAWN → WITHDRAWN with a reason; breaks {@code rule.member.illegalTransition}. */
    public Change withdraw(String reason, String by, Instant at) {
        requireStatus("withdraw", MemberStatus.APPLICANT, MemberStatus.ACTIVE, MemberStatus.SUSPENDED);
        MemberStatus before = status;
        statusReason = checkReason(reason);
        status = MemberStatus.WITHDRAWN;
        return change("withdraw", before, by, at, statusReason);
    }

    /**
     * A membership-data update: the new mobile, e-mail or city ({@code null}: unchanged). The audit fact names which
     * fields changed, never their values. Refused once withdrawn ({@code rule.member.illegalTransition}), and when
     * nothing would change ({@code rule.member.nothingChanged}).
     */
    public Change changeContact(SaudiMobile mobile, EmailAddress email, String city, String by, Instant at) {
        requireStatus("changeContact", MemberStatus.APPLICANT, MemberStatus.ACTIVE, MemberStatus.SUSPENDED);
        String newCity = city == null ? null : City.check(city);
        List<String> changed = new ArrayList<>();
        if (mobile != null && !mobile.equals(this.mobile)) {
            changed.add("mobile");
        }
        if (email != null && !email.equals(this.email)) {
            changed.add("email");
        }
        if (newCity != null && !newCity.equals(this.city)) {
            changed.add("city");
        }
        if (changed.isEmpty()) {
            throw new DomainException("rule.member.nothingChanged");
        }
        this.mobile = mobile != null ? mobile : this.mobile;
        this.email = email != null ? email : this.email;
        this.city = newCity != null ? newCity : this.city;
        return change("changeContact", status, by, at, String.join(", ", changed));
    }

    /**
     * The member's choice of how to be told ({@code null}: not chosen, letters then answer the way each request came).
     * Breaks {@code rule.channel.noEmail} for e-mail without an address on record, {@code rule.member.nothingChanged}
     * for the choice already held, {@code rule.member.illegalTransition} once withdrawn.
     */
    public Change preferChannel(MessageChannel channel, String by, Instant at) {
        requireStatus("preferChannel", MemberStatus.APPLICANT, MemberStatus.ACTIVE, MemberStatus.SUSPENDED);
        if (channel == MessageChannel.EMAIL && email == null) {
            throw new DomainException("rule.channel.noEmail");
        }
        if (channel == preferredChannel) {
            throw new DomainException("rule.member.nothingChanged");
        }
        String before = preferredChannel == null ? "none" : preferredChannel.name();
        this.preferredChannel = channel;
        return change("preferChannel", status, by, at, before + " → " + (channel == null ? "none" : channel.name()));
    }

    public MessageChannel preferredChannel() {
        return preferredChannel;
    }

    private void requireStatus(String verb, MemberStatus... allowed) {
        for (MemberStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        throw new DomainException("rule.member.illegalTransition", status, verb);
    }

    static String checkReason(String reason) {
        String trimmed = reason == null ? "" : reason.strip();
        if (trimmed.isEmpty()) {
            throw new DomainException("rule.reason.required");
        }
        if (trimmed.length() > 500) {
            throw new DomainException("rule.reason.tooLong", 500);
        }
        return trimmed;
    }

    private Change change(String action, MemberStatus before, String by, Instant at, String detail) {
        return Change.of(SUBJECT_TYPE, subject(), action, before, status, by, at, detail);
    }

    /**
     * How the audit trail names this member: the membership number, or before it the record itself ({@code member}
     * and its row id) — never the masked national ID, which two people may share.
     */
    public String subject() {
        return membershipNumber != null ? membershipNumber : record();
    }

    /** Every name the audit trail has known this member by, so their history is theirs alone: the record, then the number. */
    public List<String> auditSubjects() {
        return membershipNumber == null ? List.of(record()) : List.of(record(), membershipNumber);
    }

    private String record() {
        return "member " + Objects.requireNonNull(id, "a member is named on the audit trail once stored");
    }

    public Long id() {
        return id;
    }

    public NationalId nationalId() {
        return nationalId;
    }

    public String nameArabic() {
        return nameArabic;
    }

    public String nameLatin() {
        return nameLatin;
    }

    public SaudiMobile mobile() {
        return mobile;
    }

    public EmailAddress email() {
        return email;
    }

    public String city() {
        return city;
    }

    public int shares() {
        return shares;
    }

    public MemberStatus status() {
        return status;
    }

    public String membershipNumber() {
        return membershipNumber;
    }

    public Instant appliedAt() {
        return appliedAt;
    }

    public Instant activatedAt() {
        return activatedAt;
    }

    public String statusReason() {
        return statusReason;
    }

    public String statusDecision() {
        return statusDecision;
    }

    public long version() {
        return version;
    }
}
