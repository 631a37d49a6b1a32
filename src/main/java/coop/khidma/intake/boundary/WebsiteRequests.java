package coop.khidma.intake.boundary;

import coop.khidma.audit.entity.Change;
import coop.khidma.intake.entity.Applicant;
import coop.khidma.intake.entity.Channel;
import coop.khidma.intake.entity.Consent;
import coop.khidma.intake.entity.ItemKind;
import coop.khidma.intake.entity.RequestType;
import coop.khidma.intake.entity.Requester;
import coop.khidma.intake.entity.ServiceRequest;
import coop.khidma.person.EmailAddress;
import coop.khidma.person.NationalId;
import coop.khidma.person.SaudiMobile;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.personaldata.PrivacyNotice;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The association's website as a channel (policy: the channels through which members reach the association): the
 * anonymous website files member service requests and membership applications, recorded with channel
 * {@link Channel#WEBSITE}, and reads which request types it may offer with their checklists. Like the kiosk's door it
 * exposes nothing about anyone; following a request up goes through {@link KioskRequests#track} (reference + mobile).
 */
@Stateless
public class WebsiteRequests {

    /** Who files from the website, in the audit trail. */
    public static final String WEBSITE = "website";

    /** A request type the website may offer, and what the member will be asked for. */
    public record TypeOffer(String code, String nameArabic, String nameEnglish, boolean needsCommittee,
                            List<Item> checklist) {
    }

    /** One checklist line: a document to bring or a field to give; mandatory or not. */
    public record Item(String code, String labelArabic, String labelEnglish, ItemKind kind, boolean mandatory) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Filings filings;

    @Inject
    Clock clock;

    @PermitAll
    public List<TypeOffer> activeTypes() {
        return em.createQuery("SELECT t FROM RequestType t WHERE t.active = TRUE ORDER BY t.code", RequestType.class)
                .getResultList().stream().map(WebsiteRequests::offer).toList();
    }

    /**
     * A member service request of any active type but the membership application (which has its own form); an
     * inquiry needs its question in {@code details}; the privacy notice in force must have been shown and accepted.
     * Breaks a consent rule ({@link PrivacyNotice.Acceptance#check}), {@code rule.request.unknownType},
     * {@code rule.request.typeRetired}, {@code rule.request.wrongType}, the name, mobile and question rules. The
     * {@code client} is the fingerprint of the website client's address (sixteen hex digits; the address is never
     * kept; {@code null} for a filing made other than over HTTP): its acknowledgements are limited per day.
     */
    @PermitAll
    public KioskRequests.Acknowledgement submitRequest(String typeCode, String name, String mobile, String details,
                                                       PrivacyNotice.Acceptance notice, String client) {
        Instant now = clock.instant();
        Consent consent = new Consent(notice, Channel.WEBSITE, now);
        RequestType type = filings.type(typeCode);
        if (type.is(RequestType.MEMBERSHIP_APPLICATION)) {
            throw new DomainException("rule.request.wrongType", type.code(), RequestType.MEMBERSHIP_APPLICATION);
        }
        Requester requester = new Requester(name, SaudiMobile.parse(mobile));
        ServiceRequest request = type.is(RequestType.INQUIRY)
                ? ServiceRequest.inquiry(type, filings.nextReference(now), requester, details, Channel.WEBSITE, WEBSITE, now)
                : ServiceRequest.submit(filings.nextReference(now), type, requester, Channel.WEBSITE, details, WEBSITE, now);
        filings.file(request, consent, client);
        return new KioskRequests.Acknowledgement(request.reference(), now);
    }

    /**
     * A membership application from the website, with the privacy notice in force accepted; breaks a consent rule, the
     * national ID, name, mobile, e-mail, city and shares rules. The {@code client} as for {@link #submitRequest}.
     */
    @PermitAll
    public KioskRequests.Acknowledgement submitApplication(KioskRequests.Application form,
                                                           PrivacyNotice.Acceptance notice, String client) {
        Instant now = clock.instant();
        Consent consent = new Consent(notice, Channel.WEBSITE, now);
        Applicant applicant = new Applicant(NationalId.parse(form.nationalId()), form.nameArabic(), form.nameLatin(),
                form.city(), form.shares(), EmailAddress.optional(form.email()));
        ServiceRequest application = ServiceRequest.application(filings.type(RequestType.MEMBERSHIP_APPLICATION),
                filings.nextReference(now), new Requester(form.nameArabic(), SaudiMobile.parse(form.mobile())),
                applicant, Channel.WEBSITE, WEBSITE, now);
        filings.file(application, consent, client, form.preferred());
        return new KioskRequests.Acknowledgement(application.reference(), now);
    }

    private static TypeOffer offer(RequestType type) {
        return new TypeOffer(type.code(), type.nameArabic(), type.nameEnglish(), type.needsCommittee(),
                type.checklist().stream().map(item -> new Item(item.code(), item.labelArabic(), item.labelEnglish(),
                        item.kind(), item.isMandatory())).toList());
    }
}
