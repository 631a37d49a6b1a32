package coop.khidma.membership.boundary;

import coop.khidma.membership.entity.ShareMovement;
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
 * The share register's movements of a person's membership (by their verified national ID), for the data subject's
 * copy: what, how many, the balance after it, the day it took effect, its evidence and request. Nothing to correct:
 * a movement is never changed (a mistake is put right by another movement). After an erasure the member's national ID
 * is no longer theirs, so the movements, which stay for the register's totals, are found no more.
 */
@ApplicationScoped
public class ShareRecords implements PersonalRecords {

    @PersistenceContext
    EntityManager em;

    @Override
    public int order() {
        return 11;
    }

    @Override
    public Part copy(Subject subject, List<String> requests) {
        List<ShareMovement> movements = em.createQuery("SELECT s FROM ShareMovement s JOIN s.member m "
                        + "WHERE m.nationalId.value = :nid ORDER BY s.effectiveOn, s.id", ShareMovement.class)
                .setParameter("nid", subject.nationalIdOrNone()).getResultList();
        return new Part(new Section("privacy.export.shares", "privacy.export.none",
                movements.stream().map(ShareRecords::entry).toList()),
                new RecordCount("share movements", movements.size()));
    }

    private static Entry entry(ShareMovement movement) {
        return new Entry(movement.effectiveOn().toString(), List.of(
                new Field("privacy.field.type", new Key("shareKind." + movement.kind())),
                new Field("privacy.field.shares", movement.shares()),
                new Field("privacy.field.balance", movement.balance()),
                new Field("privacy.field.evidence", movement.evidence()),
                new Field("privacy.field.request", movement.requestReference()),
                new Field("privacy.field.counterpart", movement.counterpart()),
                new Field("privacy.field.recordedAt", movement.recordedAt())));
    }
}
