package coop.khidma.assembly.entity;

import coop.khidma.audit.entity.Change;
import coop.khidma.platform.i18n.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * One member's vote on one agenda item: for, against or abstain, cast by the member present in person or by the proxy
 * holder representing them ({@link #castByNumber}), recorded at the kiosk by the attendee or at the console by staff.
 * Unique per item and member in the schema, and never changed: a vote is counted once. Nobody's vote is shown to other
 * members — the screens and the minutes show only the totals; the audit trail records that a vote was recorded, by
 * whom and for whom, not its choice.
 */
@Entity(name = "AssemblyVote")
@Table(name = "assembly_vote")
public class Vote {

    public static final String SUBJECT_TYPE = "ASSEMBLY_VOTE";

    /** A member's choice on an item. */
    public enum Choice {
        FOR,
        AGAINST,
        ABSTAIN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assembly_id", nullable = false)
    private long assemblyId;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "item_position", nullable = false)
    private int itemPosition;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Column(name = "membership_number", nullable = false, length = 20)
    private String membershipNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Choice choice;

    @Column(name = "cast_by_member_id", nullable = false)
    private long castByMemberId;

    @Column(name = "cast_by_number", nullable = false, length = 20)
    private String castByNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "recorded_at_desk", nullable = false, length = 10)
    private Attendance.Desk desk;

    @Column(name = "recorded_by", nullable = false, length = 60)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Vote() {
        // for the persistence provider only
    }

    /**
     * The vote of the member {@code attendance} names on {@code item}, cast by their voter (the rules checked who may
     * cast it and that it is the first). Breaks {@code rule.vote.noVote} for an information-only item and
     * {@code rule.vote.choiceRequired} without a choice.
     */
    public static Vote cast(AgendaItem item, Attendance attendance, Choice choice, Attendance.Desk desk, String by,
                            Instant at) {
        if (!item.isVoted()) {
            throw new DomainException("rule.vote.noVote", item.position());
        }
        if (choice == null) {
            throw new DomainException("rule.vote.choiceRequired");
        }
        if (item.assembly().id() != attendance.assemblyId()) {
            throw new IllegalArgumentException("the item and the attendance belong to different meetings");
        }
        Vote vote = new Vote();
        vote.assemblyId = attendance.assemblyId();
        vote.itemId = item.id();
        vote.itemPosition = item.position();
        vote.memberId = attendance.memberId();
        vote.membershipNumber = attendance.membershipNumber();
        vote.castByMemberId = attendance.voterMemberId();
        vote.castByNumber = attendance.voterNumber();
        vote.choice = choice;
        vote.desk = Objects.requireNonNull(desk);
        vote.recordedBy = Objects.requireNonNull(by);
        vote.recordedAt = Objects.requireNonNull(at);
        return vote;
    }

    /** The audit fact of {@link #cast}: for whom, by whom, where — never the choice. */
    public Change recorded() {
        return Change.of(SUBJECT_TYPE, GeneralAssembly.reference(assemblyId), "vote", null,
                "item " + itemPosition + ", " + membershipNumber, recordedBy, recordedAt,
                "cast by " + castByNumber + ", " + desk);
    }

    public Long id() { return id; }
    public long assemblyId() { return assemblyId; }
    public long itemId() { return itemId; }
    public int itemPosition() { return itemPosition; }
    public long memberId() { return memberId; }
    public String membershipNumber() { return membershipNumber; }
    public Choice choice() { return choice; }
    public long castByMemberId() { return castByMemberId; }
    public String castByNumber() { return castByNumber; }
    public Attendance.Desk desk() { return desk; }
    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
}
