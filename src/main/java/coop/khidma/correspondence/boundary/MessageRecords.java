package coop.khidma.correspondence.boundary;

import coop.khidma.correspondence.entity.Message;
import coop.khidma.platform.personaldata.PersonalRecords;
import coop.khidma.platform.personaldata.PersonalRecords.Bilingual;
import coop.khidma.platform.personaldata.PersonalRecords.Entry;
import coop.khidma.platform.personaldata.PersonalRecords.Field;
import coop.khidma.platform.personaldata.PersonalRecords.Key;
import coop.khidma.platform.personaldata.PersonalRecords.Section;
import coop.khidma.platform.personaldata.RecordCount;
import coop.khidma.platform.personaldata.Subject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.List;

/**
 * The messages sent to a person's mobile or about their requests, for the data subject's copy (a message is what was
 * sent: it is not corrected).
 */
@ApplicationScoped
public class MessageRecords implements PersonalRecords {

    @PersistenceContext
    EntityManager em;

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Part copy(Subject subject, List<String> requests) {
        TypedQuery<Message> messages = em.createQuery("SELECT m FROM Message m WHERE m.recipientMobile.value = :mobile "
                        + (requests.isEmpty() ? "" : "OR m.requestReference IN :references ")
                        + "ORDER BY m.createdAt, m.id", Message.class).setParameter("mobile", subject.mobileOrNone());
        if (!requests.isEmpty()) {
            messages.setParameter("references", requests);
        }
        List<Message> sent = messages.getResultList();
        return new Part(new Section("privacy.export.messages", "privacy.export.none",
                sent.stream().map(MessageRecords::entry).toList()), new RecordCount("messages", sent.size()));
    }

    private static Entry entry(Message message) {
        return new Entry(message.requestReference(), List.of(
                new Field("privacy.field.channel", new Key("messageChannel." + message.channel())),
                new Field("privacy.field.status", new Key("messageState." + message.state())),
                new Field("privacy.field.createdAt", message.createdAt()),
                new Field("privacy.field.mobile", message.recipientMobile() == null ? null
                        : message.recipientMobile().value()),
                new Field("privacy.field.email", message.recipientEmail() == null ? null
                        : message.recipientEmail().value()),
                new Field("privacy.field.message", new Bilingual(
                        message.subjectArabic() + " — " + message.bodyArabic(),
                        message.subjectEnglish() + " — " + message.bodyEnglish()))));
    }
}
