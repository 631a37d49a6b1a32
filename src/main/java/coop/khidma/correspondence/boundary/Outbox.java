package coop.khidma.correspondence.boundary;

import coop.khidma.audit.boundary.AuditLog;
import coop.khidma.audit.entity.Change;
import coop.khidma.correspondence.control.DailyMessageLimit;
import coop.khidma.correspondence.control.DeliveryFailure;
import coop.khidma.correspondence.control.MailSettings;
import coop.khidma.correspondence.control.SmsGateway;
import coop.khidma.correspondence.control.SmsSettings;
import coop.khidma.correspondence.control.SmtpMail;
import coop.khidma.correspondence.control.SmsText;
import coop.khidma.correspondence.entity.Letter;
import coop.khidma.correspondence.entity.Message;
import coop.khidma.correspondence.entity.MessageChannel;
import coop.khidma.correspondence.entity.MessageState;
import coop.khidma.correspondence.entity.Recipient;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.security.Roles;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.enterprise.inject.Instance;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Everything Khidma tells a member goes through the outbox, in Arabic and English, to a {@link Recipient} on the
 * one channel the writing component chose for them — never SMS and e-mail at once: for a request, the channel the
 * requester or the member chose (SMS, e-mail, or a letter printed at the counter), else the one it came by — queued in the same transaction as
 * the event it reports, delivered afterwards (SMS through the configured {@link SmsGateway}, saying only fixed text,
 * the reference and the date ({@link SmsText}); e-mail in both languages through the SMTP server of {@link MailSettings}
 * ({@link SmtpMail}); either marked NO_GATEWAY when the server has none); letters wait for staff
 * to print them. It knows
 * letters and recipients, never the requests they are about.
 */
