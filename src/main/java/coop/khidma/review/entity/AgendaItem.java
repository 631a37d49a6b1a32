package coop.khidma.review.entity;

import coop.khidma.audit.entity.Change;
import coop.khidma.intake.entity.RequestKey;
import coop.khidma.intake.entity.RequestStatus;
import coop.khidma.platform.i18n.Digits;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.review.control.ReviewCalendar;
import coop.khidma.review.control.ReviewCalendar.ReviewWindow;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A request on the research committee's agenda (policy item 4): handed over on a date, with the window (floor and
 * ceiling, in working days) copied from the settings at that moment, the clock paused while the request waits on the
 * member (history kept), and the committee's decision — accept, reject with reasons in Arabic and English, or defer.
 * No decision before the floor (never less than two weeks, see {@link ReviewCalendar}) but by an exception an
 * administrator records with its reason and the board's decision that allows it; a decision taken under it keeps the
 * floor it came before, for the minutes and the member's letter. Overdue after the ceiling. The reminder and
 * overdue-escalation flags let a scheduler act exactly once per item.
 *
 * <p>"Today" is always the Asia/Riyadh date of the instant given.
 */
@Entity
@Table(name = "agenda_item")
public class AgendaItem {

    public static final String SUBJECT_TYPE = "AGENDA";
    public static final int REASON_MAX = 2000;
    private static final Pattern ARABIC_LETTER = Pattern.compile("\\p{InArabic}");
    public static final int BOARD_REFERENCE_MAX = 60;
    /** A board decision's reference as minutes write it: letters and digits, with spaces, / - . between them. */
    private static final Pattern BOARD_REFERENCE = Pattern.compile("[\\p{L}\\p{Nd}]+([ /.\\-]+[\\p{L}\\p{Nd}]+)*");
    private static final Pattern DIGIT = Pattern.compile("\\p{Nd}");
    /** Two letters at least: words a reader understands, not a mark or a number. */
    private static final Pattern WORDS = Pattern.compile("\\p{L}.*\\p{L}", Pattern.DOTALL);
    /** Markup, control characters and the invisible marks that reorder text (bidirectional overrides). */
    private static final Pattern HOSTILE = Pattern.compile(
            "[<>\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\u202A-\\u202E\\u2066-\\u2069]");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The request by value (intake's row id), never a relation into intake: intake alone changes the request. */
    @Column(name = "request_id", nullable = false, unique = true, updatable = false)
    private Long requestId;

    @Column(name = "request_reference", nullable = false, updatable = false, length = 20)
    private String requestReference;

    @Column(name = "handed_over_on", nullable = false, updatable = false)
    private LocalDate handedOverOn;

    @Column(name = "handed_over_by", nullable = false, updatable = false, length = 60)
    private String handedOverBy;

    @Column(name = "handed_over_at", nullable = false, updatable = false)
    private Instant handedOverAt;

    @Column(name = "floor_working_days", nullable = false, updatable = false)
    private int floorWorkingDays;

    @Column(name = "ceiling_working_days", nullable = false, updatable = false)
    private int ceilingWorkingDays;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agenda_pause", joinColumns = @JoinColumn(name = "agenda_item_id"))
    @OrderColumn(name = "position")
    private List<ClockPause> pauses = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Decision decision;

    @Column(name = "reason_ar", length = REASON_MAX)
    private String reasonArabic;

    @Column(name = "reason_en", length = REASON_MAX)
    private String reasonEnglish;

    @Column(name = "decided_by", length = 60)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    /** Why a rejection was made, from the fixed list; {@code null} for any other decision. */
    @Enumerated(EnumType.STRING)
    @Column(name = "rejection_category", length = 30)
    private RejectionCategory rejectionCategory;

    /** The decision came after the window's ceiling. */
    @Column(name = "decided_after_ceiling", nullable = false)
    private boolean decidedAfterCeiling;

    /** The floor the committee decided before, under the exception; {@code null} when it waited for it. */
    @Column(name = "decided_before_floor_on")
    private LocalDate decidedBeforeFloorOn;

    @Column(nullable = false)
    private int deferrals;

    @Column(name = "floor_override_reason", length = REASON_MAX)
    private String floorOverrideReason;

    @Column(name = "floor_overridden_by", length = 60)
    private String floorOverriddenBy;

    @Column(name = "floor_overridden_at")
    private Instant floorOverriddenAt;

    @Column(name = "floor_exception_board_ref", length = BOARD_REFERENCE_MAX)
    private String floorExceptionBoardReference;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "overdue_escalated_at")
    private Instant overdueEscalatedAt;

    @Version
    private long version;

    protected AgendaItem() {
        // for the persistence provider only
    }

