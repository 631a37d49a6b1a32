package coop.khidma.intake.entity;

import coop.khidma.platform.i18n.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
 * The member service request (طلب خدمة عضو): the record the whole workflow moves. It changes only through
 * its own verbs, each checking its rule.
 */
@Entity
@Table(name = "service_request")
public class ServiceRequest {

    public static final String INQUIRY = "INQUIRY";
    public static final int DETAILS_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 20)
    private String reference;

    @Column(name = "type_code", nullable = false, length = 40)
    private String typeCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RequestStatus status;

    @Embedded
    private Requester requester;

    @Column(length = DETAILS_MAX)
    private String details;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Version
    private long version;

    protected ServiceRequest() {
    }

    /** A question the member wants answered (policy: answer all their inquiries). */
    public static ServiceRequest inquiry(String reference, Requester requester, String question, Channel channel,
                                         Instant at) {
        ServiceRequest request = new ServiceRequest();
        request.reference = Objects.requireNonNull(reference);
        request.typeCode = INQUIRY;
        request.requester = Objects.requireNonNull(requester);
        request.details = checkQuestion(question);
        request.channel = Objects.requireNonNull(channel, "channel is mandatory");
        request.status = RequestStatus.SUBMITTED;
        request.submittedAt = Objects.requireNonNull(at);
        return request;
    }

    /** A human-readable reference, unique per year: {@code 2026-000042}. */
    public static String reference(int year, long number) {
        return String.format("%d-%06d", year, number);
    }

    /** @throws DomainException {@code rule.question.required} or {@code rule.question.tooLong} */
    public static String checkQuestion(String question) {
        String trimmed = question == null ? "" : question.strip();
        if (trimmed.isEmpty()) {
            throw new DomainException("rule.question.required");
        }
        if (trimmed.length() > DETAILS_MAX) {
            throw new DomainException("rule.question.tooLong", DETAILS_MAX);
        }
        return trimmed;
    }

    public String reference() {
        return reference;
    }

    public String typeCode() {
        return typeCode;
    }

    public Channel channel() {
        return channel;
    }

    public RequestStatus status() {
        return status;
    }

    public Requester requester() {
        return requester;
    }

    public String details() {
        return details;
    }

    public Instant submittedAt() {
        return submittedAt;
    }
}
