package coop.khidma.membership.entity;

import coop.khidma.audit.entity.Change;
import coop.khidma.intake.entity.Applicant;
import coop.khidma.person.City;
import coop.khidma.person.EmailAddress;
import coop.khidma.person.NationalId;
import coop.khidma.person.PersonName;
import coop.khidma.person.SaudiMobile;
import coop.khidma.platform.i18n.DomainException;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A member of the General Assembly (عضو): a shareholder of the cooperative. Created as an {@link MemberStatus#APPLICANT}
 * from an accepted membership application; only {@link #activate} gives the membership number. Serves the policy's
 * "complete the registration procedures once the requirements are complete" (item 5).
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

    @Version
    private long version;

    protected Member() {
        // for the persistence provider only
    }

    /**
     * A new applicant; every field is checked ({@link PersonName#arabic}, {@link PersonName#latin}, {@link City},
     * {@link Applicant#checkShares}). {@code email} may be {@code null}.
     */
    public static Member applicant(NationalId nationalId, String nameArabic, String nameLatin, SaudiMobile mobile,
                                   EmailAddress email, String city, int shares, Instant at) {
        Member member = new Member();
        member.nationalId = Objects.requireNonNull(nationalId, "nationalId");
        member.nameArabic = PersonName.arabic(nameArabic).value();
        member.nameLatin = PersonName.latin(nameLatin).value();
        member.mobile = Objects.requireNonNull(mobile, "mobile");
        member.email = email;
        member.city = City.check(city);
        member.shares = Applicant.checkShares(shares);
        member.status = MemberStatus.APPLICANT;
        member.appliedAt = Objects.requireNonNull(at, "at");
        return member;
    }

    /** The audit fact of {@link #applicant}: a new applicant. */
    public Change created(String actor) {
        return change("apply", null, actor, appliedAt, null);
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
