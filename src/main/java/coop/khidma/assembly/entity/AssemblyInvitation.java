package coop.khidma.assembly.entity;

import coop.khidma.audit.entity.Change;
import coop.khidma.correspondence.entity.MessageChannel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * That a member was invited to a meeting: who (the member's id and membership number, and the shares held on the
 * record date), when, by whom and how (the channel of the message; a printed letter may follow). The check-in code sent
 * in the message is kept only as a hash (SHA-256 over the meeting, the member and the code): it is shown once, in the
 * message, and checked at the kiosk with {@link #matches}.
 */
@Entity
@Table(name = "assembly_invitation")
public class AssemblyInvitation {

    public static final String SUBJECT_TYPE = "ASSEMBLY_INVITATION";

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
    private MessageChannel channel;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "sent_by", nullable = false, length = 60)
    private String sentBy;

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @Version
    private long version;

    protected AssemblyInvitation() {
        // for the persistence provider only
    }

    /** The member with {@code memberId} is invited by {@code channel}, with the check-in {@code code} (kept hashed). */
    public static AssemblyInvitation send(long assemblyId, long memberId, String membershipNumber, int shares,
                                          MessageChannel channel, String code, String by, Instant at) {
        AssemblyInvitation invitation = new AssemblyInvitation();
        invitation.assemblyId = assemblyId;
        invitation.memberId = memberId;
        invitation.membershipNumber = Objects.requireNonNull(membershipNumber);
        invitation.shares = shares;
        invitation.channel = Objects.requireNonNull(channel);
        invitation.codeHash = hash(assemblyId, memberId, Objects.requireNonNull(code));
        invitation.sentBy = Objects.requireNonNull(by);
        invitation.sentAt = Objects.requireNonNull(at);
        return invitation;
    }

    /** The audit fact of {@link #send}: never the code. */
    public Change sent() {
        return Change.of(SUBJECT_TYPE, GeneralAssembly.reference(assemblyId), "invite", null, membershipNumber,
                sentBy, sentAt, channel + ", " + shares + " shares");
    }

    /** Whether {@code code} is the one sent in this invitation (compared in constant time). */
    public boolean matches(String code) {
        if (code == null) {
            return false;
        }
        return MessageDigest.isEqual(codeHash.getBytes(StandardCharsets.US_ASCII),
                hash(assemblyId, memberId, code.strip()).getBytes(StandardCharsets.US_ASCII));
    }

    static String hash(long assemblyId, long memberId, String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((assemblyId + ":" + memberId + ":" + code).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException(missing);
        }
    }

    public Long id() { return id; }
    public long assemblyId() { return assemblyId; }
    public long memberId() { return memberId; }
    public String membershipNumber() { return membershipNumber; }
    public int shares() { return shares; }
    public MessageChannel channel() { return channel; }
    public Instant sentAt() { return sentAt; }
    public String sentBy() { return sentBy; }
    public long version() { return version; }
}
