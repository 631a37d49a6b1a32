package coop.khidma.intake.boundary;

import coop.khidma.intake.entity.ServiceRequest;
import coop.khidma.platform.personaldata.PersonalRecords;
import coop.khidma.platform.personaldata.PersonalRecords.Entry;
import coop.khidma.platform.personaldata.PersonalRecords.Field;
import coop.khidma.platform.personaldata.PersonalRecords.Key;
import coop.khidma.platform.personaldata.PersonalRecords.Section;
import coop.khidma.platform.personaldata.RecordCount;
import coop.khidma.platform.personaldata.Subject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * The consents the person gave when filing their requests (the privacy notice's version, when and through which
 * channel), for the data subject's copy: one entry per request filed with the notice accepted, among the requests the
 * copy found before ({@link RequestRecords}).
 */
@ApplicationScoped
public class ConsentRecords implements PersonalRecords {

    @PersistenceContext
    EntityManager em;

    @Override
    public int order() {
        return 25;
    }

    @Override
    public Part copy(Subject subject, List<String> requests) {
        List<ServiceRequest> consented = requests.isEmpty() ? List.of() : em.createQuery("SELECT r FROM ServiceRequest r "
                        + "WHERE r.reference IN :references AND r.consent.noticeVersion IS NOT NULL "
                        + "ORDER BY r.consent.acceptedAt, r.id", ServiceRequest.class)
                .setParameter("references", requests).getResultList();
        return new Part(new Section("privacy.export.consents", "privacy.export.none", consented.stream()
                .map(ConsentRecords::entry).toList()), new RecordCount("consents", consented.size()));
    }

    private static Entry entry(ServiceRequest request) {
        return new Entry(request.reference(), List.of(
                new Field("privacy.field.noticeVersion", request.consent().noticeVersion()),
                new Field("privacy.field.consentAt", request.consent().acceptedAt()),
                new Field("privacy.field.consentChannel", new Key("channel." + request.consent().channel()))));
    }
}
