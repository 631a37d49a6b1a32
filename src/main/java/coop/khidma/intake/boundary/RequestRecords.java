package coop.khidma.intake.boundary;

import coop.khidma.intake.entity.ItemVerification;
import coop.khidma.intake.entity.ServiceRequest;
import coop.khidma.platform.persistence.NativeSql;
import coop.khidma.platform.personaldata.CorrectionField;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The requests a person filed or that are about them (by the national ID: as applicant, as the linked member, or as the
 * identity staff recorded on the checklist; the request the identity was verified on; by requester mobile only once that mobile is bound to the ID), with the
 * checklist notes and the papers scanned with them, for the data subject's copy and correction. A membership
 * application that went through intake (the applicant's ID checked against the original) binds its mobile to its ID.
 */
@ApplicationScoped
public class RequestRecords implements PersonalRecords {

    /** Where each field is held: which rows are the person's (?2 = national ID, ?3 = mobile). */
    private static final Map<CorrectionField, List<String>> WHERE = Map.of(
            CorrectionField.NAME_ARABIC, List.of(
                    "service_request SET requester_name = ?1, version = version + 1 WHERE requester_mobile = ?3",
                    "service_request SET applicant_name_ar = ?1, version = version + 1 WHERE applicant_national_id = ?2"),
            CorrectionField.NAME_LATIN, List.of(
                    "service_request SET applicant_name_latin = ?1, version = version + 1 "
                            + "WHERE applicant_national_id = ?2"),
            CorrectionField.MOBILE, List.of(
                    "service_request SET requester_mobile = ?1, version = version + 1 WHERE requester_mobile = ?3"),
            CorrectionField.EMAIL, List.of(
                    "service_request SET applicant_email = ?1, version = version + 1 WHERE applicant_national_id = ?2"),
            CorrectionField.CITY, List.of(
                    "service_request SET applicant_city = ?1, version = version + 1 WHERE applicant_national_id = ?2"));

    @PersistenceContext
    EntityManager em;

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Part copy(Subject subject, List<String> requests) {
        String nid = subject.nationalIdOrNone();
        String mobile = subject.mobileOrNone();
        List<ServiceRequest> found = em.createQuery("SELECT r FROM ServiceRequest r "
                        + "WHERE r.requester.mobile.value = :mobile OR r.applicant.nationalId.value = :nid "
                        + "OR r.memberId IN (SELECT m.id FROM Member m WHERE m.nationalId.value = :nid) " // by id
                        + "OR r.id IN (SELECT i.request.id FROM ItemVerification i WHERE i.itemCode = :identity "
                        + "AND i.note = :nid) OR r.reference = :own ORDER BY r.submittedAt, r.id", ServiceRequest.class)
                .setParameter("nid", nid).setParameter("mobile", mobile).setParameter("own", subject.verifiedOnOrNone())
                .setParameter("identity", ServiceRequest.MEMBER_IDENTITY).getResultList();
        return new Part(new Section("privacy.export.requests", "privacy.export.none",
                found.stream().map(this::entry).toList()), new RecordCount("requests", found.size()),
                found.stream().map(ServiceRequest::reference).toList());
    }

    @Override
    public boolean holdsTogether(Subject candidate) {
        return NativeSql.count(em, "SELECT COUNT(*) FROM service_request WHERE applicant_national_id = ?1 "
                        + "AND requester_mobile = ?2 AND status NOT IN ('SUBMITTED', 'IN_INTAKE', 'RETURNED') "
                        + "AND anonymised_at IS NULL", candidate.nationalIdOrNone(), candidate.mobileOrNone()) > 0;
    }

    @Override
    public int correct(Subject subject, CorrectionField field, Object value) {
        return PersonalRecords.correctRows(em, WHERE.getOrDefault(field, List.of()), subject, value);
    }

    private Entry entry(ServiceRequest request) {
        List<Field> fields = new ArrayList<>(List.of(
                new Field("privacy.field.type", new Key("requestType." + request.typeCode())),
                new Field("privacy.field.channel", new Key("channel." + request.channel())),
                new Field("privacy.field.status", new Key("status." + request.status())),
                new Field("privacy.field.submittedAt", request.submittedAt()),
                new Field("privacy.field.closedAt", request.closedAt()),
                new Field("privacy.field.name", request.requester().name()),
                new Field("privacy.field.mobile", request.requester().mobile().value()),
                new Field("privacy.field.details", request.details()),
                new Field("privacy.field.outcome", request.outcome())));
        if (request.applicant() != null) {
            var applicant = request.applicant();
            fields.add(new Field("privacy.field.nationalId", applicant.nationalId().value()));
            fields.add(new Field("privacy.field.nameArabic", applicant.nameArabic()));
            fields.add(new Field("privacy.field.nameLatin", applicant.nameLatin()));
            fields.add(new Field("privacy.field.city", applicant.city()));
            fields.add(new Field("privacy.field.shares", applicant.shares()));
            fields.add(new Field("privacy.field.email", applicant.email() == null ? null : applicant.email().value()));
        }
        for (ItemVerification item : request.items()) {
            if (item.note() != null || item.missingReason() != null) {
                fields.add(new Field("privacy.field.itemNote", new Bilingual(
                        item.labelArabic() + ": " + text(item.note(), item.missingReason()),
                        item.labelEnglish() + ": " + text(item.note(), item.missingReason()))));
            }
        }
        em.createQuery("SELECT a.fileName, a.contentType, a.sizeBytes, a.uploadedAt FROM Attachment a "
                        + "WHERE a.request = :request ORDER BY a.uploadedAt, a.id", Object[].class)
                .setParameter("request", request).getResultStream()
                .forEach(paper -> fields.add(new Field("privacy.field.paper", paper[0] + " (" + paper[1] + ", "
                        + Math.max(1, (Integer) paper[2] / 1024) + " kB, " + paper[3] + ")")));
        return new Entry(request.reference(), fields);
    }

    private static String text(String note, String missingReason) {
        return note != null ? note : missingReason;
    }
}
