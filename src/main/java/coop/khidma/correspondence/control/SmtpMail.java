package coop.khidma.correspondence.control;

import coop.khidma.person.EmailAddress;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.util.Optional;

/**
 * E-mail through the association's SMTP server ({@link MailSettings}, from the environment) with Jakarta Mail. A
 * message is in both languages: the subject "Arabic | English", then an Arabic part and an English part, each plain
 * UTF-8 text marked with its language. Without {@link MailSettings} (no {@code KHIDMA_SMTP_HOST}) it is not
 * configured and the outbox marks e-mail NO_GATEWAY.
 */
@ApplicationScoped
public class SmtpMail {

    private Session session;

    public SmtpMail() {
        // for CDI: configured from the environment once constructed
    }

    /** Mail through the server the settings name (none: not configured). */
    public SmtpMail(Optional<MailSettings> settings) {
        session = settings.map(MailSettings::session).orElse(null);
    }

    @PostConstruct
    void fromEnvironment() {
        session = MailSettings.from(System.getenv()).map(MailSettings::session).orElse(null);
    }

    public boolean configured() {
        return session != null;
    }

    /**
     * Hands the e-mail to the SMTP server and returns its Message-ID. A server that refuses the address fails it for
     * good; any other trouble (unreachable, busy, a login refused) is temporary ({@link DeliveryFailure}: tried
     * again later). The reason never holds the address.
     */
    public String send(EmailAddress to, String subjectArabic, String bodyArabic, String subjectEnglish,
                       String bodyEnglish) {
        if (session == null) {
            throw new IllegalStateException("no SMTP server configured");
        }
        try {
            MimeMessage email = compose(session, to, subjectArabic, bodyArabic, subjectEnglish, bodyEnglish);
            Transport.send(email);
            return email.getMessageID();
        } catch (SendFailedException refused) {
            throw new DeliveryFailure("SMTP server refused the recipient", false);
        } catch (MessagingException trouble) {
            throw new DeliveryFailure("SMTP: " + trouble.getClass().getSimpleName(), true);
        }
    }

    /** The e-mail as it is sent: bilingual subject, an Arabic then an English plain-text part, all UTF-8. */
    public static MimeMessage compose(Session session, EmailAddress to, String subjectArabic, String bodyArabic,
                                      String subjectEnglish, String bodyEnglish) throws MessagingException {
        MimeMessage email = new MimeMessage(session);
        email.setFrom();
        email.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(to.value(), true));
        email.setSubject(oneLine(subjectArabic) + " | " + oneLine(subjectEnglish), "UTF-8");
        email.setHeader("Content-Language", "ar, en");
        MimeMultipart parts = new MimeMultipart();
        parts.addBodyPart(part(bodyArabic, "ar"));
        parts.addBodyPart(part(bodyEnglish, "en"));
        email.setContent(parts);
        email.saveChanges();
        return email;
    }

    private static MimeBodyPart part(String text, String language) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(text, "UTF-8");
        part.setContentLanguage(new String[] {language});
        part.setDisposition(MimeBodyPart.INLINE);
        return part;
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n\\t]+", " ").strip();
    }
}