@Stateless
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());
    private static final List<MessageState> UNDELIVERED = List.of(MessageState.FAILED, MessageState.NO_GATEWAY);

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    SmsGateway sms;

    @Inject
    SmtpMail mail;

    @Inject
    MessageAnonymisation anonymisation;

    @Inject
    Clock clock;

    @Resource
    SessionContext caller;

    @Inject
    Instance<CommitteeFiles> committeeFiles;

    /**
     * Queues the letter to the recipient, by the channel chosen for them and under the letter's reference, within the
     * caller's transaction, and audits that it did. An acknowledgement (anyone can make one happen by filing) by SMS
     * or e-mail to a recipient who was already sent {@value DailyMessageLimit#PER_RECIPIENT} today (Riyadh time) is not
     * queued: the refusal is audited under the reference and logged with the number masked, and the filing goes on
     * (its reference is on the screen and the receipt).
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void send(Recipient to, Letter letter) {
        send(to, letter, null);
    }

    /**
     * The same for a letter a website filing caused, from the client of the fingerprint {@code filedFrom} (sixteen hex
     * digits of its address's hash, never the address): besides the recipient's, the filing address's daily limit
     * ({@value DailyMessageLimit#PER_FILING_ADDRESS} acknowledgements by SMS or e-mail) applies; a refusal is audited
     * and logged with the fingerprint only.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void send(Recipient to, Letter letter, String filedFrom) {
        Message message = Message.queue(letter, to, clock.instant(), filedFrom);
        if (DailyMessageLimit.applies(letter.kind(), message.channel())
                && !DailyMessageLimit.allows(sentToday(message))) {
            LOG.warning(() -> "Daily message limit reached: " + message.channel() + " to " + (message.channel()
                    == MessageChannel.SMS ? message.recipientMobile().toString() : "an e-mail address")
                    + " not queued for " + letter.reference());
            audit.record(Change.of("MESSAGE", letter.reference(), "refuseDailyLimit", null, null, Change.SYSTEM,
                    message.createdAt(), letter.kind() + " by " + message.channel()));
            return;
        }
        if (filedFrom != null && DailyMessageLimit.applies(letter.kind(), message.channel())
                && !DailyMessageLimit.allowsFromAddress(sentTodayFrom(message))) {
            LOG.warning(() -> "Daily message limit of a filing address reached: " + message.channel()
                    + " not queued for " + letter.reference() + " (client " + filedFrom + ")");
            audit.record(Change.of("MESSAGE", letter.reference(), "refuseAddressLimit", null, null, Change.SYSTEM,
                    message.createdAt(), letter.kind() + " by " + message.channel() + " from client " + filedFrom));
            return;
        }
        em.persist(message);
        audit.record(message.queued());
    }

    /** How many acknowledgements by SMS or e-mail the filings of the message's client caused today. */
    private long sentTodayFrom(Message message) {
        return em.createQuery("SELECT COUNT(m) FROM Message m WHERE m.filedFrom = :client AND m.kind = :kind "
                        + "AND m.channel <> :letter AND m.createdAt >= :since", Long.class)
                .setParameter("client", message.filedFrom()).setParameter("kind", message.kind())
                .setParameter("letter", MessageChannel.LETTER)
                .setParameter("since", DailyMessageLimit.dayStart(message.createdAt())).getSingleResult();
    }

    /** How many messages of its kind the message's recipient was already sent (queued) on its channel today. */
    private long sentToday(Message message) {
        boolean sms = message.channel() == MessageChannel.SMS;
        return em.createQuery("SELECT COUNT(m) FROM Message m WHERE m.kind = :kind AND m.channel = :channel "
                        + "AND m.createdAt >= :since AND "
                        + (sms ? "m.recipientMobile.value = :recipient" : "m.recipientEmail.value = :recipient"),
                Long.class).setParameter("kind", message.kind()).setParameter("channel", message.channel())
                .setParameter("since", DailyMessageLimit.dayStart(message.createdAt()))
                .setParameter("recipient", sms ? message.recipientMobile().value() : message.recipientEmail().value())
                .getSingleResult();
    }

    /**
     * The messages filed under a reference (a request's), oldest first. The committee reads those of the files put
     * before it ({@link CommitteeFiles}); breaks {@code rule.request.notBeforeCommittee} for any other.
     */
    @RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR, Roles.COMMITTEE, Roles.ADMIN})
    public List<Message> forRequest(String reference) {
        if (Roles.committeeOnly(caller::isCallerInRole)
                && committeeFiles.stream().noneMatch(files -> files.isBeforeCommittee(reference))) {
            throw new DomainException("rule.request.notBeforeCommittee", reference);
        }
        return em.createQuery("SELECT m FROM Message m WHERE m.requestReference = :reference ORDER BY m.createdAt, m.id",
                Message.class).setParameter("reference", reference).getResultList();
    }

    /**
     * Delivers what is due on SMS and e-mail (run by the scheduler); returns how many the provider or the mail server
     * accepted. An SMS is SENT only with the provider's message id; a temporary failure waits with back-off, a refusal
     * fails it at once; with no SMS provider (or no SMTP server, for e-mail) configured it is marked NO_GATEWAY with
     * the reason: nothing left the server, and staff see so. The batch's audit entries are written together once
     * every message has been handed over, in the same transaction: the audit trail's head stays locked from a
     * transaction's first entry to its commit, and locked across up to 200 calls to the provider it stalled every
     * other audited step in the office for seconds each minute (found by the load test). The batch is claimed with
     * its rows locked: a second delivery at the same moment (the scheduler's beside a direct call) waits for the first
     * to commit and then finds them sent, instead of handing the same messages to the provider again and losing its
     * whole batch to a conflict at the end.
     */
    @PermitAll
    public int deliverPending() {
        List<Message> waiting = em.createQuery("SELECT m FROM Message m WHERE m.state = :pending "
                        + "AND m.channel <> :letter AND (m.nextAttemptAt IS NULL OR m.nextAttemptAt <= :now) "
                        + "ORDER BY m.createdAt", Message.class)
                .setParameter("pending", MessageState.PENDING)
                .setParameter("letter", MessageChannel.LETTER)
                .setParameter("now", clock.instant())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setMaxResults(200).getResultList();
        int sent = 0;
        List<Change> changes = new ArrayList<>(); // audited together at the end: see the method's comment
        for (Message message : waiting) {
            String noGateway = message.channel() == MessageChannel.EMAIL && !mail.configured()
                    ? "no SMTP server configured (" + MailSettings.HOST + ")"
                    : message.channel() == MessageChannel.SMS && !sms.configured()
                    ? "no SMS provider configured (" + SmsSettings.ENDPOINT + ")" : null;
            if (noGateway != null) {
                changes.add(message.markNoGateway(noGateway, clock.instant()));
                erasedOnceOut(message);
                continue;
            }
            try {
                changes.add(message.markSent(deliver(message), clock.instant()));
                sent++;
            } catch (DeliveryFailure failure) {
                changes.add(failure.temporary() ? message.markRetry(failure.getMessage(), clock.instant())
                        : message.markFailed(failure.getMessage(), clock.instant()));
            } catch (RuntimeException failure) {
                changes.add(message.markRetry(failure.getClass().getSimpleName(), clock.instant()));
            }
            erasedOnceOut(message);
        }
        if (!changes.isEmpty()) {
            audit.record(changes);
        }
        return sent;
    }

    /**
     * The provider's delivery report on the SMS it gave the id: DELIVERED, or FAILED with its reason. Returns false for
     * an id no message has; a repeated report changes nothing (and is not audited again). Called by the report
     * endpoint once it has checked the provider's shared secret.
     */
    @PermitAll
    public boolean report(String providerId, boolean delivered, String reason) {
        List<Message> found = em.createQuery("SELECT m FROM Message m WHERE m.providerId = :id", Message.class)
                .setParameter("id", providerId).setMaxResults(1).getResultList();
        if (found.isEmpty()) {
            return false;
        }
        found.get(0).report(delivered, reason, clock.instant()).ifPresent(audit::record);
        return true;
    }

    /**
     * The outbox for staff, one page of it: with {@code undeliveredOnly} the messages that could not be delivered
     * (FAILED, NO_GATEWAY); otherwise every message, those first, then the ones waiting, sent, delivered; newest first
     * within each; those of one request reference when one is given (blank: all).
     */
    @RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR, Roles.ADMIN})
    public List<Message> list(String reference, boolean undeliveredOnly, int offset, int limit) {
        String only = reference == null ? "" : reference.strip();
        jakarta.persistence.TypedQuery<Object[]> query = em.createQuery("SELECT m, CASE WHEN m.state = :failed "
                        + "THEN 0 WHEN m.state = :noGateway THEN 1 WHEN m.state = :pending THEN 2 "
                        + "WHEN m.state = :sent THEN 3 ELSE 4 END AS rank FROM Message m"
                        + " WHERE (:reference = '' OR m.requestReference = :reference)"
                        + (undeliveredOnly ? " AND m.state IN :undelivered" : "")
                        + " ORDER BY rank, m.createdAt DESC, m.id DESC", Object[].class)
                .setParameter("failed", MessageState.FAILED).setParameter("noGateway", MessageState.NO_GATEWAY)
                .setParameter("pending", MessageState.PENDING).setParameter("sent", MessageState.SENT)
                .setParameter("reference", only);
        if (undeliveredOnly) {
            query.setParameter("undelivered", UNDELIVERED);
        }
        return query.setFirstResult(Math.max(offset, 0)).setMaxResults(Math.max(1, Math.min(limit, 500)))
                .getResultList().stream().map(row -> (Message) row[0]).toList();
    }

    /** How many messages {@link #list} holds. */
    @RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR, Roles.ADMIN})
    public long count(String reference, boolean undeliveredOnly) {
        jakarta.persistence.TypedQuery<Long> query = em.createQuery("SELECT COUNT(m) FROM Message m "
                + "WHERE (:reference = '' OR m.requestReference = :reference)"
                + (undeliveredOnly ? " AND m.state IN :undelivered" : ""), Long.class)
                .setParameter("reference", reference == null ? "" : reference.strip());
        if (undeliveredOnly) {
            query.setParameter("undelivered", UNDELIVERED);
        }
        return query.getSingleResult();
    }

    /** How many messages could not be delivered (FAILED, NO_GATEWAY): the home page's count. */
    @RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR, Roles.ADMIN})
    public long undeliveredCount() {
        return em.createQuery("SELECT COUNT(m) FROM Message m WHERE m.state IN :undelivered", Long.class)
                .setParameter("undelivered", UNDELIVERED).getSingleResult();
    }

    /**
     * A new try of a message that could not be delivered, asked for by staff: queued afresh (the next delivery run
     * sends it) and audited under its reference with who asked; the message it repeats is kept as it was. Breaks
     * {@code rule.message.notResendable} (not FAILED or NO_GATEWAY, a letter, a recipient erased) and
     * {@code rule.message.alreadyResent} when a later try of it exists.
     */
    @RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.DIRECTOR, Roles.ADMIN})
    public Message resend(long id) {
        Message earlier = em.find(Message.class, id);
        if (earlier == null) {
            throw new DomainException("rule.message.notFound", id);
        }
        Message again = earlier.resent(clock.instant());
        long later = em.createQuery("SELECT COUNT(m) FROM Message m WHERE m.requestReference = :reference "
                        + "AND m.kind = :kind AND m.channel = :channel AND m.id > :id", Long.class)
                .setParameter("reference", earlier.requestReference()).setParameter("kind", earlier.kind())
                .setParameter("channel", earlier.channel()).setParameter("id", earlier.id()).getSingleResult();
        if (later > 0) {
            throw new DomainException("rule.message.alreadyResent", earlier.requestReference());
        }
        em.persist(again);
        em.flush();
        audit.record(again.resentFrom(earlier, caller.getCallerPrincipal().getName()));
        return again;
    }

    /** A message of a person whose data was erased while it waited: anonymised once sent or given up. */
    private void erasedOnceOut(Message message) {
        if (message.eraseAfterSend() && message.state() != MessageState.PENDING) {
            em.flush();
            em.detach(message);
            anonymisation.sent(message, clock.instant());
        }
    }

    /** Hands the message over; returns the provider's id (an SMS) or the e-mail's Message-ID. */
    private String deliver(Message message) {
        if (message.channel() == MessageChannel.SMS) {
            return sms.send(message.recipientMobile(), SmsText.of(message.kind(), message.requestReference(),
                    message.createdAt(), message.subjectArabic(), message.subjectEnglish()));
        }
        String id = mail.send(message.recipientEmail(), message.subjectArabic(), message.bodyArabic(),
                message.subjectEnglish(), message.bodyEnglish());
        return id == null || id.isBlank() ? "mail-" + message.id() : id.length() > Message.PROVIDER_ID_MAX
                ? id.substring(0, Message.PROVIDER_ID_MAX) : id;
    }
}
