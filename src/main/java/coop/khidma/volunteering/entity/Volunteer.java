package coop.khidma.volunteering.entity;

import coop.khidma.audit.entity.Change;
import coop.khidma.person.PersonName;
import coop.khidma.person.SaudiMobile;
import coop.khidma.platform.i18n.DomainException;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Someone who offered to volunteer: name, mobile, skills and interests from the lists, the days and times they are
 * free, and when they consented to the association keeping these. Pending until staff approve or decline.
 */
@Entity
@Table(name = "volunteer")
public class Volunteer {

    public static final String SUBJECT_TYPE = "VOLUNTEER";
    public static final int REASON_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = PersonName.MAX)
    private String name;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "mobile", nullable = false, length = 13))
    private SaudiMobile mobile;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "volunteer_skill", joinColumns = @JoinColumn(name = "volunteer_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "skill", length = 30)
    private Set<Skill> skills = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "volunteer_interest", joinColumns = @JoinColumn(name = "volunteer_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "interest", length = 30)
    private Set<Interest> interests = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "volunteer_day", joinColumns = @JoinColumn(name = "volunteer_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", length = 10)
    private Set<DayOfWeek> days = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "volunteer_time", joinColumns = @JoinColumn(name = "volunteer_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "day_part", length = 10)
    private Set<DayPart> times = new HashSet<>();

    @Column(name = "consent_at", nullable = false, updatable = false)
    private Instant consentAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VolunteerStatus status;

    @Column(name = "signed_up_at", nullable = false, updatable = false)
    private Instant signedUpAt;

    @Column(name = "decided_by", length = 60)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decline_reason", length = REASON_MAX)
    private String declineReason;

    @Version
    private long version;

    protected Volunteer() {
        // for the persistence provider only
    }

    /** What the person chose: skills and interests, and the days and times they are free. */
    public record Offer(Collection<Skill> skills, Collection<Interest> interests, Collection<DayOfWeek> days,
                        Collection<DayPart> times) {
    }

    /**
     * A pending volunteer. Breaks {@code rule.volunteer.consent}, {@code rule.name.required}, {@code rule.name.tooLong},
     * {@code rule.volunteer.interests}, {@code rule.volunteer.days} or {@code rule.volunteer.times}.
     */
    public static Volunteer signUp(String name, SaudiMobile mobile, Offer offer, boolean consent, Instant at) {
        if (!consent) {
            throw new DomainException("rule.volunteer.consent");
        }
        Volunteer volunteer = new Volunteer();
        volunteer.name = PersonName.check(name);
        volunteer.mobile = Objects.requireNonNull(mobile, "mobile");
        volunteer.skills = copy(offer.skills(), Skill.class, null);
        volunteer.interests = copy(offer.interests(), Interest.class, "rule.volunteer.interests");
        volunteer.days = copy(offer.days(), DayOfWeek.class, "rule.volunteer.days");
        volunteer.times = copy(offer.times(), DayPart.class, "rule.volunteer.times");
        volunteer.consentAt = Objects.requireNonNull(at, "at");
        volunteer.signedUpAt = at;
        volunteer.status = VolunteerStatus.PENDING;
        return volunteer;
    }

    /** The audit fact of the sign-up: never the name or the mobile. */
    public Change signedUp() {
        return Change.of(SUBJECT_TYPE, subject(), "signUp", null, status, Change.KIOSK, signedUpAt,
                "interests " + interests);
    }

    /** Breaks {@code rule.volunteer.notPending}. */
    public Change approve(String by, Instant at) {
        return decide(VolunteerStatus.APPROVED, null, "approve", by, at);
    }

    /** Breaks {@code rule.volunteer.notPending} or {@code rule.volunteer.reason}. */
    public Change decline(String reason, String by, Instant at) {
        String trimmed = reason == null ? "" : reason.strip();
        if (trimmed.isEmpty() || trimmed.length() > REASON_MAX) {
            throw new DomainException("rule.volunteer.reason", REASON_MAX);
        }
        return decide(VolunteerStatus.DECLINED, trimmed, "decline", by, at);
    }

    /**
     * New skills, interests or availability, as the volunteer told staff. Breaks {@code rule.volunteer.interests},
     * {@code rule.volunteer.days} or {@code rule.volunteer.times}, leaving everything as it was.
     */
    public Change revise(Offer offer, String by, Instant at) {
        Set<Skill> newSkills = copy(offer.skills(), Skill.class, null);
        Set<Interest> newInterests = copy(offer.interests(), Interest.class, "rule.volunteer.interests");
        Set<DayOfWeek> newDays = copy(offer.days(), DayOfWeek.class, "rule.volunteer.days");
        Set<DayPart> newTimes = copy(offer.times(), DayPart.class, "rule.volunteer.times");
        String before = "skills " + skills + " days " + days + " times " + times;
        skills = newSkills;
        interests = newInterests;
        days = newDays;
        times = newTimes;
        return Change.of(SUBJECT_TYPE, subject(), "revise", status, status, Objects.requireNonNull(by),
                Objects.requireNonNull(at), before + " -> skills " + skills + " days " + days + " times " + times);
    }

    /** The reference its messages are filed under in the outbox. */
    public String reference() {
        return "VOL-" + id;
    }

    private Change decide(VolunteerStatus next, String reason, String action, String by, Instant at) {
        if (status != VolunteerStatus.PENDING) {
            throw new DomainException("rule.volunteer.notPending");
        }
        VolunteerStatus before = status;
        status = next;
        declineReason = reason;
        decidedBy = Objects.requireNonNull(by);
        decidedAt = Objects.requireNonNull(at);
        // a decline's reason is kept on the volunteer (anonymised there), never in the audit trail
        return Change.of(SUBJECT_TYPE, subject(), action, before, next, by, at, null);
    }

    private static <E extends Enum<E>> Set<E> copy(Collection<E> chosen, Class<E> type, String ruleIfEmpty) {
        Set<E> set = EnumSet.noneOf(type);
        if (chosen != null) {
            chosen.stream().filter(Objects::nonNull).forEach(set::add);
        }
        if (set.isEmpty() && ruleIfEmpty != null) {
            throw new DomainException(ruleIfEmpty);
        }
        return new HashSet<>(set);
    }

    public String subject() {
        return "volunteer/" + id;
    }

    public Long id() { return id; }
    public String name() { return name; }
    public SaudiMobile mobile() { return mobile; }
    public Set<Skill> skills() { return Set.copyOf(skills); }
    public Set<Interest> interests() { return Set.copyOf(interests); }
    public Set<DayOfWeek> days() { return Set.copyOf(days); }
    public Set<DayPart> times() { return Set.copyOf(times); }
    public Instant consentAt() { return consentAt; }
    public VolunteerStatus status() { return status; }
    public Instant signedUpAt() { return signedUpAt; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
    public String declineReason() { return declineReason; }
    public long version() { return version; }

}
