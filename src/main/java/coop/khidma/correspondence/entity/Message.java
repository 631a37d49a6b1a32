package coop.khidma.correspondence.entity;

import coop.khidma.audit.entity.Change;
import coop.khidma.person.EmailAddress;
import coop.khidma.person.SaudiMobile;
import coop.khidma.platform.i18n.DomainException;
import jakarta.persistence.AttributeOverride;
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

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One message in the outbox: to whom, by which channel, why, and its text in Arabic and in English. Written in the
 * same transaction as the change it reports; then PENDING → SENT (accepted by the provider, with its id) → DELIVERED or
 * FAILED (its delivery report); a temporary failure waits and retries with back-off, a permanent one fails at once;
 * NO_GATEWAY when nothing on the server could send it. Never SENT when nothing left the server.
 */
@Entity
@Table(name = "message")
public class Message {

    public static final int MAX_ATTEMPTS = 5;
    public static final int SUBJECT_MAX = 200;
    public static final int BODY_MAX = 4000;
    public static final int PROVIDER_ID_MAX = 100;
    /** The wait after the first temporary failure; it doubles with each further one. */
    public static final Duration FIRST_RETRY = Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_reference", nullable = false, updatable = false, length = 20)
    private String requestReference;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "recipient_mobile", length = 13, updatable = false))
    private SaudiMobile recipientMobile;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "recipient_email", length = EmailAddress.MAX,
            updatable = false))
    private EmailAddress recipientEmail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private MessageChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 30)
    private MessageKind kind;

    @Column(name = "subject_ar", nullable = false, updatable = false, length = SUBJECT_MAX)
    private String subjectArabic;

    @Column(name = "body_ar", nullable = false, updatable = false, length = BODY_MAX)
    private String bodyArabic;

    @Column(name = "subject_en", nullable = false, updatable = false, length = SUBJECT_MAX)
    private String subjectEnglish;

    @Column(name = "body_en", nullable = false, updatable = false, length = BODY_MAX)
    private String bodyEnglish;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MessageState state;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 500)
    private String lastError;

    /** The provider's id for the message once it accepted it; its delivery report names it. */
    @Column(name = "provider_id", length = PROVIDER_ID_MAX)
    private String providerId;

    /** After a temporary failure, not before this instant. */
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    /** When the provider's delivery report (delivered or failed) was taken. */
    @Column(name = "reported_at")
    private Instant reportedAt;

    /**
     * For an acknowledgement of a website filing: which client filed it, as a fingerprint of its address (never the
     * address), so that one client cannot make the association write to stranger after stranger.
     */
    @Column(name = "filed_from", length = 16, updatable = false)
    private String filedFrom;

    /** Its person's data was erased (or its request anonymised) while it waited: anonymised once sent. */
    @Column(name = "erase_after_send", nullable = false, insertable = false, updatable = false)
    private boolean eraseAfterSend;

    @Version
    private long version;

    protected Message() {
        // for the persistence provider only
    }

    /**
     * The letter queued for the recipient by the channel chosen for them, filed under the letter's reference. E-mail
     * needs an address ({@code rule.message.noEmail}); SMS needs a mobile ({@code rule.message.noMobile}); a letter is
     * printed and needs neither.
     */
    public static Message queue(Letter letter, Recipient to, Instant at) {
        return queue(letter, to, at, null);
    }

    /**
     * The same, for a letter caused by a filing from the website client of the fingerprint {@code filedFrom} (sixteen
     * hex digits; {@code null} for any other).
     */
    public static Message queue(Letter letter, Recipient to, Instant at, String filedFrom) {
        if (filedFrom != null && !filedFrom.matches("[0-9a-f]{16}")) {
            throw new IllegalArgumentException("not a client fingerprint");
        }
        MessageChannel channel = to.channel();
        if (channel == MessageChannel.EMAIL && to.email() == null) {
            throw new DomainException("rule.message.noEmail");
        }
        if (channel == MessageChannel.SMS && to.mobile() == null) {
            throw new DomainException("rule.message.noMobile");
        }
        Message message = new Message();
        message.requestReference = letter.reference();
        message.kind = letter.kind();
        message.channel = channel;
        message.recipientMobile = to.mobile();
        message.recipientEmail = to.email();
        message.subjectArabic = cut(letter.subjectArabic(), SUBJECT_MAX);
        message.bodyArabic = cut(letter.bodyArabic(), BODY_MAX);
        message.subjectEnglish = cut(letter.subjectEnglish(), SUBJECT_MAX);
        message.bodyEnglish = cut(letter.bodyEnglish(), BODY_MAX);
        message.createdAt = Objects.requireNonNull(at, "at");
        message.state = MessageState.PENDING;
        message.filedFrom = filedFrom;
        return message;
    }

    /**
     * A new try of a message that could not be delivered (FAILED, or NO_GATEWAY): the same letter to the same recipient
     * on the same channel, queued afresh at {@code at}; the message it repeats stays as it was, true to what happened.
     * Breaks {@code rule.message.notResendable} for a message in any other state, a printed letter, or one whose
     * recipient was erased.
     */
    public Message resent(Instant at) {
        boolean undelivered = state == MessageState.FAILED || state == MessageState.NO_GATEWAY;
        boolean reachable = channel == MessageChannel.SMS ? recipientMobile != null
                : channel == MessageChannel.EMAIL && recipientEmail != null;
        if (!undelivered || !reachable) {
            throw new DomainException("rule.message.notResendable", state);
        }
        Message again = new Message();
        again.requestReference = requestReference;
        again.kind = kind;
        again.channel = channel;
        again.recipientMobile = recipientMobile;
        again.recipientEmail = recipientEmail;
        again.subjectArabic = subjectArabic;
        again.bodyArabic = bodyArabic;
        again.subjectEnglish = subjectEnglish;
        again.bodyEnglish = bodyEnglish;
        again.createdAt = Objects.requireNonNull(at, "at");
        again.state = MessageState.PENDING;
        return again;
    }

    /** The audit fact of {@link #resent}: who asked for the new try of which message. */
    public Change resentFrom(Message earlier, String actor) {
        return Change.of("MESSAGE", requestReference, "resend", earlier.state, state, actor, createdAt,
                kind + " by " + channel + " again after message " + earlier.id);
    }

    /** The audit fact of {@link #queue}. */
    public Change queued() {
        return Change.of("MESSAGE", requestReference, "queue", null, state, Change.SYSTEM, createdAt,
                kind + " by " + channel);
    }

    /**
     * Accepted by the provider, which gave it the id its delivery report will name; breaks
     * {@code rule.message.notPending}, and {@code rule.message.noProviderId} without an id: nothing is "sent" that did
     * not leave the server.
     */
    public Change markSent(String providerMessageId, Instant at) {
        requirePending();
        if (providerMessageId == null || providerMessageId.isBlank() || providerMessageId.length() > PROVIDER_ID_MAX) {
            throw new DomainException("rule.message.noProviderId");
        }
        state = MessageState.SENT;
        providerId = providerMessageId;
        sentAt = Objects.requireNonNull(at);
        nextAttemptAt = null;
        attempts++;
        return Change.of("MESSAGE", requestReference, "send", MessageState.PENDING, state, Change.SYSTEM, at,
                kind + " by " + channel + " attempt " + attempts);
    }

    /**
     * A temporary failure (the provider busy, down or silent): tried again after {@link #retryDelay} of the attempts
     * so far, FAILED after {@value #MAX_ATTEMPTS}; the reason is kept. Breaks {@code rule.message.notPending}.
     */
    public Change markRetry(String error, Instant at) {
        requirePending();
        attempts++;
        lastError = error == null ? null : cut(error, 500);
        if (attempts >= MAX_ATTEMPTS) {
            state = MessageState.FAILED;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = at.plus(retryDelay(attempts));
        }
        return Change.of("MESSAGE", requestReference, "sendFailed", MessageState.PENDING, state, Change.SYSTEM, at,
                "attempt " + attempts + ": " + lastError);
    }

    /** A permanent failure (the provider refused it, e.g. a bad number): FAILED at once, the reason kept. */
    public Change markFailed(String error, Instant at) {
        requirePending();
        attempts++;
        lastError = error == null ? null : cut(error, 500);
        state = MessageState.FAILED;
        nextAttemptAt = null;
        return Change.of("MESSAGE", requestReference, "sendFailed", MessageState.PENDING, state, Change.SYSTEM, at,
                "attempt " + attempts + ": " + lastError);
    }

    /** Nothing on the server can send it (no gateway configured): said so, with the reason, never "sent". */
    public Change markNoGateway(String reason, Instant at) {
        requirePending();
        lastError = cut(Objects.requireNonNull(reason, "reason"), 500);
        state = MessageState.NO_GATEWAY;
        nextAttemptAt = null;
        return Change.of("MESSAGE", requestReference, "noGateway", MessageState.PENDING, state, Change.SYSTEM, at,
                lastError);
    }

    /**
     * The provider's delivery report: a SENT message becomes DELIVERED, or FAILED with the reason. A repeated report
     * (the message already reported) changes nothing and returns empty; a report on a message never sent breaks
     * {@code rule.message.notSent}.
     */
    public Optional<Change> report(boolean delivered, String reason, Instant at) {
        if (reportedAt != null) {
            return Optional.empty();
        }
        if (state != MessageState.SENT) {
            throw new DomainException("rule.message.notSent", state);
        }
        state = delivered ? MessageState.DELIVERED : MessageState.FAILED;
        reportedAt = Objects.requireNonNull(at);
        if (!delivered) {
            lastError = reason == null ? "not delivered" : cut(reason, 500);
        }
        return Optional.of(Change.of("MESSAGE", requestReference, "report", MessageState.SENT, state, Change.SYSTEM,
                at, delivered ? "delivered" : lastError));
    }

    /** The wait before the next try after {@code attempts} temporary failures: 1, 2, 4, 8… minutes. */
    public static Duration retryDelay(int attempts) {
        return FIRST_RETRY.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 10));
    }

    /** Whether the sender may try it at the instant (waiting, and its back-off over). */
    public boolean dueAt(Instant at) {
        return state == MessageState.PENDING && (nextAttemptAt == null || !nextAttemptAt.isAfter(at));
    }

    private void requirePending() {
        if (state != MessageState.PENDING) {
            throw new DomainException("rule.message.notPending", state);
        }
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** Whether it is to be anonymised as soon as it is sent. */
    public boolean eraseAfterSend() {
        return eraseAfterSend;
    }

    public Long id() {
        return id;
    }

    public String requestReference() {
        return requestReference;
    }

    public SaudiMobile recipientMobile() {
        return recipientMobile;
    }

    public EmailAddress recipientEmail() {
        return recipientEmail;
    }

    public MessageChannel channel() {
        return channel;
    }

    public MessageKind kind() {
        return kind;
    }

    public String subjectArabic() {
        return subjectArabic;
    }

    public String bodyArabic() {
        return bodyArabic;
    }

    public String subjectEnglish() {
        return subjectEnglish;
    }

    public String bodyEnglish() {
        return bodyEnglish;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public String filedFrom() {
        return filedFrom;
    }

    public MessageState state() {
        return state;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }

    public String providerId() {
        return providerId;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant reportedAt() {
        return reportedAt;
    }

    public long version() {
        return version;
    }
}
