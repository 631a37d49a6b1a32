package coop.khidma.support;

import coop.khidma.audit.entity.Change;
import coop.khidma.intake.boundary.Filings;
import coop.khidma.intake.boundary.RequestRef;
import coop.khidma.intake.entity.Applicant;
import coop.khidma.intake.entity.Channel;
import coop.khidma.intake.entity.Consent;
import coop.khidma.intake.entity.ItemKind;
import coop.khidma.intake.entity.ItemVerification;
import coop.khidma.intake.entity.RequestType;
import coop.khidma.intake.entity.Requester;
import coop.khidma.intake.entity.ServiceRequest;
import coop.khidma.intake.entity.VerificationMethod;
import coop.khidma.person.NationalId;
import coop.khidma.platform.personaldata.PrivacyNotice;
import coop.khidma.person.SaudiMobile;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;

/**
 * Test data for container tests: membership applications walked by the aggregate's own verbs to the stage a test
 * starts from (the boundaries' rules are still the ones that decide). Valid national IDs are made with their check
 * digit.
 */
@Stateless
@PermitAll
public class Applications {

    @PersistenceContext
    EntityManager em;

    @Inject
    Filings filings;

    @Inject
    Clock clock;

    /** A citizen's national ID, valid, different for every serial below 100 000 000. */
    public static String nationalId(long serial) {
        String nine = "1" + String.format("%08d", serial);
        int sum = 0;
        for (int position = 1; position <= 9; position++) {
            int digit = nine.charAt(position - 1) - '0';
            int weighted = position % 2 == 1 ? digit * 2 : digit;
            sum += weighted > 9 ? weighted - 9 : weighted;
        }
        return nine + (10 - sum % 10) % 10;
    }

    /** A membership application filed at the kiosk and walked through intake: VERIFIED, every item checked. */
    public RequestRef verified(String nationalId, String mobile) {
        return walk(nationalId, mobile, false);
    }

    /** The same, decided by the committee: ACCEPTED, ready for registration. */
    public RequestRef accepted(String nationalId, String mobile) {
        return walk(nationalId, mobile, true);
    }

    private RequestRef walk(String nationalId, String mobile, boolean accept) {
        Instant now = clock.instant();
        ServiceRequest request = ServiceRequest.application(em.find(RequestType.class,
                        RequestType.MEMBERSHIP_APPLICATION), filings.nextReference(now),
                new Requester("متقدم اختبار", SaudiMobile.parse(mobile)),
                new Applicant(NationalId.parse(nationalId), "متقدم اختبار", "Test Applicant", "نجران", 10, null),
                Channel.KIOSK, Change.KIOSK, now);
        filings.file(request, new Consent(new PrivacyNotice.Acceptance("2026-12", true), Channel.KIOSK, now));
        request.startIntake("test-staff", now);
        for (ItemVerification item : request.items()) {
            request.verifyItem(item.itemCode(), item.kind() == ItemKind.FIELD
                    ? VerificationMethod.ORIGINAL_SEEN : VerificationMethod.COPY_RECEIVED, "test-staff", now);
        }
        request.completeIntake("test-staff", now);
        if (accept) {
            request.handToCommittee("test-staff", now);
            request.accept("test-committee", now);
        }
        em.flush();
        return new RequestRef(request.reference(), request.version());
    }
}
