package coop.khidma.satisfaction.entity;

import coop.khidma.audit.entity.Change;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.security.Roles;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Something to improve, opened from a low rating or a suggestion: the problem as observed, its root cause, the
 * action decided, the role that owns the action (a role, never a person: the policy measures satisfaction "not for
 * punishment"), the day it should be done by, and the day it was done.
 */
@Entity
@Table(name = "improvement_item")
public class ImprovementItem {

    public static final String SUBJECT_TYPE = "IMPROVEMENT";
    public static final int TEXT_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private ImprovementSource source;

    @Column(name = "source_id", nullable = false, updatable = false)
    private long sourceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 30)
    private RatedService service;

    @Column(nullable = false, length = TEXT_MAX)
    private String problem;

    @Column(name = "root_cause", nullable = false, length = TEXT_MAX)
    private String rootCause;

    @Column(nullable = false, length = TEXT_MAX)
    private String action;

    @Column(name = "owner_role", nullable = false, length = 20)
    private String ownerRole;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Column(name = "opened_by", nullable = false, updatable = false, length = 60)
    private String openedBy;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Version
    private long version;

    protected ImprovementItem() {
        // for the persistence provider only
    }

    /** What the improvement says: the problem, its root cause, the action, the owning role and the target day. */
    public record Plan(String problem, String rootCause, String action, String ownerRole, LocalDate dueOn) {
    }

    /**
     * An open item. Breaks {@code rule.improvement.problem}, {@code rule.improvement.rootCause},
     * {@code rule.improvement.action}, {@code rule.improvement.owner} (a role, not a person) or
     * {@code rule.improvement.due} (not before today).
     */
    public static ImprovementItem open(ImprovementSource source, long sourceId, RatedService service, Plan plan,
                                       LocalDate today, String by, Instant at) {
        ImprovementItem item = new ImprovementItem();
        item.source = Objects.requireNonNull(source, "source");
        item.sourceId = sourceId;
        item.service = Objects.requireNonNull(service, "service");
        item.problem = text(plan.problem(), "rule.improvement.problem");
        item.rootCause = text(plan.rootCause(), "rule.improvement.rootCause");
        item.action = text(plan.action(), "rule.improvement.action");
        if (plan.ownerRole() == null || !Roles.ALL.contains(plan.ownerRole())) {
            throw new DomainException("rule.improvement.owner");
        }
        item.ownerRole = plan.ownerRole();
        if (plan.dueOn() == null || plan.dueOn().isBefore(today)) {
            throw new DomainException("rule.improvement.due");
        }
        item.dueOn = plan.dueOn();
        item.openedBy = Objects.requireNonNull(by);
        item.openedAt = Objects.requireNonNull(at);
        return item;
    }

    /** The audit fact: the source and the owning role, not the texts (a comment may hold personal details). */
    public Change opened() {
        return Change.of(SUBJECT_TYPE, subject(), "open", null, "OPEN", openedBy, openedAt,
                source + " " + sourceId + ", owner " + ownerRole + ", due " + dueOn);
    }

    /**
     * The action was carried out on {@code on}. Breaks {@code rule.improvement.alreadyDone} or
     * {@code rule.improvement.doneOn} (not before it was opened, not in the future).
     */
    public Change done(LocalDate on, LocalDate openedOn, LocalDate today, String by, Instant at) {
        if (doneOn != null) {
            throw new DomainException("rule.improvement.alreadyDone");
        }
        if (on == null || on.isAfter(today) || on.isBefore(openedOn)) {
            throw new DomainException("rule.improvement.doneOn");
        }
        doneOn = on;
        return Change.of(SUBJECT_TYPE, subject(), "done", "OPEN", "DONE", by, at, "done on " + on);
    }

    public boolean isDone() {
        return doneOn != null;
    }

    /** Whether it is still open after the day it should have been done by. */
    public boolean isLate(LocalDate today) {
        return doneOn == null && today.isAfter(dueOn);
    }

    private static String text(String text, String rule) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty() || trimmed.length() > TEXT_MAX) {
            throw new DomainException(rule, TEXT_MAX);
        }
        return trimmed;
    }

    public String subject() {
        return "improvement/" + id;
    }

    public Long id() { return id; }
    public ImprovementSource source() { return source; }
    public long sourceId() { return sourceId; }
    public RatedService service() { return service; }
    public String problem() { return problem; }
    public String rootCause() { return rootCause; }
    public String action() { return action; }
    public String ownerRole() { return ownerRole; }
    public LocalDate dueOn() { return dueOn; }
    public LocalDate doneOn() { return doneOn; }
    public String openedBy() { return openedBy; }
    public Instant openedAt() { return openedAt; }
    public long version() { return version; }
}
