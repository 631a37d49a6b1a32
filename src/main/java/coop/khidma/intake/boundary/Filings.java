package coop.khidma.intake.boundary;

import coop.khidma.audit.boundary.AuditLog;
import coop.khidma.audit.entity.Change;
import coop.khidma.correspondence.boundary.Outbox;
import coop.khidma.correspondence.entity.MessageChannel;
import coop.khidma.intake.control.RequestLetters;
import coop.khidma.intake.entity.Consent;
import coop.khidma.intake.entity.RequestType;
import coop.khidma.intake.entity.ServiceRequest;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.persistence.Sequences;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.platform.time.OfficeCalendar;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;

/**
 * How a new request enters the record, whoever files it (kiosk, staff, website): a gap-free reference for the
 * year, the filing in the audit trail and the acknowledgement to the member, all in the filer's transaction.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Filings {

    @PersistenceContext
    EntityManager em;

    @Inject
    Sequences sequences;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    @Inject
    OfficeCalendar office;

    /** The next reference of the year {@code at} falls in (Riyadh time), e.g. {@code 2026-000042}. */
    public String nextReference(Instant at) {
        int year = at.atZone(HijriDates.RIYADH).getYear();
        return ServiceRequest.reference(year, sequences.next("request", year));
    }

    /** Breaks {@code rule.request.unknownType}. */
    public RequestType type(String code) {
        RequestType type = code == null ? null : em.find(RequestType.class, code);
        if (type == null) {
            throw new DomainException("rule.request.unknownType", String.valueOf(code));
        }
        return type;
    }

    /**
     * Files a request the member files themselves, at the kiosk or on the website, with the privacy notice they
     * accepted first (kept with the request and named in the filing's audit entry).
     */
    public ServiceRequest file(ServiceRequest request, Consent consent) {
        request.recordConsent(consent);
        return file(request);
    }

    /**
     * The same for a filing from the website client of the fingerprint {@code client} (of its address, never the
     * address): its acknowledgement counts against that client's daily limit as well as the recipient's.
     */
    public ServiceRequest file(ServiceRequest request, Consent consent, String client) {
        request.recordConsent(consent);
        return file(request, client);
    }

    /**
     * The same for a requester who chose how to be told ({@code preferred}; {@code null}: not chosen): the choice is
     * recorded before the acknowledgement is queued, so that it goes by that channel too, and audited after the filing.
     * Breaks {@code rule.channel.noEmail}.
     */
    public ServiceRequest file(ServiceRequest request, Consent consent, String client, MessageChannel preferred) {
        request.recordConsent(consent);
        return file(request, client, preferred);
    }

    /** A request staff registered, with how the requester wants to be told ({@code null}: not chosen). */
    public ServiceRequest file(ServiceRequest request, MessageChannel preferred) {
        return file(request, null, preferred);
    }

    /** Files the request with the day its answer is due (the type's working days from the filing day). */
    public ServiceRequest file(ServiceRequest request) {
        return file(request, (String) null);
    }

    private ServiceRequest file(ServiceRequest request, String client) {
        return file(request, client, null);
    }

    private ServiceRequest file(ServiceRequest request, String client, MessageChannel preferred) {
        Change chosen = preferred == null ? null
                : request.preferChannel(preferred, request.submittedBy(), request.submittedAt());
        request.promiseAnswer(office.workingDays(), request.submittedAt());
        em.persist(request);
        em.flush(); // the first version number, for the filer's screen
        audit.record(request.submitted());
        if (chosen != null) {
            audit.record(chosen);
        }
        outbox.send(RequestLetters.recipient(request), RequestLetters.acknowledgement(request), client);
        return request;
    }
}
