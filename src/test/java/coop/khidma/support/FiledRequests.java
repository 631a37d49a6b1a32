package coop.khidma.support;

import coop.khidma.intake.boundary.Filings;
import coop.khidma.intake.entity.Channel;
import coop.khidma.intake.entity.RequestType;
import coop.khidma.intake.entity.Requester;
import coop.khidma.intake.entity.ServiceRequest;
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

    /** A request filed at {@code at} and withdrawn by the member the same moment. */
    public String withdrawn(String type, Channel channel, String mobile, Instant at) {
        String reference = filed(type, channel, mobile, at, false);
        em.createQuery("SELECT r FROM ServiceRequest r WHERE r.reference = :reference", ServiceRequest.class)
                .setParameter("reference", reference).getSingleResult().withdraw("سحبه العضو", "test-staff", at);
        em.flush();
        return reference;
    }
}
