package coop.khidma.satisfaction.entity;

import coop.khidma.audit.entity.Change;
import coop.khidma.person.PersonName;
import coop.khidma.person.SaudiMobile;
import coop.khidma.platform.i18n.DomainException;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;

/**
 * A visitor who commented or suggested and asked to be answered: their name, mobile and message, kept in a table of
 * its own and never linked to a rating (so a reply never reveals, or depends on, how they scored). Linked to the
 * suggestion when the message was one, so the reply can tell them its outcome.
 */
@Entity
@Table(name = "reply_request")
public class ReplyRequest {

    public static final String SUBJECT_TYPE = "REPLY";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = PersonName.MAX)
    private String name;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "mobile", nullable = false, updatable = false, length = 13))
    private SaudiMobile mobile;

    @Column(nullable = false, updatable = false, length = Suggestion.TEXT_MAX)
    private String message;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "suggestion_id", updatable = false)
    private Suggestion suggestion;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "replied_by", length = 60)
    private String repliedBy;

    @Column(name = "replied_at")
    private Instant repliedAt;

    @Version
    private long version;

    protected ReplyRequest() {
        // for the persistence provider only
    }

    /** Breaks {@code rule.name.required}, {@code rule.name.tooLong} or {@code rule.reply.message}. */
    public ReplyRequest(String name, SaudiMobile mobile, String message, Suggestion suggestion, Instant at) {
        this.name = PersonName.check(name);
        this.mobile = Objects.requireNonNull(mobile, "mobile");
        this.message = Suggestion.required(message, Suggestion.TEXT_MAX, "rule.reply.message");
        this.suggestion = suggestion;
        this.requestedAt = Objects.requireNonNull(at, "at");
    }

    /** The audit fact: never the name, mobile or message. */
    public Change requested() {
        return requested(Change.KIOSK);
    }

    /** The same, for a reply asked for on another channel ({@code by} names it). */
    public Change requested(String by) {
        return Change.of(SUBJECT_TYPE, subject(), "askReply", null, "OPEN", by, requestedAt, null);
    }

    /** Staff answered the visitor. Breaks {@code rule.reply.alreadyReplied}. */
    public Change replied(String by, Instant at) {
        if (repliedAt != null) {
            throw new DomainException("rule.reply.alreadyReplied");
        }
        repliedBy = Objects.requireNonNull(by);
        repliedAt = Objects.requireNonNull(at);
        return Change.of(SUBJECT_TYPE, subject(), "reply", "OPEN", "REPLIED", by, at, null);
    }

    public String subject() {
        return "reply/" + id;
    }

    public Long id() { return id; }
    public String name() { return name; }
    public SaudiMobile mobile() { return mobile; }
    public String message() { return message; }
    public Suggestion suggestion() { return suggestion; }
    public Instant requestedAt() { return requestedAt; }
    public String repliedBy() { return repliedBy; }
    public Instant repliedAt() { return repliedAt; }
    public long version() { return version; }
}
