package coop.khidma.volunteering.boundary;

import coop.khidma.platform.personaldata.CorrectionField;
import coop.khidma.platform.personaldata.PersonalRecords;
import coop.khidma.platform.personaldata.PersonalRecords.Entry;
import coop.khidma.platform.personaldata.PersonalRecords.Field;
import coop.khidma.platform.personaldata.PersonalRecords.Key;
import coop.khidma.platform.personaldata.PersonalRecords.Section;
import coop.khidma.platform.personaldata.RecordCount;
import coop.khidma.platform.personaldata.Subject;
import coop.khidma.volunteering.entity.Volunteer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A person's volunteering (by mobile), for the data subject's copy and correction. */
@ApplicationScoped
public class VolunteerRecords implements PersonalRecords {

    /** Where each field is held: which rows are the person's (?3 = mobile). */
    private static final Map<CorrectionField, List<String>> WHERE = Map.of(
            CorrectionField.NAME_ARABIC, List.of("volunteer SET name = ?1, version = version + 1 WHERE mobile = ?3"),
            CorrectionField.MOBILE, List.of("volunteer SET mobile = ?1, version = version + 1 WHERE mobile = ?3"));

    @PersistenceContext
    EntityManager em;

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Part copy(Subject subject, List<String> requests) {
        List<Volunteer> volunteers = em.createQuery("SELECT v FROM Volunteer v WHERE v.mobile.value = :mobile "
                + "ORDER BY v.signedUpAt", Volunteer.class).setParameter("mobile", subject.mobileOrNone())
                .getResultList();
        return new Part(new Section("privacy.export.volunteering", "privacy.export.none",
                volunteers.stream().map(VolunteerRecords::entry).toList()),
                new RecordCount("volunteers", volunteers.size()));
    }

    @Override
    public int correct(Subject subject, CorrectionField field, Object value) {
        return PersonalRecords.correctRows(em, WHERE.getOrDefault(field, List.of()), subject, value);
    }

    private static Entry entry(Volunteer volunteer) {
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
}
