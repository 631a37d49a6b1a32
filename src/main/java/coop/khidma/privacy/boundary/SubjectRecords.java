package coop.khidma.privacy.boundary;

import coop.khidma.correspondence.entity.Message;
import coop.khidma.intake.entity.ItemVerification;
import coop.khidma.intake.entity.ServiceRequest;
import coop.khidma.membership.entity.Member;
import coop.khidma.privacy.control.Subject;
import coop.khidma.privacy.control.SubjectExport.Bilingual;
import coop.khidma.privacy.control.SubjectExport.Entry;
import coop.khidma.privacy.control.SubjectExport.Field;
import coop.khidma.privacy.control.SubjectExport.Key;
import coop.khidma.privacy.control.SubjectExport.Section;
import coop.khidma.satisfaction.entity.ReplyRequest;
import coop.khidma.volunteering.entity.Volunteer;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Everything held about one person, found by their national ID and their mobile: the member register, the requests
 * they filed or that are about them (with the checklist notes), volunteering, reply contacts and the messages sent to
 * them. Read for the export; written by a correction, in the caller's transaction. Ratings are anonymous by design and
 * cannot be found.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class SubjectRecords {

    @PersistenceContext
    EntityManager em;

    /** The export's sections and a line of counts for the audit trail. */
    public record Found(List<Section> sections, String counts) {
    }

    public Found of(Subject subject) {
        String nid = subject.nationalIdOrNone();
        String mobile = subject.mobileOrNone();
        List<Member> members = em.createQuery("SELECT m FROM Member m WHERE m.nationalId.value = :nid "
                + "OR m.mobile.value = :mobile ORDER BY m.appliedAt", Member.class)
                .setParameter("nid", nid).setParameter("mobile", mobile).getResultList();
        List<ServiceRequest> requests = em.createQuery("SELECT r FROM ServiceRequest r LEFT JOIN r.member m "
                        + "WHERE r.requester.mobile.value = :mobile OR r.applicant.nationalId.value = :nid "
                        + "OR m.nationalId.value = :nid OR m.mobile.value = :mobile ORDER BY r.submittedAt, r.id",
                ServiceRequest.class).setParameter("nid", nid).setParameter("mobile", mobile).getResultList();
        List<Volunteer> volunteers = em.createQuery("SELECT v FROM Volunteer v WHERE v.mobile.value = :mobile "
                + "ORDER BY v.signedUpAt", Volunteer.class).setParameter("mobile", mobile).getResultList();
        List<ReplyRequest> contacts = em.createQuery("SELECT c FROM ReplyRequest c WHERE c.mobile.value = :mobile "
                + "ORDER BY c.requestedAt", ReplyRequest.class).setParameter("mobile", mobile).getResultList();
        List<String> references = requests.stream().map(ServiceRequest::reference).toList();
        jakarta.persistence.TypedQuery<Message> messages = em.createQuery("SELECT m FROM Message m WHERE m.recipientMobile.value = :mobile "
                        + (references.isEmpty() ? "" : "OR m.requestReference IN :references ")
                        + "ORDER BY m.createdAt, m.id", Message.class).setParameter("mobile", mobile);
        if (!references.isEmpty()) {
            messages.setParameter("references", references);
        }
        List<Message> sent = messages.getResultList();
        List<Section> sections = List.of(
                new Section("privacy.export.members", "privacy.export.none", members.stream().map(this::member).toList()),
                new Section("privacy.export.requests", "privacy.export.none",
                        requests.stream().map(this::request).toList()),
                new Section("privacy.export.volunteering", "privacy.export.none",
                        volunteers.stream().map(this::volunteer).toList()),
                new Section("privacy.export.contacts", "privacy.export.none",
                        contacts.stream().map(this::contact).toList()),
                new Section("privacy.export.messages", "privacy.export.none", sent.stream().map(this::message).toList()));
        return new Found(sections, "members " + members.size() + ", requests " + requests.size() + ", volunteers "
                + volunteers.size() + ", reply contacts " + contacts.size() + ", messages " + sent.size());
    }

    private Entry member(Member member) {
        return new Entry(member.membershipNumber() != null ? member.membershipNumber() : member.nameArabic(), List.of(
                new Field("privacy.field.membershipNumber", member.membershipNumber()),
                new Field("privacy.field.status", new Key("memberStatus." + member.status())),
                new Field("privacy.field.nameArabic", member.nameArabic()),
                new Field("privacy.field.nameLatin", member.nameLatin()),
                new Field("privacy.field.nationalId", member.nationalId().value()),
                new Field("privacy.field.mobile", member.mobile().value()),
                new Field("privacy.field.email", member.email() == null ? null : member.email().value()),
                new Field("privacy.field.city", member.city()),
                new Field("privacy.field.shares", member.shares()),
                new Field("privacy.field.appliedAt", member.appliedAt()),
                new Field("privacy.field.activatedAt", member.activatedAt())));
    }

    private Entry request(ServiceRequest request) {
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

    private Entry volunteer(Volunteer volunteer) {
        return new Entry(volunteer.name(), List.of(
                new Field("privacy.field.name", volunteer.name()),
                new Field("privacy.field.mobile", volunteer.mobile().value()),
                new Field("privacy.field.status", new Key("volunteerStatus." + volunteer.status())),
                new Field("privacy.field.skills", volunteer.skills().stream().map(Enum::name).sorted()
                        .collect(Collectors.joining(", "))),
                new Field("privacy.field.signedUpAt", volunteer.signedUpAt()),
                new Field("privacy.field.consentAt", volunteer.consentAt()),
                new Field("privacy.field.reason", volunteer.declineReason())));
    }

    private Entry contact(ReplyRequest contact) {
        return new Entry(contact.name(), List.of(
                new Field("privacy.field.name", contact.name()),
                new Field("privacy.field.mobile", contact.mobile().value()),
                new Field("privacy.field.message", contact.message()),
                new Field("privacy.field.requestedAt", contact.requestedAt()),
                new Field("privacy.field.repliedAt", contact.repliedAt())));
    }

    private Entry message(Message message) {
        return new Entry(message.requestReference(), List.of(
                new Field("privacy.field.channel", new Key("messageChannel." + message.channel())),
                new Field("privacy.field.status", new Key("messageState." + message.state())),
                new Field("privacy.field.createdAt", message.createdAt()),
                new Field("privacy.field.mobile", message.recipientMobile() == null ? null
                        : message.recipientMobile().value()),
                new Field("privacy.field.email", message.recipientEmail() == null ? null
                        : message.recipientEmail().value()),
                new Field("privacy.field.message", new Bilingual(message.subjectArabic() + " — " + message.bodyArabic(),
                        message.subjectEnglish() + " — " + message.bodyEnglish()))));
    }

    private static String text(String note, String missingReason) {
        return note != null ? note : missingReason;
    }

    // ---- correction -------------------------------------------------------------------------------------------

    /** Where each field is held: table → column → which rows are the person's (?2 = national ID, ?3 = mobile). */
    private static final Map<CorrectionField, List<String>> WHERE = Map.of(
            CorrectionField.NAME_ARABIC, List.of(
                    "member SET name_ar = ?1, version = version + 1 WHERE (national_id = ?2 OR mobile = ?3)",
                    "service_request SET requester_name = ?1, version = version + 1 WHERE requester_mobile = ?3",
                    "service_request SET applicant_name_ar = ?1, version = version + 1 WHERE applicant_national_id = ?2",
                    "volunteer SET name = ?1, version = version + 1 WHERE mobile = ?3",
                    "reply_request SET name = ?1, version = version + 1 WHERE mobile = ?3"),
            CorrectionField.NAME_LATIN, List.of(
                    "member SET name_latin = ?1, version = version + 1 WHERE (national_id = ?2 OR mobile = ?3)",
                    "service_request SET applicant_name_latin = ?1, version = version + 1 "
                            + "WHERE applicant_national_id = ?2"),
            CorrectionField.MOBILE, List.of(
                    "member SET mobile = ?1, version = version + 1 WHERE (national_id = ?2 OR mobile = ?3)",
                    "service_request SET requester_mobile = ?1, version = version + 1 WHERE requester_mobile = ?3",
                    "volunteer SET mobile = ?1, version = version + 1 WHERE mobile = ?3",
                    "reply_request SET mobile = ?1, version = version + 1 WHERE mobile = ?3"),
            CorrectionField.EMAIL, List.of(
                    "member SET email = ?1, version = version + 1 WHERE (national_id = ?2 OR mobile = ?3)",
                    "service_request SET applicant_email = ?1, version = version + 1 WHERE applicant_national_id = ?2"),
            CorrectionField.CITY, List.of(
                    "member SET city = ?1, version = version + 1 WHERE (national_id = ?2 OR mobile = ?3)",
                    "service_request SET applicant_city = ?1, version = version + 1 WHERE applicant_national_id = ?2"));

    /** Applies the checked value wherever the person's field is held; the number of rows changed. */
    public int correct(Subject subject, CorrectionField field, Object value) {
        int changed = 0;
        for (String update : WHERE.get(field)) {
            Query query = em.createNativeQuery("UPDATE " + update + " AND anonymised_at IS NULL");
            changed += query.setParameter(1, value).setParameter(2, subject.nationalIdOrNone())
                    .setParameter(3, subject.mobileOrNone()).executeUpdate();
        }
        return changed;
    }
}