    /**
     * A request just moved to WITH_COMMITTEE goes on the agenda with today's settings. Breaks
     * {@code rule.agenda.notWithCommittee}.
     */
    public static AgendaItem handOver(RequestKey request, ReviewSettings settings, String by, Instant at) {
        if (request.status() != RequestStatus.WITH_COMMITTEE) {
            throw new DomainException("rule.agenda.notWithCommittee", request.reference());
        }
        AgendaItem item = new AgendaItem();
        item.requestId = request.id();
        item.requestReference = Objects.requireNonNull(request.reference(), "reference");
        item.handedOverAt = Objects.requireNonNull(at, "at");
        item.handedOverOn = today(at);
        item.handedOverBy = Objects.requireNonNull(by, "by");
        item.floorWorkingDays = settings.floorWorkingDays();
        item.ceilingWorkingDays = settings.ceilingWorkingDays();
        return item;
    }

    /** The audit fact of {@link #handOver}. */
    public Change handedOver() {
        return Change.of(SUBJECT_TYPE, requestReference, "handOver", null, "OPEN", handedOverBy, handedOverAt,
                "window " + floorWorkingDays + "/" + ceilingWorkingDays + " working days from " + handedOverOn);
    }

    // ---- the clock ---------------------------------------------------------------------------------------------

    /** When the committee may (floor) and must (ceiling) reply; a bound is {@code null} while an open pause stops it. */
    public ReviewWindow window(ReviewCalendar calendar) {
        return calendar.window(handedOverOn, floorWorkingDays, ceilingWorkingDays,
                pauses.stream().map(ClockPause::toPause).toList());
    }

    /** The date the member is told: the ceiling, "a reply no later than"; {@code null} while the clock is stopped. */
    public LocalDate expectedDecisionDate(ReviewCalendar calendar) {
        return window(calendar).due();
    }

    /** The floor: the first day the committee may decide without an override. */
    public LocalDate earliestDecisionDate(ReviewCalendar calendar) {
        return window(calendar).earliestDecision();
    }

    /**
     * The request waits on the member from {@code from} (a Riyadh date, not before the hand-over nor the end of the
     * last pause). Breaks {@code rule.agenda.decided}, {@code rule.agenda.alreadyPaused}, {@code rule.reason.required}
     * or {@code rule.review.pauseOrder}.
     */
    public Change pause(LocalDate from, String reason, String by, Instant at) {
        requireUndecided("pause");
        if (isPaused()) {
            throw new DomainException("rule.agenda.alreadyPaused");
        }
        LocalDate earliest = pauses.isEmpty() ? handedOverOn : pauses.get(pauses.size() - 1).toInclusive().plusDays(1);
        if (from == null || from.isBefore(earliest)) {
            throw new DomainException("rule.review.pauseOrder");
        }
        pauses.add(new ClockPause(from, checkReason(reason, "rule.reason.required"), by));
        return Change.of(SUBJECT_TYPE, requestReference, "pause", "RUNNING", "PAUSED", by, at, "from " + from);
    }

    /**
     * The member answered on {@code resumedOn}: the pause ends the day before (or on its first day, if resumed that
     * same day), so {@code resumedOn} counts again. Breaks {@code rule.agenda.notPaused}.
     */
    public Change resumeClock(LocalDate resumedOn, String by, Instant at) {
        if (!isPaused()) {
            throw new DomainException("rule.agenda.notPaused");
        }
        int last = pauses.size() - 1;
        ClockPause open = pauses.get(last);
        LocalDate end = resumedOn.minusDays(1).isBefore(open.from()) ? open.from() : resumedOn.minusDays(1);
        pauses.set(last, open.endedOn(end));
        return Change.of(SUBJECT_TYPE, requestReference, "resumeClock", "PAUSED", "RUNNING", by, at,
                open.from() + ".." + end);
    }

    public boolean isPaused() {
        return !pauses.isEmpty() && pauses.get(pauses.size() - 1).isOpen();
    }

    // ---- the decision ------------------------------------------------------------------------------------------

