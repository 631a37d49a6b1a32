package coop.khidma.privacy.entity;

import coop.khidma.audit.entity.Change;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.privacy.control.NotificationClock;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;

/**
 * A personal-data breach as the administrators log it: what happened, when it was discovered, which categories of
 * data and about how many people, the measures taken, and when the authority (SDAIA) and the people affected were
 * notified. The PDPL's implementing regulation gives 72 hours from discovery to notify the authority; the clock is
 * {@link NotificationClock}. Each notification is recorded once.
 */
@Entity
@Table(name = "breach_incident")
public class BreachIncident {

    public static final int TEXT_MAX = 2000;
    public static final int CATEGORIES_MAX = 500;
    public static final String SUBJECT_TYPE = "BREACH";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = TEXT_MAX)
    private String summary;

    @Column(name = "discovered_at", nullable = false, updatable = false)
    private Instant discoveredAt;

    @Column(nullable = false, length = CATEGORIES_MAX)
    private String categories;

    @Column(name = "people_affected", nullable = false)
    private int peopleAffected;

    @Column(nullable = false, length = TEXT_MAX)
    private String measures;

    @Column(name = "recorded_by", nullable = false, length = 60, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "authority_notified_at")
    private Instant authorityNotifiedAt;

    @Column(name = "authority_notified_by", length = 60)
    private String authorityNotifiedBy;

    @Column(name = "subjects_notified_at")
    private Instant subjectsNotifiedAt;

    @Column(name = "subjects_notified_by", length = 60)
    private String subjectsNotifiedBy;

    @Version
    private long version;

    protected BreachIncident() {
        // for the persistence provider only
    }

    /**
     * A new incident. Breaks {@code rule.breach.summary}, {@code rule.breach.categories}, {@code rule.breach.measures}
     * (required, bounded), {@code rule.breach.people} (not negative) or {@code rule.breach.discoveredInFuture}.
     */
    public static BreachIncident record(String summary, Instant discoveredAt, String categories, int peopleAffected,
                                        String measures, String by, Instant at) {
        BreachIncident incident = new BreachIncident();
        incident.summary = text(summary, TEXT_MAX, "rule.breach.summary");
        incident.categories = text(categories, CATEGORIES_MAX, "rule.breach.categories");
        incident.measures = text(measures, TEXT_MAX, "rule.breach.measures");
        if (peopleAffected < 0) {
            throw new DomainException("rule.breach.people");
        }
        incident.peopleAffected = peopleAffected;
        Objects.requireNonNull(discoveredAt, "discoveredAt");
        if (discoveredAt.isAfter(at)) {
            throw new DomainException("rule.breach.discoveredInFuture");
        }
        incident.discoveredAt = discoveredAt;
        incident.recordedBy = Objects.requireNonNull(by, "by");
        incident.recordedAt = Objects.requireNonNull(at, "at");
        return incident;
    }

    /** The audit fact of {@link #record} (no description: it may name people). */
    public Change recorded() {
        return Change.of(SUBJECT_TYPE, subject(), "recordBreach", null, "OPEN", recordedBy, recordedAt,
                "people affected: " + peopleAffected);
    }

    /** The authority was notified; breaks {@code rule.breach.alreadyNotified} the second time. */
    public Change notifyAuthority(String by, Instant at) {
        if (authorityNotifiedAt != null) {
            throw new DomainException("rule.breach.alreadyNotified");
        }
        authorityNotifiedAt = Objects.requireNonNull(at);
        authorityNotifiedBy = Objects.requireNonNull(by);
        return Change.of(SUBJECT_TYPE, subject(), "notifyAuthority", null, "AUTHORITY_NOTIFIED", by, at,
                clock().notifiedLate() ? "after the 72-hour deadline" : "within 72 hours");
    }

    /** The people affected were notified; breaks {@code rule.breach.alreadyNotified} the second time. */
    public Change notifySubjects(String by, Instant at) {
        if (subjectsNotifiedAt != null) {
            throw new DomainException("rule.breach.alreadyNotified");
        }
        subjectsNotifiedAt = Objects.requireNonNull(at);
        subjectsNotifiedBy = Objects.requireNonNull(by);
        return Change.of(SUBJECT_TYPE, subject(), "notifySubjects", null, "SUBJECTS_NOTIFIED", by, at, null);
    }

    /** The 72-hour clock of this incident. */
    public NotificationClock clock() {
        return new NotificationClock(discoveredAt, authorityNotifiedAt);
    }

    public String subject() {
        return "breach/" + id;
    }

    private static String text(String value, int max, String key) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty() || trimmed.length() > max) {
            throw new DomainException(key, max);
        }
        return trimmed;
    }

    public Long id() { return id; }
    public String summary() { return summary; }
    public Instant discoveredAt() { return discoveredAt; }
    public String categories() { return categories; }
    public int peopleAffected() { return peopleAffected; }
    public String measures() { return measures; }
    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
    public Instant authorityNotifiedAt() { return authorityNotifiedAt; }
    public String authorityNotifiedBy() { return authorityNotifiedBy; }
    public Instant subjectsNotifiedAt() { return subjectsNotifiedAt; }
    public String subjectsNotifiedBy() { return subjectsNotifiedBy; }
    public long version() { return version; }
}
