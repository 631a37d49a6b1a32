package coop.khidma.assembly.entity;

import coop.khidma.audit.entity.Change;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.time.HijriDates;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A meeting of the General Assembly: ordinary or extraordinary, its first meeting time and — when the bylaws allow a
 * second meeting for want of quorum — the second one, its place, the record date (members entitled to attend are
 * those active and holding shares on it), and its agenda. The notice period the association's settings asked for
 * when it was scheduled is copied onto it, so a later change of the settings never moves the invitation deadline.
 * Once the invitations have gone out the meeting's date, place and agenda are frozen (members were told them).
 */
@Entity
@Table(name = "general_assembly")
public class GeneralAssembly {

    public static final String SUBJECT_TYPE = "ASSEMBLY";
    public static final int PLACE_MAX = 200;
    public static final int REASON_MAX = 500;
    public static final int AGENDA_MAX = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AssemblyKind kind;

    @Column(name = "first_meeting_at", nullable = false)
    private Instant firstMeetingAt;

    @Column(name = "second_meeting_at")
    private Instant secondMeetingAt;

    @Column(nullable = false, length = PLACE_MAX)
    private String place;

    @Column(name = "record_date", nullable = false)
    private LocalDate recordDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AssemblyStatus status;

    @Column(name = "notice_days", nullable = false)
    private int noticeDays;

    @Column(name = "notice_working_days", nullable = false)
    private boolean noticeInWorkingDays;

    @Column(name = "scheduled_by", nullable = false, length = 60)
    private String scheduledBy;

    @Column(name = "scheduled_at", nullable = false)
    private Instant scheduledAt;

