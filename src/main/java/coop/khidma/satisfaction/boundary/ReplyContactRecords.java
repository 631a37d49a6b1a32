package coop.khidma.satisfaction.boundary;

import coop.khidma.platform.personaldata.CorrectionField;
import coop.khidma.platform.personaldata.PersonalRecords;
import coop.khidma.platform.personaldata.PersonalRecords.Entry;
import coop.khidma.platform.personaldata.PersonalRecords.Field;
import coop.khidma.platform.personaldata.PersonalRecords.Section;
import coop.khidma.platform.personaldata.RecordCount;
import coop.khidma.platform.personaldata.Subject;
import coop.khidma.satisfaction.entity.ReplyRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Map;

/**
 * The contacts a person left for a reply to a suggestion (by mobile), for the data subject's copy and correction.
 * Ratings are anonymous by design and cannot be found.
 */
@ApplicationScoped
public class ReplyContactRecords implements PersonalRecords {

    /** Where each field is held: which rows are the person's (?3 = mobile). */
    private static final Map<CorrectionField, List<String>> WHERE = Map.of(
            CorrectionField.NAME_ARABIC, List.of("reply_request SET name = ?1, version = version + 1 WHERE mobile = ?3"),
            CorrectionField.MOBILE, List.of("reply_request SET mobile = ?1, version = version + 1 WHERE mobile = ?3"));

    @PersistenceContext
    EntityManager em;

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Part copy(Subject subject, List<String> requests) {
        List<ReplyRequest> contacts = em.createQuery("SELECT c FROM ReplyRequest c WHERE c.mobile.value = :mobile "
                + "ORDER BY c.requestedAt", ReplyRequest.class).setParameter("mobile", subject.mobileOrNone())
                .getResultList();
        return new Part(new Section("privacy.export.contacts", "privacy.export.none",
                contacts.stream().map(ReplyContactRecords::entry).toList()),
                new RecordCount("reply contacts", contacts.size()));
    }

    @Override
    public int correct(Subject subject, CorrectionField field, Object value) {
        return PersonalRecords.correctRows(em, WHERE.getOrDefault(field, List.of()), subject, value);
    }

    private static Entry entry(ReplyRequest contact) {
        return new Entry(contact.name(), List.of(
                new Field("privacy.field.name", contact.name()),
                new Field("privacy.field.mobile", contact.mobile().value()),
                new Field("privacy.field.message", contact.message()),
                new Field("privacy.field.requestedAt", contact.requestedAt()),
                new Field("privacy.field.repliedAt", contact.repliedAt())));
    }
}
