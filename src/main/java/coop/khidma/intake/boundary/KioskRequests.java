package coop.khidma.intake.boundary;

import coop.khidma.audit.entity.Change;
import coop.khidma.intake.entity.Channel;
import coop.khidma.intake.entity.RequestType;
import coop.khidma.intake.entity.Requester;
import coop.khidma.intake.entity.ServiceRequest;
import coop.khidma.membership.entity.SaudiMobile;
import coop.khidma.platform.persistence.Sequences;
import coop.khidma.platform.time.HijriDates;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;

/**
 * The only door anonymous kiosk visitors have into intake: file a request, nothing more. Everything else in
 * intake needs a staff role.
 */
@Stateless
public class KioskRequests {

    /** What the visitor takes away: the reference to follow the request up with, and when it was filed. */
    public record Acknowledgement(String reference, Instant submittedAt) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Sequences sequences;

    @Inject
    Clock clock;

    @PermitAll
    public Acknowledgement fileInquiry(String name, String mobile, String question) {
        Instant now = clock.instant();
        int year = now.atZone(HijriDates.RIYADH).getYear();
        String reference = ServiceRequest.reference(year, sequences.next("request", year));
        ServiceRequest inquiry = ServiceRequest.inquiry(em.find(RequestType.class, RequestType.INQUIRY), reference,
                new Requester(name, SaudiMobile.parse(mobile)), question, Channel.KIOSK, Change.KIOSK, now);
        em.persist(inquiry);
        return new Acknowledgement(reference, now);
    }
}
