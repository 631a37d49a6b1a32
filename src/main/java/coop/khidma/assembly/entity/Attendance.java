package coop.khidma.assembly.entity;

import coop.khidma.assembly.control.Representation;
import coop.khidma.audit.entity.Change;
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
import java.util.Objects;

/**
 * That an invited member is present at a meeting: in person, or represented by the proxy holder who checked in
 * ({@link #voterMemberId} is who casts this member's votes), with the shares held on the record date (from the
 * invitation), when, and how it was recorded — at the kiosk with the national ID and the invitation's code, or by staff
 * at the console. One row per member and meeting (unique in the schema): nobody is counted twice.
 */
@Entity
@Table(name = "assembly_attendance")
public class Attendance {

    public static final String SUBJECT_TYPE = "ASSEMBLY_ATTENDANCE";

    /** Where a check-in was recorded. */
    public enum Desk {
        KIOSK,
        CONSOLE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assembly_id", nullable = false)
    private long assemblyId;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Column(name = "membership_number", nullable = false, length = 20)
    private String membershipNumber;

    @Column(nullable = false)
    private int shares;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Representation.Mode mode;

    @Column(name = "voter_member_id", nullable = false)
    private long voterMemberId;

    @Column(name = "voter_number", nullable = false, length = 20)
    private String voterNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "recorded_at_desk", nullable = false, length = 10)
    private Desk desk;

    @Column(name = "recorded_by", nullable = false, length = 60)
    private String recordedBy;

    @Column(name = "checked_in_at", nullable = false)
    private Instant checkedInAt;

    @Version
    private long version;

    protected Attendance() {
        // for the persistence provider only
    }

    /**
     * The invited member is present as {@code presence} says ({@link Representation#arrive} decided it);
     * {@code voter} is the invitation of whoever casts their votes (the member themself in person).
     */
    public static Attendance record(AssemblyInvitation invitation, Representation.Presence presence,
                                    AssemblyInvitation voter, Desk desk, String by, Instant at) {
        if (invitation.memberId() != presence.memberId() || voter.memberId() != presence.voterId()) {
            throw new IllegalArgumentException("the presence names other members");
        }
        Attendance attendance = new Attendance();
        attendance.assemblyId = invitation.assemblyId();
        attendance.memberId = invitation.memberId();
        attendance.membershipNumber = invitation.membershipNumber();
        attendance.shares = invitation.shares();
        attendance.mode = presence.mode();
        attendance.voterMemberId = voter.memberId();
        attendance.voterNumber = voter.membershipNumber();
        attendance.desk = Objects.requireNonNull(desk);
        attendance.recordedBy = Objects.requireNonNull(by);
        attendance.checkedInAt = Objects.requireNonNull(at);
        return attendance;
    }

    /** The audit fact of {@link #record}. */
    public Change recorded() {
        return Change.of(SUBJECT_TYPE, GeneralAssembly.reference(assemblyId), "checkIn", null, membershipNumber,
                recordedBy, checkedInAt, mode + (mode == Representation.Mode.BY_PROXY ? " through " + voterNumber : "")
                        + ", " + desk + ", " + shares + " shares");
    }

    /** This member's presence, as the rules read it. */
    public Representation.Presence presence() {
        return new Representation.Presence(memberId, mode, voterMemberId);
    }

    public Long id() { return id; }
    public long assemblyId() { return assemblyId; }
    public long memberId() { return memberId; }
    public String membershipNumber() { return membershipNumber; }
    public int shares() { return shares; }
    public Representation.Mode mode() { return mode; }
    public long voterMemberId() { return voterMemberId; }
    public String voterNumber() { return voterNumber; }
    public Desk desk() { return desk; }
    public String recordedBy() { return recordedBy; }
    public Instant checkedInAt() { return checkedInAt; }
    public long version() { return version; }
}
