package coop.khidma.intake.boundary;

import coop.khidma.correspondence.boundary.Outbox;
import coop.khidma.correspondence.entity.Message;
import coop.khidma.correspondence.entity.MessageKind;
import coop.khidma.intake.boundary.KioskRequests.Acknowledgement;
import coop.khidma.intake.entity.Channel;
import coop.khidma.intake.entity.RequestStatus;
import coop.khidma.intake.entity.ServiceRequest;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.personaldata.PrivacyNotice;
import coop.khidma.support.Deployments;
import coop.khidma.support.RunAs;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The kiosk's inquiry through the real EJBs, on Payara Micro, into MariaDB and back out to the staff inbox. */
@ExtendWith(ArquillianExtension.class)
class InquiriesIT {

    /** The privacy notice in force, accepted: what every kiosk filing carries. */
    private static final PrivacyNotice.Acceptance NOTICE = new PrivacyNotice.Acceptance("2026-12", true);

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject
    KioskRequests kiosk;

    @Inject
    Requests requests;

    @Inject
    RunAs runAs;

    @Inject
    Outbox outbox;

    @Test
    void aKioskInquiryIsStoredAndReachesTheStaffInbox() throws Exception {
        Acknowledgement received = kiosk.fileInquiry("  سارة   العتيبي ", "٠٥٠ ١٢٣ ٤٥٦٧",
                "متى موعد اجتماع الجمعية العمومية القادم؟", NOTICE);

        assertThat(received.reference()).matches("\\d{4}-\\d{6}");
        assertThat(runAs.staff(() -> requests.inbox(0, 500)))
                .filteredOn(row -> row.reference().equals(received.reference()))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.requesterName()).isEqualTo("سارة العتيبي");
                    assertThat(row.typeCode()).isEqualTo(ServiceRequest.INQUIRY);
                    assertThat(row.channel()).isEqualTo(Channel.KIOSK);
                    assertThat(row.status()).isEqualTo(RequestStatus.SUBMITTED);
                    assertThat(row.submittedAt()).isEqualTo(received.submittedAt());
                });
    }

    @Test
    void aBrokenRuleStoresNothingAndGivesItsReferenceNumberBack() throws Exception {
        Acknowledgement first = kiosk.fileInquiry("Fahad", "0551234567", "How do I buy more shares?", NOTICE);
        long stored = runAs.staff(requests::count);

        assertThatThrownBy(() -> kiosk.fileInquiry("Fahad", "0412345678", "Again?", NOTICE))
                .isInstanceOfSatisfying(DomainException.class,
                        broken -> assertThat(broken.key()).isEqualTo("rule.mobile.invalid"));
        assertThatThrownBy(() -> kiosk.fileInquiry("Fahad", "0551234567", "   ", NOTICE))
                .isInstanceOfSatisfying(DomainException.class,
                        broken -> assertThat(broken.key()).isEqualTo("rule.question.required"));
        Acknowledgement next = kiosk.fileInquiry("Fahad", "0551234567", "And the annual report?", NOTICE);

        assertThat(runAs.staff(requests::count)).isEqualTo(stored + 1);
        assertThat(sequenceOf(next)).isEqualTo(sequenceOf(first) + 1);
    }

    @Test
    void nothingIsFiledAtTheKioskWithoutThePrivacyNoticeInForceAcceptedAndEachFilingKeepsIt() throws Exception {
        long before = runAs.staff(requests::count);
        assertConsentRefused("rule.consent.required", () -> kiosk.fileInquiry("نورة آل سدران", "0553217654",
                "متى تصرف الأرباح؟", new PrivacyNotice.Acceptance("2026-12", false)));
        assertConsentRefused("rule.consent.required", () -> kiosk.fileInquiry("نورة آل سدران", "0553217654",
                "متى تصرف الأرباح؟", null));
        assertConsentRefused("rule.consent.outdated", () -> kiosk.file(new KioskRequests.Filing("SUPPORT",
                "نورة آل سدران", "0553217654", java.util.Map.of("MEMBER_IDENTITY", "1000000008",
                "SUPPORT_DESCRIPTION", "دعم"), java.util.Set.of("GUIDE_ACK"),
                new PrivacyNotice.Acceptance("2025-01", true))));
        assertConsentRefused("rule.consent.versionRequired", () -> kiosk.fileApplication(new KioskRequests.Application(
                "1000000107", "نورة آل سدران", "Noura Al Sadran", "0553217654", null, "نجران", 5),
                new PrivacyNotice.Acceptance(" ", true)));
        assertThat(runAs.staff(requests::count)).as("nothing stored").isEqualTo(before);

        Acknowledgement filed = kiosk.fileInquiry("نورة آل سدران", "0553217654", "متى تصرف الأرباح؟", NOTICE);

        assertThat(runAs.staff(() -> requests.timeline(filed.reference())))
                .filteredOn(entry -> entry.action().equals("submit")).singleElement()
                .satisfies(entry -> assertThat(entry.detail())
                        .isEqualTo("INQUIRY via KIOSK; privacy notice 2026-12 accepted via KIOSK"));
    }

    private static void assertConsentRefused(String key, org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).satisfies(thrown -> assertThat(coop.khidma.support.Failures.chain(thrown))
                .anySatisfy(cause -> assertThat(cause).isInstanceOfSatisfying(DomainException.class,
                        broken -> assertThat(broken.key()).isEqualTo(key))));
    }

    @Test
    void theInboxIsForStaffOnly() {
        assertThatThrownBy(() -> requests.inbox(0, 10)).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> requests.count()).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void theInboxPagesNewestFirst() throws Exception {
        kiosk.fileInquiry("Page One", "0561111111", "First", NOTICE);
        Acknowledgement newest = kiosk.fileInquiry("Page Two", "0562222222", "Second", NOTICE);

        assertThat(runAs.staff(() -> requests.inbox(0, 1))).singleElement()
                .extracting(InboxRow::reference).isEqualTo(newest.reference());
        assertThat(runAs.staff(() -> requests.inbox(1, 1))).singleElement()
                .extracting(InboxRow::reference).isNotEqualTo(newest.reference());
    }

    private static long sequenceOf(Acknowledgement acknowledgement) {
        return Long.parseLong(acknowledgement.reference().substring(5));
    }

    @Test
    void aSupportRequestFiledFromItsChecklistAtTheKioskIsTrackedWithItsHolder() throws Exception {
        assertThat(kiosk.offeredTypes()).extracting(KioskRequests.KioskType::code)
                .containsSubsequence("MEMBERSHIP_APPLICATION", "SUPPORT", "MEMBERSHIP_UPDATE", "CERTIFICATE",
                        "COMPLAINT", "SUGGESTION", "WITHDRAWAL")
                .doesNotContain("INQUIRY");

        Acknowledgement received = kiosk.file(new KioskRequests.Filing("SUPPORT", "منى الصيعري", "0559998877",
                java.util.Map.of("MEMBER_IDENTITY", "1000000008", "SUPPORT_DESCRIPTION", "دعم لتكاليف العلاج"),
                java.util.Set.of("GUIDE_ACK"), NOTICE));

        KioskRequests.PublicStatus status = kiosk.track(received.reference(), "٠٥٥٩٩٩٨٨٧٧");
        assertThat(status.typeCode()).isEqualTo("SUPPORT");
        assertThat(status.status()).isEqualTo(RequestStatus.SUBMITTED);
        assertThat(status.holder()).isEqualTo("STAFF");
        assertThat(runAs.staff(() -> requests.inbox(0, 500)))
                .filteredOn(row -> row.reference().equals(received.reference())).singleElement()
                .satisfies(row -> assertThat(row.channel()).isEqualTo(Channel.KIOSK));
    }

    @Test
    void fiveWrongMobilesLockAReferenceAndTwentyWrongTriesLockAKioskDeviceWithTheSameAnswerAsNotFound()
            throws Exception {
        Acknowledgement filed = kiosk.fileInquiry("ريم آل منصور", "0554443322", "متى تُفتح الجمعية؟", NOTICE);
        Acknowledgement other = kiosk.fileInquiry("ريم آل منصور", "0554443322", "وما مواعيد الاستقبال؟", NOTICE);
        String device = "test-device-" + System.nanoTime();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThatThrownBy(() -> kiosk.track(filed.reference(), "0551112233"))
                    .isInstanceOf(DomainException.class).hasMessage("rule.tracking.notFound");
        }
        assertThatThrownBy(() -> kiosk.track(filed.reference(), "0554443322", device))
                .as("locked: the right mobile gets the same answer as a wrong one")
                .isInstanceOf(DomainException.class).hasMessage("rule.tracking.notFound");
        assertThat(kiosk.track(other.reference(), "0554443322", device).reference()).isEqualTo(other.reference());

        for (int attempt = 1; attempt <= 20; attempt++) {
            String guess = "2026-9" + String.format("%05d", attempt);
            assertThatThrownBy(() -> kiosk.track(guess, "0554443322", device)).hasMessage("rule.tracking.notFound");
        }
        assertThatThrownBy(() -> kiosk.track(other.reference(), "0554443322", device))
                .as("the sweeping device is locked").hasMessage("rule.tracking.notFound");
        assertThat(kiosk.track(other.reference(), "0554443322", "another-device").reference())
                .as("another kiosk, and the website, still track it").isEqualTo(other.reference());
        assertThat(kiosk.track(other.reference(), "٠٥٥٤٤٤٣٣٢٢").reference()).isEqualTo(other.reference());
    }

    @Test
    void atMostFiveAcknowledgementsGoToOneMobileADayAndTheFilingsAreKeptAllTheSame() throws Exception {
        String mobile = String.format("057%07d", System.nanoTime() % 10_000_000L);
        List<String> filed = new ArrayList<>();
        for (int filing = 1; filing <= 6; filing++) {
            filed.add(kiosk.fileInquiry("سلمان آل حارث", mobile, "سؤال رقم " + filing, NOTICE).reference());
        }

        assertThat(runAs.staff(() -> outbox.forRequest(filed.get(4)))).extracting(Message::kind)
                .containsExactly(MessageKind.ACKNOWLEDGEMENT);
        assertThat(runAs.staff(() -> outbox.forRequest(filed.get(5)))).as("the sixth today is not sent").isEmpty();
        assertThat(runAs.staff(() -> requests.detail(filed.get(5))).status()).isEqualTo(RequestStatus.SUBMITTED);
        assertThat(runAs.staff(() -> requests.timeline(filed.get(5))))
                .anySatisfy(entry -> assertThat(entry.action()).isEqualTo("refuseDailyLimit"))
                .allSatisfy(entry -> assertThat(String.valueOf(entry.detail())).doesNotContain(mobile.substring(1)));
    }

    @Test
    void theKioskFilesOnlyItsOwnTypesAndAnsweredChecklists() {
        assertThatThrownBy(() -> kiosk.file(new KioskRequests.Filing("INQUIRY", "Ali", "0551112233",
                java.util.Map.of(), java.util.Set.of(), NOTICE)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("rule.request.notAtKiosk"));
        assertThatThrownBy(() -> kiosk.file(new KioskRequests.Filing("CERTIFICATE", "Ali", "0551112233",
                java.util.Map.of("MEMBER_IDENTITY", "12"), java.util.Set.of(), NOTICE)))
                .isInstanceOf(DomainException.class);
    }

    @Inject
    coop.khidma.review.boundary.Calendars calendars;

    @Test
    void anyoneMayAskWhenTheCommitteeWouldDecide() {
        java.time.LocalDate sunday = java.time.LocalDate.of(2026, 11, 1);
        var window = calendars.expectedDecision(sunday);
        assertThat(window.earliest()).isAfter(sunday);
        assertThat(window.latest()).isAfterOrEqualTo(window.earliest());
        assertThatThrownBy(() -> calendars.settings()).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void aMembershipApplicationFromTheKioskWizardNeedsTheBylawsTickedAndIsTracked() throws Exception {
        java.util.Map<String, String> details = java.util.Map.of(KioskRequests.NATIONAL_ID, "١٠٠٠٠٠٠١٠٧",
                KioskRequests.NAME_ARABIC, "ريم آل منصور", KioskRequests.NAME_LATIN, "Reem Al Mansour",
                KioskRequests.CITY, "نجران", KioskRequests.SHARES, "٥", KioskRequests.EMAIL, "");
        long before = runAs.staff(requests::count);
        assertThatThrownBy(() -> kiosk.file(new KioskRequests.Filing("MEMBERSHIP_APPLICATION", "ريم آل منصور",
                "0557776655", details, java.util.Set.of(), NOTICE)))
                .satisfies(thrown -> assertThat(coop.khidma.support.Failures.chain(thrown))
                        .anySatisfy(cause -> assertThat(cause).isInstanceOfSatisfying(DomainException.class,
                                broken -> assertThat(broken.key()).isEqualTo("rule.answer.confirmationRequired"))));
        assertThat(runAs.staff(requests::count)).isEqualTo(before);

        Acknowledgement received = kiosk.file(new KioskRequests.Filing("MEMBERSHIP_APPLICATION", "ريم آل منصور",
                "0557776655", details, java.util.Set.of("BYLAWS_ACK"), NOTICE));
        KioskRequests.PublicStatus status = kiosk.track(received.reference(), "0557776655");
        assertThat(status.typeCode()).isEqualTo("MEMBERSHIP_APPLICATION");
        assertThat(status.holder()).isEqualTo("STAFF");
        assertThatThrownBy(() -> kiosk.file(new KioskRequests.Filing("MEMBERSHIP_APPLICATION", "x", "0557776655",
                java.util.Map.of(KioskRequests.NATIONAL_ID, "1000000107", KioskRequests.NAME_ARABIC, "ريم",
                        KioskRequests.NAME_LATIN, "Reem", KioskRequests.CITY, "نجران", KioskRequests.SHARES, "لا"),
                java.util.Set.of("BYLAWS_ACK"), NOTICE)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo("rule.member.shares"));
    }
}
