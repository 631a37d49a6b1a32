package coop.khidma.correspondence.boundary;

import coop.khidma.audit.boundary.AuditTrail;
import coop.khidma.correspondence.control.SmsGateway;
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
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Everything Khidma tells a member goes through the outbox, in Arabic and English, to a {@link Recipient} on the
 * channel the writing component chose for them (for a request, the one it came by): queued in the same transaction as
 * the event it reports, delivered afterwards (SMS through the configured {@link SmsGateway}, e-mail through the
 * {@code mail/khidma} Jakarta Mail session when the server has one); letters wait for staff to print them. It knows
 * letters and recipients, never the requests they are about.
 */
@Stateless
public class Outbox {

    static final String MAIL_SESSION = "mail/khidma";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    SmsGateway sms;

    @Inject
    Clock clock;

    @Resource
    SessionContext caller;

    @Inject
    Instance<CommitteeFiles> committeeFiles;

    /**
     * Queues the letter to the recipient, by the channel chosen for them and under the letter's reference, within the
     * caller's transaction, and audits that it did.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void send(Recipient to, Letter letter) {
        Message message = Message.queue(letter, to, clock.instant());
        em.persist(message);
        audit.record(message.queued());
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

    /** Delivers what is waiting on SMS and e-mail (run by the scheduler); returns how many went out. */
    @PermitAll
    public int deliverPending() {
        Optional<Session> mail = mailSession();
        List<Message> waiting = em.createQuery("SELECT m FROM Message m WHERE m.state = :pending "
                        + "AND m.channel <> :letter ORDER BY m.createdAt", Message.class)
                .setParameter("pending", MessageState.PENDING)
                .setParameter("letter", MessageChannel.LETTER)
                .setMaxResults(200).getResultList();
        int sent = 0;
        for (Message message : waiting) {
            if (message.channel() == MessageChannel.EMAIL && mail.isEmpty()) {
                continue;
            }
            try {
                deliver(message, mail);
                audit.record(message.markSent(clock.instant()));
                sent++;
            } catch (RuntimeException | jakarta.mail.MessagingException failure) {
                audit.record(message.markFailed(failure.getClass().getSimpleName(), clock.instant()));
            }
        }
        return sent;
    }

    private void deliver(Message message, Optional<Session> mail) throws jakarta.mail.MessagingException {
        String text = message.bodyArabic() + "\n\n" + message.bodyEnglish();
        if (message.channel() == MessageChannel.SMS) {
            sms.send(message.recipientMobile(), text);
            return;
        }
        MimeMessage email = new MimeMessage(mail.orElseThrow());
        email.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(message.recipientEmail().value()));
        email.setSubject(message.subjectArabic() + " | " + message.subjectEnglish(), "UTF-8");
        email.setText(text, "UTF-8");
        Transport.send(email);
    }

    private static Optional<Session> mailSession() {
        try {
            return Optional.of((Session) new InitialContext().lookup(MAIL_SESSION));
        } catch (NamingException notConfigured) {
            return Optional.empty();
        }
    }
}