    @Column(name = "invited_at")
    private Instant invitedAt;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "cancel_reason", length = REASON_MAX)
    private String cancelReason;

    @OneToMany(mappedBy = "assembly", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<AgendaItem> agenda = new ArrayList<>();

    @Version
    private long version;

    protected GeneralAssembly() {
        // for the persistence provider only
    }

    /** What a meeting is: its kind, times, place and record date, as an admin enters them. */
    public record Plan(AssemblyKind kind, Instant firstMeetingAt, Instant secondMeetingAt, String place,
                       LocalDate recordDate) {
    }

    /**
     * A new meeting. The notice period ({@code noticeDays}, in working days or not) is the settings' at this moment;
     * whether the meeting respects it is decided by the boundary with {@code assembly.control.NoticePeriod}. Breaks
     * the rules of {@link #check}.
     */
    public static GeneralAssembly schedule(Plan plan, boolean secondMeetingAllowed, int noticeDays,
                                           boolean noticeInWorkingDays, Instant now, String by) {
        GeneralAssembly assembly = new GeneralAssembly();
        assembly.apply(check(plan, secondMeetingAllowed, now));
        assembly.status = AssemblyStatus.SCHEDULED;
        assembly.noticeDays = noticeDays;
        assembly.noticeInWorkingDays = noticeInWorkingDays;
        assembly.scheduledBy = Objects.requireNonNull(by);
        assembly.scheduledAt = Objects.requireNonNull(now);
        return assembly;
    }

    /** The audit fact of {@link #schedule}. */
    public Change scheduled() {
        return change("schedule", null, scheduledBy, scheduledAt, describe());
    }

    /**
     * The meeting's plan is checked: a kind, a first meeting in the future, a second meeting only when the bylaws
     * allow one and after the first, a place, and a record date on or before the day of the first meeting. Breaks
     * {@code rule.assembly.kindRequired}, {@code rule.assembly.past}, {@code rule.assembly.noSecondMeeting},
     * {@code rule.assembly.secondBeforeFirst}, {@code rule.assembly.place} or {@code rule.assembly.recordDate}.
     */
    public static Plan check(Plan plan, boolean secondMeetingAllowed, Instant now) {
        if (plan == null || plan.kind() == null) {
            throw new DomainException("rule.assembly.kindRequired");
        }
        if (plan.firstMeetingAt() == null || !plan.firstMeetingAt().isAfter(now)) {
            throw new DomainException("rule.assembly.past");
        }
        if (plan.secondMeetingAt() != null && !secondMeetingAllowed) {
            throw new DomainException("rule.assembly.noSecondMeeting");
        }
        if (plan.secondMeetingAt() != null && !plan.secondMeetingAt().isAfter(plan.firstMeetingAt())) {
            throw new DomainException("rule.assembly.secondBeforeFirst");
        }
        String place = plan.place() == null ? "" : plan.place().strip().replaceAll("\\s+", " ");
        if (place.isEmpty() || place.length() > PLACE_MAX) {
            throw new DomainException("rule.assembly.place", PLACE_MAX);
        }
        LocalDate day = LocalDate.ofInstant(plan.firstMeetingAt(), HijriDates.RIYADH);
        if (plan.recordDate() == null || plan.recordDate().isAfter(day)) {
            throw new DomainException("rule.assembly.recordDate");
        }
        return new Plan(plan.kind(), plan.firstMeetingAt(), plan.secondMeetingAt(), place, plan.recordDate());
    }

    /**
     * New kind, times, place or record date, before the invitations go out. Breaks
     * {@code rule.assembly.alreadyInvited}, {@code rule.assembly.notScheduled} or the rules of {@link #check}.
     */
    public Change revise(Plan plan, boolean secondMeetingAllowed, Instant now, String by) {
        requireEditable();
        String before = describe();
        apply(check(plan, secondMeetingAllowed, now));
        return change("revise", null, by, now, before + " → " + describe());
    }

    private void apply(Plan plan) {
        kind = plan.kind();
        firstMeetingAt = plan.firstMeetingAt();
        secondMeetingAt = plan.secondMeetingAt();
        place = plan.place();
        recordDate = plan.recordDate();
    }

    /** An agenda item at the end; breaks {@code rule.assembly.agendaFull} and the rules of {@link AgendaItem}. */
    public Change addItem(AgendaItem.Text text, DecisionRule rule, Instant now, String by) {
        requireEditable();
        if (agenda.size() >= AGENDA_MAX) {
            throw new DomainException("rule.assembly.agendaFull", AGENDA_MAX);
        }
        AgendaItem item = AgendaItem.of(this, agenda.size() + 1, text, rule);
        agenda.add(item);
        return change("addItem", null, by, now, item.position() + ". " + item.titleEnglish() + " — " + rule);
    }

    /** New wording or rule for the item at {@code position}; breaks {@code rule.assembly.itemNotFound}. */
    public Change reviseItem(int position, AgendaItem.Text text, DecisionRule rule, Instant now, String by) {
        requireEditable();
        AgendaItem item = item(position);
        item.revise(text, rule);
        return change("reviseItem", null, by, now, position + ". " + item.titleEnglish() + " — " + rule);
    }

    /** Removes the item at {@code position}, the following ones moving up; breaks {@code rule.assembly.itemNotFound}. */
    public Change removeItem(int position, Instant now, String by) {
        requireEditable();
        AgendaItem item = item(position);
        agenda.remove(item);
        renumber();
        return change("removeItem", null, by, now, position + ". " + item.titleEnglish());
    }

    /** Moves the item at {@code position} one place up ({@code -1}) or down ({@code +1}); at an end it stays. */
    public Change moveItem(int position, int step, Instant now, String by) {
        requireEditable();
        AgendaItem item = item(position);
        int to = Math.max(0, Math.min(agenda.size() - 1, position - 1 + Integer.signum(step)));
        agenda.remove(item);
        agenda.add(to, item);
        renumber();
        return change("moveItem", null, by, now, position + " → " + (to + 1));
    }

    private void renumber() {
        for (int i = 0; i < agenda.size(); i++) {
            agenda.get(i).placeAt(i + 1);
        }
    }

    private AgendaItem item(int position) {
        return agenda.stream().filter(item -> item.position() == position).findFirst()
                .orElseThrow(() -> new DomainException("rule.assembly.itemNotFound", position));
    }

    /**
     * The invitations went out (the first time): from now on date, place and agenda are frozen. Breaks
     * {@code rule.assembly.notScheduled} and {@code rule.assembly.emptyAgenda}.
     */
    public Change invitationsSent(int invited, Instant now, String by) {
        requireStatus(AssemblyStatus.SCHEDULED);
        if (agenda.isEmpty()) {
            throw new DomainException("rule.assembly.emptyAgenda");
        }
        boolean first = invitedAt == null;
        invitedAt = first ? now : invitedAt;
        return change(first ? "invite" : "inviteMore", null, by, now, invited + " invited");
    }

    /** The meeting starts (check-in opens); breaks {@code rule.assembly.notScheduled} and {@code rule.assembly.notInvited}. */
    public Change open(Instant now, String by) {
        requireStatus(AssemblyStatus.SCHEDULED);
        if (invitedAt == null) {
            throw new DomainException("rule.assembly.notInvited");
        }
        openedAt = now;
        status = AssemblyStatus.OPEN;
        return change("open", AssemblyStatus.SCHEDULED, by, now, null);
    }

    /** The meeting ends; breaks {@code rule.assembly.notOpen}. */
    public Change close(Instant now, String by) {
        if (status != AssemblyStatus.OPEN) {
            throw new DomainException("rule.assembly.notOpen", status);
        }
        closedAt = now;
        status = AssemblyStatus.CLOSED;
        return change("close", AssemblyStatus.OPEN, by, now, null);
    }

    /** Called off before it starts, with a reason; breaks {@code rule.assembly.notScheduled} or {@code rule.reason.required}. */
    public Change cancel(String reason, Instant now, String by) {
        requireStatus(AssemblyStatus.SCHEDULED);
        String trimmed = reason == null ? "" : reason.strip();
        if (trimmed.isEmpty()) {
            throw new DomainException("rule.reason.required");
        }
        if (trimmed.length() > REASON_MAX) {
            throw new DomainException("rule.reason.tooLong", REASON_MAX);
        }
        cancelReason = trimmed;
        status = AssemblyStatus.CANCELLED;
        return change("cancel", AssemblyStatus.SCHEDULED, by, now, trimmed);
    }

    /** Whether the meeting has started: opened, closed, or its first meeting time reached. */
    public boolean hasStarted(Instant now) {
        return status == AssemblyStatus.OPEN || status == AssemblyStatus.CLOSED || !now.isBefore(firstMeetingAt);
    }

    /** Breaks {@code rule.proxy.meetingStarted} once the meeting has started, {@code rule.assembly.notScheduled} if cancelled. */
    public void requireNotStarted(Instant now) {
        if (status == AssemblyStatus.CANCELLED) {
            throw new DomainException("rule.assembly.notScheduled", status);
        }
        if (hasStarted(now)) {
            throw new DomainException("rule.proxy.meetingStarted");
        }
    }

    private void requireEditable() {
        requireStatus(AssemblyStatus.SCHEDULED);
        if (invitedAt != null) {
            throw new DomainException("rule.assembly.alreadyInvited");
        }
    }

    private void requireStatus(AssemblyStatus expected) {
        if (status != expected) {
            throw new DomainException("rule.assembly.notScheduled", status);
        }
    }

    private String describe() {
        return kind + " " + firstMeetingAt + (secondMeetingAt == null ? "" : " / " + secondMeetingAt)
                + ", record date " + recordDate;
    }

    private Change change(String action, Object before, String by, Instant at, String detail) {
        return Change.of(SUBJECT_TYPE, subject(), action, before, status, Objects.requireNonNull(by),
                Objects.requireNonNull(at), detail);
    }

    /** How the audit trail and the messages name this meeting: {@code GA-7}. */
    public String subject() {
        return reference(Objects.requireNonNull(id, "a meeting is named once stored"));
    }

    /** The reference of the meeting with {@code id}: {@code GA-7}. */
    public static String reference(long id) {
        return "GA-" + id;
    }

    /** The Riyadh day of the first meeting. */
    public LocalDate meetingDay() {
        return LocalDate.ofInstant(firstMeetingAt, HijriDates.RIYADH);
    }

    public Long id() { return id; }
    public AssemblyKind kind() { return kind; }
    public Instant firstMeetingAt() { return firstMeetingAt; }
    public Instant secondMeetingAt() { return secondMeetingAt; }
    public String place() { return place; }
    public LocalDate recordDate() { return recordDate; }
    public AssemblyStatus status() { return status; }
    public int noticeDays() { return noticeDays; }
    public boolean noticeInWorkingDays() { return noticeInWorkingDays; }
    public String scheduledBy() { return scheduledBy; }
    public Instant scheduledAt() { return scheduledAt; }
    public Instant invitedAt() { return invitedAt; }
    public Instant openedAt() { return openedAt; }
    public Instant closedAt() { return closedAt; }
    public String cancelReason() { return cancelReason; }
    public List<AgendaItem> agenda() { return List.copyOf(agenda); }
    public long version() { return version; }
}
