package coop.khidma.membership.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of the share register: shares that came to or left a {@link Member} (who owns their movements and is
 * their one writer), on which day, by whose hand, on what evidence (the payment receipt's or the board decision's
 * reference) and through which request; a transfer names the other member. Written once, never edited: the member's
 * shares are the sum of their movements, and what a member held on any day is the sum of those up to that day.
 */
@Entity
@Table(name = "share_movement")
public class ShareMovement {

    public static final int REFERENCE_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false, updatable = false)
    private Member member;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 30)
    private ShareMovementKind kind;

    /** The change, signed: positive in, negative out. */
    @Column(nullable = false, updatable = false)
    private int shares;

    /** The member's shares after this movement. */
    @Column(nullable = false, updatable = false)
    private int balance;

    /** The day (Asia/Riyadh) from which the movement counts. */
    @Column(name = "effective_on", nullable = false, updatable = false)
    private LocalDate effectiveOn;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 60)
    private String recordedBy;

    /** The payment receipt's reference (subscriptions) or the board decision's (transfers). */
    @Column(updatable = false, length = REFERENCE_MAX)
    private String evidence;

    /** The request the movement carried out (the application, the subscription, the transfer, the withdrawal). */
    @Column(name = "request_reference", updatable = false, length = 20)
    private String requestReference;

    /** For a transfer, the other member's membership number. */
    @Column(updatable = false, length = Member.NUMBER_MAX)
    private String counterpart;

    protected ShareMovement() {
        // for the persistence provider only
    }

    static ShareMovement of(Member member, ShareMovementKind kind, int count, int balance, LocalDate on,
                            Instant at, String by, String evidence, String requestReference, String counterpart) {
        ShareMovement movement = new ShareMovement();
        movement.member = Objects.requireNonNull(member);
        movement.kind = Objects.requireNonNull(kind);
        movement.shares = kind.sign() * count;
        movement.balance = balance;
        movement.effectiveOn = Objects.requireNonNull(on);
        movement.recordedAt = Objects.requireNonNull(at);
        movement.recordedBy = Objects.requireNonNull(by);
        movement.evidence = evidence;
        movement.requestReference = requestReference;
        movement.counterpart = counterpart;
        return movement;
    }

    public Long id() {
        return id;
    }

    public ShareMovementKind kind() {
        return kind;
    }

    /** Signed: positive in, negative out. */
    public int shares() {
        return shares;
    }

    public int balance() {
        return balance;
    }

    public LocalDate effectiveOn() {
        return effectiveOn;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public String evidence() {
        return evidence;
    }

    public String requestReference() {
        return requestReference;
    }

    public String counterpart() {
        return counterpart;
    }
}
