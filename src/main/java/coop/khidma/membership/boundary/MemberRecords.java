package coop.khidma.membership.boundary;

import coop.khidma.membership.entity.Member;
import coop.khidma.platform.persistence.NativeSql;
import coop.khidma.platform.personaldata.CorrectionField;
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
import java.util.Map;

/**
 * The member register's rows of a person (by their verified national ID), for the data subject's copy and correction;
 * the register also says whether a mobile is the person's (held with their national ID).
 */
@ApplicationScoped
public class MemberRecords implements PersonalRecords {

    /** Where each field is held: which rows are the person's (?2 = national ID, ?3 = mobile). */
    private static final Map<CorrectionField, List<String>> WHERE = Map.of(
            CorrectionField.NAME_ARABIC, List.of(
                    "member SET name_ar = ?1, version = version + 1 WHERE national_id = ?2"),
            CorrectionField.NAME_LATIN, List.of(
                    "member SET name_latin = ?1, version = version + 1 WHERE national_id = ?2"),
            CorrectionField.MOBILE, List.of(
                    "member SET mobile = ?1, version = version + 1 WHERE national_id = ?2"),
            CorrectionField.EMAIL, List.of(
                    "member SET email = ?1, version = version + 1 WHERE national_id = ?2"),
            CorrectionField.CITY, List.of(
                    "member SET city = ?1, version = version + 1 WHERE national_id = ?2"));

    @PersistenceContext
    EntityManager em;

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Part copy(Subject subject, List<String> requests) {
        List<Member> members = em.createQuery("SELECT m FROM Member m WHERE m.nationalId.value = :nid "
                        + "ORDER BY m.appliedAt", Member.class)
                .setParameter("nid", subject.nationalIdOrNone()).getResultList();
        return new Part(new Section("privacy.export.members", "privacy.export.none",
                members.stream().map(MemberRecords::entry).toList()), new RecordCount("members", members.size()));
    }

    @Override
    public boolean holdsTogether(Subject candidate) {
        return NativeSql.count(em, "SELECT COUNT(*) FROM member WHERE national_id = ?1 AND mobile = ?2 "
                + "AND anonymised_at IS NULL", candidate.nationalIdOrNone(), candidate.mobileOrNone()) > 0;
    }

    @Override
    public int correct(Subject subject, CorrectionField field, Object value) {
        return PersonalRecords.correctRows(em, WHERE.getOrDefault(field, List.of()), subject, value);
    }

    private static Entry entry(Member member) {
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
}