    /**
     * An administrator records the exception that lets the committee decide before the floor (the member's two weeks):
     * why (e.g. the member travels and asked for an early answer) and the board's decision that allows it, by its
     * reference. Breaks {@code rule.agenda.decided}, {@code rule.agenda.alreadyOverridden},
     * {@code rule.reason.required}, {@code rule.agenda.exceptionReason} (not words: no letters, control characters or
     * markup), {@code rule.agenda.boardReferenceRequired} or {@code rule.agenda.boardReference} (not a reference).
     */
    public Change overrideFloor(String reason, String boardReference, String by, Instant at) {
        requireUndecided("overrideFloor");
        if (hasException()) {
            throw new DomainException("rule.agenda.alreadyOverridden");
        }
        String why = checkReason(reason, "rule.reason.required");
        if (!WORDS.matcher(why).find() || HOSTILE.matcher(why).find()) {
            throw new DomainException("rule.agenda.exceptionReason");
        }
        String board = boardReference(boardReference);
        floorOverrideReason = why;
        floorExceptionBoardReference = board;
        floorOverriddenBy = Objects.requireNonNull(by, "by");
        floorOverriddenAt = Objects.requireNonNull(at, "at");
        // the reason stays on the item (erasure reaches it there); the trail keeps the board's reference
        return Change.of(SUBJECT_TYPE, requestReference, "overrideFloor", null, "EXCEPTION", by, at,
                "board decision " + board);
    }

    /** The reference with ASCII digits and single spaces between words; breaks the two board-reference rules. */
    private static String boardReference(String typed) {
        String reference = Digits.toAscii(typed == null ? "" : typed).strip().replaceAll("[ \\u00A0]+", " ");
        if (reference.isEmpty()) {
            throw new DomainException("rule.agenda.boardReferenceRequired");
        }
        if (reference.length() > BOARD_REFERENCE_MAX || !BOARD_REFERENCE.matcher(reference).matches()
                || !DIGIT.matcher(reference).find()) {
            throw new DomainException("rule.agenda.boardReference", BOARD_REFERENCE_MAX);
        }
        return reference;
    }

    /**
     * A committee member records the committee's decision. ACCEPT and REJECT are final and need the floor reached
     * (or the exception recorded, in which case the floor decided before is kept); REJECT needs reasons in Arabic and English; DEFER keeps the item open (the clock keeps
     * running) and may come any time. The boundary then moves the request ({@code accept}/{@code reject}). Breaks
     * {@code rule.agenda.decided}, {@code rule.agenda.paused}, {@code rule.agenda.beforeFloor} (with the earliest
     * date), {@code rule.agenda.reasonsRequired} or {@code rule.agenda.reasonArabic}; a rejection without its category
     * breaks {@code rule.agenda.categoryRequired}.
     */
    public Change decide(Decision decision, String reasonArabic, String reasonEnglish, ReviewCalendar calendar,
                         String by, Instant at) {
        return decide(decision, null, reasonArabic, reasonEnglish, calendar, by, at);
    }

    /**
     * The committee's decision, with the category of a rejection's reasons ({@code category} is required for REJECT
     * and ignored otherwise). See {@link #decide(Decision, String, String, ReviewCalendar, String, Instant)}.
     */
    public Change decide(Decision decision, RejectionCategory category, String reasonArabic, String reasonEnglish,
                         ReviewCalendar calendar, String by, Instant at) {
        Objects.requireNonNull(decision, "decision");
        requireUndecided("decide");
        if (isPaused()) {
            throw new DomainException("rule.agenda.paused");
        }
        String arabic = optional(reasonArabic), english = optional(reasonEnglish);
        if (decision == Decision.DEFER) {
            deferrals++;
            this.decision = Decision.DEFER;
            return Change.of(SUBJECT_TYPE, requestReference, "defer", "OPEN", "OPEN", by, at,
                    "deferral " + deferrals + (english != null ? ": " + english : arabic != null ? ": " + arabic : ""));
        }
        ReviewWindow window = window(calendar);
        boolean early = !calendar.decisionAllowed(window, today(at));
        if (early && !hasException()) {
            throw new DomainException("rule.agenda.beforeFloor", window.earliestDecision());
        }
        if (decision == Decision.REJECT && (arabic == null || english == null)) {
            throw new DomainException("rule.agenda.reasonsRequired");
        }
        if (arabic != null && !ARABIC_LETTER.matcher(arabic).find()) {
            throw new DomainException("rule.agenda.reasonArabic");
        }
        if (decision == Decision.REJECT && category == null) {
            throw new DomainException("rule.agenda.categoryRequired");
        }
        boolean late = calendar.isOverdue(window, today(at));
        this.decision = decision;
        this.rejectionCategory = decision == Decision.REJECT ? category : null;
        this.decidedAfterCeiling = late;
        this.reasonArabic = arabic;
        this.reasonEnglish = english;
        this.decidedBy = Objects.requireNonNull(by, "by");
        this.decidedAt = Objects.requireNonNull(at, "at");
        this.decidedBeforeFloorOn = early ? window.earliestDecision() : null;
        return Change.of(SUBJECT_TYPE, requestReference, "decide", "OPEN", decision, by, at,
                early ? "before the floor " + window.earliestDecision() + " by the exception of board decision "
                        + floorExceptionBoardReference
                        : late ? "after the ceiling " + window.due() : null);
    }

