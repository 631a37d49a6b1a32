package coop.khidma.support;

import coop.khidma.intake.boundary.Filings;
import coop.khidma.intake.entity.Channel;
import coop.khidma.intake.entity.RequestType;
import coop.khidma.intake.entity.Requester;
import coop.khidma.intake.entity.ItemKind;
import coop.khidma.intake.entity.ItemState;
import coop.khidma.intake.entity.ItemVerification;
import coop.khidma.intake.entity.ServiceRequest;
import coop.khidma.intake.entity.VerificationMethod;
import coop.khidma.person.SaudiMobile;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;

/**
 * Requests filed at a fixed instant of the past, by the aggregate's own factory and intake's one filing, for counts
 * over a period no other test files in.
 */
@Stateless
@PermitAll
public class FiledRequests {

    @PersistenceContext
    EntityManager em;

    @Inject
    Filings filings;

    /** A request of {@code type} that came by {@code channel} at {@code at}; taken into intake when asked. */
    public String filed(String type, Channel channel, String mobile, Instant at, boolean inIntake) {
        ServiceRequest request = ServiceRequest.submit(filings.nextReference(at), em.find(RequestType.class, type),
                new Requester("طلب للعد", SaudiMobile.parse(mobile)), channel, "للعد", "test-staff", at);
        filings.file(request);
        if (inIntake) {
            request.startIntake("test-staff", at);
        }
        em.flush();
        return request.reference();
    }

    /**
     * A request filed at {@code filedAt}, its intake completed (every mandatory item verified) at {@code intakeDone}
     * and served, then answered at {@code answeredAt}: by the aggregate's verbs, which keep those moments.
     */
    public String answered(String type, Channel channel, String mobile, Instant filedAt, Instant intakeDone,
                           Instant answeredAt) {
        String reference = filed(type, channel, mobile, filedAt, true);
        ServiceRequest request = em.createQuery("SELECT r FROM ServiceRequest r WHERE r.reference = :reference",
                ServiceRequest.class).setParameter("reference", reference).getSingleResult();
        for (ItemVerification item : request.items()) {
            if (item.isMandatory() && item.state() != ItemState.VERIFIED) {
                request.verifyItem(item.itemCode(), item.kind() == ItemKind.FIELD ? VerificationMethod.MATCHED_REGISTRY
                        : VerificationMethod.ORIGINAL_SEEN, "test-staff", intakeDone);
            }
        }
        request.completeIntake("test-staff", intakeDone);
        request.startService("test-staff", intakeDone);
        request.resolve("أُجيب العضو", "test-staff", answeredAt);
        em.flush();
        return reference;
    }

    /** A request filed at {@code at} and withdrawn by the member the same moment. */
    public String withdrawn(String type, Channel channel, String mobile, Instant at) {
        String reference = filed(type, channel, mobile, at, false);
        em.createQuery("SELECT r FROM ServiceRequest r WHERE r.reference = :reference", ServiceRequest.class)
                .setParameter("reference", reference).getSingleResult().withdraw("سحبه العضو", "test-staff", at);
        em.flush();
        return reference;
    }
}
