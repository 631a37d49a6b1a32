package coop.khidma.assembly.entity;

import coop.khidma.audit.entity.Change;
import coop.khidma.platform.i18n.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;

/**
 * What the association's bylaws say about its General Assembly, as an administrator enters it (one row, id 1): the
 * notice period (in calendar days or Saudi working days) and whether a meeting may nevertheless be scheduled inside
 * it, how many members one member may hold proxies for, what the quorum counts (members or shares) and its percentage
 * at the first meeting, whether a second meeting may be held for want of quorum and its percentage, and whether
 * attendees may vote at the kiosk.
 *
 * <p>The seeded values are PLACEHOLDERS, not legal figures: 15 calendar days' notice, no meeting inside it, one proxy
 * per holder, quorum by members at 50&nbsp;% for the first meeting, a second meeting allowed at 25&nbsp;%, no kiosk
 * voting. Until an administrator saves the settings ({@link #confirmedAt} is {@code null}) the screens say that the
 * figures are unconfirmed placeholders to be checked against the bylaws.
 */
@Entity
@Table(name = "assembly_rules")
public class AssemblyRules {

    public static final long SINGLETON = 1L;
    public static final int DEFAULT_NOTICE_DAYS = 15;
    public static final int DEFAULT_PROXY_LIMIT = 1;
    public static final int DEFAULT_FIRST_QUORUM = 50;
    public static final int DEFAULT_SECOND_QUORUM = 25;
    public static final int NOTICE_MAX = 120;
    public static final int PROXY_LIMIT_MAX = 50;

    /** The figures as entered, checked by {@link #change}. */
    public record Figures(int noticeDays, boolean noticeInWorkingDays, boolean schedulingInsideNotice, int proxyLimit,
                          QuorumBasis quorumBasis, int firstQuorumPercent, boolean secondMeetingAllowed,
                          int secondQuorumPercent, boolean kioskVoting) {
    }

    @Id
    private Long id;

    @Column(name = "notice_days", nullable = false)
    private int noticeDays;

    @Column(name = "notice_working_days", nullable = false)
    private boolean noticeInWorkingDays;

    @Column(name = "schedule_inside_notice", nullable = false)
    private boolean schedulingInsideNotice;

    @Column(name = "proxy_limit", nullable = false)
    private int proxyLimit;

    @Enumerated(EnumType.STRING)
    @Column(name = "quorum_basis", nullable = false, length = 10)
    private QuorumBasis quorumBasis;

    @Column(name = "first_quorum_percent", nullable = false)
    private int firstQuorumPercent;

    @Column(name = "second_meeting_allowed", nullable = false)
    private boolean secondMeetingAllowed;

    @Column(name = "second_quorum_percent", nullable = false)
    private int secondQuorumPercent;

    @Column(name = "kiosk_voting", nullable = false)
    private boolean kioskVoting;

    @Column(name = "confirmed_by", length = 60)
    private String confirmedBy;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Version
    private long version;

    protected AssemblyRules() {
        // for the persistence provider only
    }

    /** The placeholders, as seeded (unconfirmed). */
    public static AssemblyRules defaults() {
        AssemblyRules rules = new AssemblyRules();
        rules.id = SINGLETON;
        rules.set(new Figures(DEFAULT_NOTICE_DAYS, false, false, DEFAULT_PROXY_LIMIT, QuorumBasis.MEMBERS,
                DEFAULT_FIRST_QUORUM, true, DEFAULT_SECOND_QUORUM, false));
        return rules;
    }

    /**
     * An admin enters the bylaws' figures; saving confirms them. Breaks {@code rule.assemblyRules.notice} (0 to
     * {@value #NOTICE_MAX} days), {@code rule.assemblyRules.proxyLimit} (0 — no proxies — to {@value #PROXY_LIMIT_MAX}),
     * {@code rule.assemblyRules.basisRequired} or {@code rule.assemblyRules.percent} (1 to 100).
     */
    public Change change(Figures figures, String by, Instant at) {
        Objects.requireNonNull(figures, "figures");
        if (figures.noticeDays() < 0 || figures.noticeDays() > NOTICE_MAX) {
            throw new DomainException("rule.assemblyRules.notice", NOTICE_MAX);
        }
        if (figures.proxyLimit() < 0 || figures.proxyLimit() > PROXY_LIMIT_MAX) {
            throw new DomainException("rule.assemblyRules.proxyLimit", PROXY_LIMIT_MAX);
        }
        if (figures.quorumBasis() == null) {
            throw new DomainException("rule.assemblyRules.basisRequired");
        }
        if (outOfRange(figures.firstQuorumPercent())
                || figures.secondMeetingAllowed() && outOfRange(figures.secondQuorumPercent())) {
            throw new DomainException("rule.assemblyRules.percent");
        }
        String before = describe();
        set(figures);
        confirmedBy = Objects.requireNonNull(by);
        confirmedAt = Objects.requireNonNull(at);
        return Change.of("SETTINGS", "assembly", "change", null, null, by, at, before + " → " + describe());
    }

    private static boolean outOfRange(int percent) {
        return percent < 1 || percent > 100;
    }

    private void set(Figures figures) {
        noticeDays = figures.noticeDays();
        noticeInWorkingDays = figures.noticeInWorkingDays();
        schedulingInsideNotice = figures.schedulingInsideNotice();
        proxyLimit = figures.proxyLimit();
        quorumBasis = figures.quorumBasis();
        firstQuorumPercent = figures.firstQuorumPercent();
        secondMeetingAllowed = figures.secondMeetingAllowed();
        secondQuorumPercent = figures.secondMeetingAllowed() ? figures.secondQuorumPercent() : secondQuorumPercent;
        kioskVoting = figures.kioskVoting();
    }

    private String describe() {
        return "notice " + noticeDays + (noticeInWorkingDays ? " working" : " calendar") + " days"
                + (schedulingInsideNotice ? " (inside allowed)" : "") + ", proxies " + proxyLimit + ", quorum "
                + quorumBasis + " " + firstQuorumPercent + "%"
                + (secondMeetingAllowed ? " / second " + secondQuorumPercent + "%" : " / no second")
                + (kioskVoting ? ", kiosk voting" : "");
    }

    /** The figures as they stand. */
    public Figures figures() {
        return new Figures(noticeDays, noticeInWorkingDays, schedulingInsideNotice, proxyLimit, quorumBasis,
                firstQuorumPercent, secondMeetingAllowed, secondQuorumPercent, kioskVoting);
    }

    /** Whether an administrator has confirmed the figures (saved them); until then they are placeholders. */
    public boolean confirmed() {
        return confirmedAt != null;
    }

    public int noticeDays() { return noticeDays; }
    public boolean noticeInWorkingDays() { return noticeInWorkingDays; }
    public boolean schedulingInsideNotice() { return schedulingInsideNotice; }
    public int proxyLimit() { return proxyLimit; }
    public QuorumBasis quorumBasis() { return quorumBasis; }
    public int firstQuorumPercent() { return firstQuorumPercent; }
    public boolean secondMeetingAllowed() { return secondMeetingAllowed; }
    public int secondQuorumPercent() { return secondQuorumPercent; }
    public boolean kioskVoting() { return kioskVoting; }
    public String confirmedBy() { return confirmedBy; }
    public Instant confirmedAt() { return confirmedAt; }
    public long version() { return version; }
}