    /**
     * An early decision is allowed: the exception is recorded with the board's decision (a reason alone, as written
     * before the board's reference was required, is not one).
     */
    public boolean hasException() {
        return floorExceptionBoardReference != null;
    }

    /** Accepted or rejected: nothing more happens on this item. */
    public boolean isDecided() {
        return decision == Decision.ACCEPT || decision == Decision.REJECT;
    }

    // ---- what the scheduler asks -------------------------------------------------------------------------------

    /** Past the ceiling without a decision (never while paused). */
    public boolean isOverdue(ReviewCalendar calendar, LocalDate today) {
        return !isDecided() && calendar.isOverdue(window(calendar), today);
    }

    /**
     * Time to remind the committee once: undecided, running, not reminded yet, and {@code reminderWorkingDays} or
     * fewer working days left before the ceiling (the due day itself included, not after it).
     */
    public boolean reminderDue(ReviewCalendar calendar, LocalDate today, int reminderWorkingDays) {
        LocalDate due = expectedDecisionDate(calendar);
        return !isDecided() && !isPaused() && remindedAt == null && due != null && !today.isAfter(due)
                && calendar.workingDaysBetween(today, due) <= reminderWorkingDays;
    }

    /** The reminder went out; breaks {@code rule.agenda.alreadyReminded} so two scheduler nodes cannot both send it. */
    public Change markReminded(Instant at) {
        if (remindedAt != null) {
            throw new DomainException("rule.agenda.alreadyReminded");
        }
        remindedAt = Objects.requireNonNull(at);
        return Change.of(SUBJECT_TYPE, requestReference, "remind", null, null, Change.SYSTEM, at, null);
    }

    /** The overdue item was escalated; breaks {@code rule.agenda.alreadyEscalated} on a second attempt. */
    public Change markOverdueEscalated(Instant at) {
        if (overdueEscalatedAt != null) {
            throw new DomainException("rule.agenda.alreadyEscalated");
        }
        overdueEscalatedAt = Objects.requireNonNull(at);
        return Change.of(SUBJECT_TYPE, requestReference, "escalateOverdue", null, null, Change.SYSTEM, at, null);
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private void requireUndecided(String verb) {
        if (isDecided()) {
            throw new DomainException("rule.agenda.decided", decision, verb);
        }
    }

    private static LocalDate today(Instant at) {
        return at.atZone(HijriDates.RIYADH).toLocalDate();
    }

    private static String optional(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.length() > REASON_MAX) {
            throw new DomainException("rule.reason.tooLong", REASON_MAX);
        }
        return trimmed.isEmpty() ? null : trimmed;
    }

    private static String checkReason(String text, String requiredKey) {
        String trimmed = optional(text);
        if (trimmed == null) {
            throw new DomainException(requiredKey);
        }
        return trimmed.length() > 500 ? trimmed.substring(0, 500) : trimmed;
    }

    public Long id() {
        return id;
    }

    /** The request's id in intake. */
    public Long requestId() {
        return requestId;
    }

    public String requestReference() {
        return requestReference;
    }

    public LocalDate handedOverOn() {
        return handedOverOn;
    }

    public String handedOverBy() {
        return handedOverBy;
    }

    public int floorWorkingDays() {
        return floorWorkingDays;
    }

    public int ceilingWorkingDays() {
        return ceilingWorkingDays;
    }

    public List<ClockPause> pauses() {
        return List.copyOf(pauses);
    }

    public Decision decision() {
        return decision;
    }

    public String reasonArabic() {
        return reasonArabic;
    }

    public String reasonEnglish() {
        return reasonEnglish;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public int deferrals() {
        return deferrals;
    }

    public String floorOverrideReason() {
        return floorOverrideReason;
    }

    public String floorOverriddenBy() {
        return floorOverriddenBy;
    }

    /** The board's decision that allowed an early decision; {@code null} without an exception. */
    public String floorExceptionBoardReference() {
        return floorExceptionBoardReference;
    }

    /** The floor the committee decided before under the exception; {@code null} if it waited for the floor. */
    public RejectionCategory rejectionCategory() {
        return rejectionCategory;
    }

    public boolean decidedAfterCeiling() {
        return decidedAfterCeiling;
    }

    public LocalDate decidedBeforeFloorOn() {
        return decidedBeforeFloorOn;
    }

    public Instant remindedAt() {
        return remindedAt;
    }

    public Instant overdueEscalatedAt() {
        return overdueEscalatedAt;
    }

    public long version() {
        return version;
    }
}
