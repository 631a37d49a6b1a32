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

import java.time.Instant;
import java.util.Objects;

/**
 * One message in the outbox: to whom, by which channel, why, and its text in Arabic and in English. Written in the
 * same transaction as the change it reports; sent later by a sender that marks it sent or failed.
 */
@Entity
@Table(name = "message")
public class Message {

    public static final int MAX_ATTEMPTS = 5;
    public static final int SUBJECT_MAX = 200;
    public static final int BODY_MAX = 4000;

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
        return message;
    }

    /** The audit fact of {@link #queue}. */
    public Change queued() {
        return Change.of("MESSAGE", requestReference, "queue", null, state, Change.SYSTEM, createdAt,
                kind + " by " + channel);
    }

    /** Sent or printed; breaks {@code rule.message.notPending}. */
    public Change markSent(Instant at) {
        requirePending();
        state = MessageState.SENT;
        sentAt = Objects.requireNonNull(at);
        attempts++;
        return Change.of("MESSAGE", requestReference, "send", MessageState.PENDING, state, Change.SYSTEM, at,
                kind + " by " + channel);
    }

    /** A failed attempt; after {@value #MAX_ATTEMPTS} the message is FAILED. Breaks {@code rule.message.notPending}. */
    public Change markFailed(String error, Instant at) {
        requirePending();
        attempts++;
        lastError = error == null ? null : cut(error, 500);
        if (attempts >= MAX_ATTEMPTS) {
            state = MessageState.FAILED;
        }
        return Change.of("MESSAGE", requestReference, "sendFailed", MessageState.PENDING, state, Change.SYSTEM, at,
                "attempt " + attempts);
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

    public MessageState state() {
        return state;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }

    public long version() {
        return version;
    }
}
