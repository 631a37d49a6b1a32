package coop.khidma.assembly.entity;

import coop.khidma.audit.entity.Change;
import coop.khidma.platform.i18n.DomainException;
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
 * A member (the grantor) appoints another member (the holder) to attend and vote for them at one meeting, from a
 * request of type {@code PROXY_APPOINTMENT} carried out by staff. It can be withdrawn until the meeting starts; a
 * withdrawn proxy stays on record. Named {@code AssemblyProxy} in queries.
 */
@Entity(name = "AssemblyProxy")
@Table(name = "assembly_proxy")
public class Proxy {

    public static final String SUBJECT_TYPE = "ASSEMBLY_PROXY";
    public static final String REQUEST_TYPE = "PROXY_APPOINTMENT";

    /** The two members, as the entitled members' roll gives them on the record date ({@code null}: not entitled). */
    public record Parties(Long grantorMemberId, String grantorNumber, Long holderMemberId, String holderNumber) {
    }

    /** What the other proxies of the meeting say about the two members. */
    public record Standing(boolean grantorAlreadyGave, boolean grantorHolds, boolean holderGave, int holderHolds) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assembly_id", nullable = false)
    private long assemblyId;

    @Column(name = "grantor_member_id", nullable = false)
    private long grantorMemberId;

    @Column(name = "grantor_number", nullable = false, length = 20)
    private String grantorNumber;

    @Column(name = "holder_member_id", nullable = false)
    private long holderMemberId;

    @Column(name = "holder_number", nullable = false, length = 20)
    private String holderNumber;

    @Column(name = "request_id")
    private Long requestId;

    @Column(name = "request_reference", length = 30)
    private String requestReference;

    @Column(name = "appointed_by", nullable = false, length = 60)
    private String appointedBy;

    @Column(name = "appointed_at", nullable = false)
    private Instant appointedAt;

    @Column(name = "withdrawn_by", length = 60)
    private String withdrawnBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Version
    private long version;

    protected Proxy() {
        // for the persistence provider only
    }

    /**
     * The grantor appoints the holder for the meeting. Breaks {@code rule.proxy.meetingStarted} (or
     * {@code rule.assembly.notScheduled}), {@code rule.proxy.grantorNotEntitled}, {@code rule.proxy.holderNotEntitled},
     * {@code rule.proxy.self}, {@code rule.proxy.alreadyGiven} (the grantor has a proxy in force),
     * {@code rule.proxy.grantorHolds} (the grantor holds proxies of others), {@code rule.proxy.holderGave} (the holder
     * gave their own vote away) or {@code rule.proxy.limit} (the holder already holds {@code limit}).
     */
    public static Proxy appoint(GeneralAssembly assembly, Parties parties, Standing standing, int limit,
                                Long requestId, String requestReference, String by, Instant at) {
        assembly.requireNotStarted(at);
        if (parties.grantorMemberId() == null) {
            throw new DomainException("rule.proxy.grantorNotEntitled");
        }
        if (parties.holderMemberId() == null) {
            throw new DomainException("rule.proxy.holderNotEntitled");
        }
        if (parties.grantorMemberId().equals(parties.holderMemberId())) {
            throw new DomainException("rule.proxy.self");
        }
        if (standing.grantorAlreadyGave()) {
            throw new DomainException("rule.proxy.alreadyGiven", parties.grantorNumber());
        }
        if (standing.grantorHolds()) {
            throw new DomainException("rule.proxy.grantorHolds", parties.grantorNumber());
        }
        if (standing.holderGave()) {
            throw new DomainException("rule.proxy.holderGave", parties.holderNumber());
        }
        if (standing.holderHolds() >= limit) {
            throw new DomainException("rule.proxy.limit", parties.holderNumber(), limit);
        }
        Proxy proxy = new Proxy();
        proxy.assemblyId = assembly.id();
        proxy.grantorMemberId = parties.grantorMemberId();
        proxy.grantorNumber = parties.grantorNumber();
        proxy.holderMemberId = parties.holderMemberId();
        proxy.holderNumber = parties.holderNumber();
        proxy.requestId = requestId;
        proxy.requestReference = requestReference;
        proxy.appointedBy = Objects.requireNonNull(by);
        proxy.appointedAt = Objects.requireNonNull(at);
        return proxy;
    }

    /** The audit fact of {@link #appoint}. */
    public Change appointed() {
        return Change.of(SUBJECT_TYPE, GeneralAssembly.reference(assemblyId), "appoint", grantorNumber, holderNumber,
                appointedBy, appointedAt, requestReference);
    }

    /** Withdrawn before the meeting starts; breaks {@code rule.proxy.meetingStarted} or {@code rule.proxy.withdrawn}. */
    public Change withdraw(GeneralAssembly assembly, String by, Instant at) {
        if (withdrawnAt != null) {
            throw new DomainException("rule.proxy.withdrawn");
        }
        assembly.requireNotStarted(at);
        withdrawnBy = Objects.requireNonNull(by);
        withdrawnAt = Objects.requireNonNull(at);
        return Change.of(SUBJECT_TYPE, GeneralAssembly.reference(assemblyId), "withdraw", "IN_FORCE", "WITHDRAWN", by,
                at, grantorNumber + " → " + holderNumber);
    }

    public boolean inForce() {
        return withdrawnAt == null;
    }

    public Long id() { return id; }
    public long assemblyId() { return assemblyId; }
    public long grantorMemberId() { return grantorMemberId; }
    public String grantorNumber() { return grantorNumber; }
    public long holderMemberId() { return holderMemberId; }
    public String holderNumber() { return holderNumber; }
    public Long requestId() { return requestId; }
    public String requestReference() { return requestReference; }
    public String appointedBy() { return appointedBy; }
    public Instant appointedAt() { return appointedAt; }
    public String withdrawnBy() { return withdrawnBy; }
    public Instant withdrawnAt() { return withdrawnAt; }
    public long version() { return version; }
}
