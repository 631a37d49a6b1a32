package coop.khidma.privacy.boundary;

import coop.khidma.assembly.boundary.AssemblyDay;
import coop.khidma.assembly.boundary.CheckIns;
import coop.khidma.assembly.control.ItemResult;
import coop.khidma.assembly.control.Quorum;
import coop.khidma.audit.boundary.AuditRows;
import coop.khidma.audit.boundary.AuditTrail;
import coop.khidma.audit.control.ChainReport;
import coop.khidma.audit.entity.Change;
import coop.khidma.intake.boundary.Paper;
import coop.khidma.correspondence.boundary.Outbox;
import coop.khidma.intake.boundary.RequestRef;
import coop.khidma.intake.boundary.RequestView;
import coop.khidma.intake.boundary.Requests;
import coop.khidma.intake.entity.Channel;
import coop.khidma.intake.entity.RequestStatus;
import coop.khidma.intake.entity.VerificationMethod;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.personaldata.Anonymised;
import coop.khidma.platform.personaldata.CorrectionField;
import coop.khidma.platform.personaldata.DataCategory;
import coop.khidma.platform.personaldata.PersonalRecords.Bilingual;
import coop.khidma.platform.personaldata.PersonalRecords.Entry;
import coop.khidma.platform.personaldata.PersonalRecords.Field;
import coop.khidma.platform.personaldata.PersonalRecords.Key;
import coop.khidma.support.Applications;
import coop.khidma.support.Deployments;
import coop.khidma.support.Failures;
import coop.khidma.support.PrivacyCases;
import coop.khidma.support.RunAs;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The privacy duties over MariaDB: the retention purge (only what is past its period, anonymised, statistics kept,
 * audited with counts, idempotent, once a day across nodes), the retention schedule, the data subject's export,
 * correction and erasure through the request workflow, and the breach log's 72-hour clock. The purge is run "as of"
 * 1 January 2003 on records this class dates before it, so the other tests' records sharing the database are never
 * touched.
 */
@ExtendWith(ArquillianExtension.class)
class PrivacyIT {

    private static final Instant AS_OF = Instant.parse("2003-01-01T00:00:00Z");
    private static final Instant LONG_AGO = Instant.parse("1990-03-01T09:00:00Z");
    private static final Instant LAST_WEEK = AS_OF.minus(Duration.ofDays(7));
    private static final AtomicLong PEOPLE = new AtomicLong(46_000_000);

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject
    Retention retention;

    @Inject
    PurgeJob purgeJob;

    @Inject
    SubjectRights rights;

    @Inject
    Breaches breaches;

    @Inject
    Requests requests;

    @Inject
    AuditTrail audit;

    @Inject
    Applications applications;

    @Inject
    PrivacyCases cases;

    @Inject
    RunAs runAs;

    @Inject
    Outbox outbox;

    @Inject
    AuditRows auditRows;

    @Inject
    CheckIns checkIns;

    /** Today's purge slot is taken before a test makes old records, so the minute timer's run never races them. */
    @BeforeEach
    void todaysPurgeHasRun() {
        purgeJob.offer("PrivacyIT");
    }

    private static String mobile() {
        return "058" + String.format("%07d", PEOPLE.incrementAndGet() % 10_000_000);
    }

    @Test
    void thePurgeAnonymisesWhatIsPastRetentionAndLeavesTheRestAndTheStatistics() throws Exception {
        String oldMobile = mobile(), recentMobile = mobile();
        String old = cases.answeredInquiry("مبارك بن سالم آل منجم", oldMobile, "متى تنعقد الجمعية العمومية؟",
                LONG_AGO, LONG_AGO.plus(Duration.ofDays(3)));
        String recent = cases.answeredInquiry("حصة بنت محمد آل فطيح", recentMobile, "كيف أحدّث رقم جوالي؟",
                LAST_WEEK, LAST_WEEK.plus(Duration.ofDays(1)));
        long oldVolunteer = cases.declinedVolunteer("سالم بن علي آل هتيلة", oldMobile, LONG_AGO);
        long recentVolunteer = cases.declinedVolunteer("منيرة بنت سعد آل شريه", recentMobile, LAST_WEEK);
        long oldContact = cases.replyContact("ظافر بن حسن آل قريع", oldMobile, LONG_AGO);
        long recentContact = cases.replyContact("جواهر بنت ناصر آل مسعود", recentMobile, LAST_WEEK);
        java.time.LocalDate longAgo = java.time.LocalDate.of(1990, 3, 1);
        long oldComment = cases.ratingWithComment("موظف الاستقبال مبارك كان متعاونًا", longAgo);
        long recentComment = cases.ratingWithComment("الانتظار طويل", java.time.LocalDate.of(2002, 12, 20));
        long oldDecided = cases.suggestion("أقترح تمديد الدوام", longAgo, LONG_AGO);
        long oldOpen = cases.suggestion("أقترح مواقف للسيارات", longAgo, null);
        String gone = "1990-000017"; // messages about a request no longer kept: only their own retention reaches them
        List<Long> oldMessages = List.of(cases.message(gone, oldMobile, "PENDING", LONG_AGO),
                cases.message(gone, oldMobile, "DELIVERED", LONG_AGO), cases.message(gone, oldMobile, "FAILED",
                        LONG_AGO), cases.message(gone, oldMobile, "NO_GATEWAY", LONG_AGO));
        long recentMessage = cases.message(recent, recentMobile, "NO_GATEWAY", LAST_WEEK);
        cases.audited(old, "اتصل مبارك بن سالم آل منجم وسأل عن الموعد");
        Map<RequestStatus, Long> statusesBefore = runAs.staff(() -> requests.countsByStatus());
        List<?> typesBefore = cases.countsBy("service_request", "type_code");
        List<?> volunteersBefore = cases.countsBy("volunteer", "status");
        RequestView oldBefore = runAs.staff(() -> requests.detail(old));

        Map<DataCategory, Integer> purged = runAs.admin(() -> retention.purge(AS_OF));

        assertThat(purged).containsEntry(DataCategory.CLOSED_REQUESTS, 1)
                .containsEntry(DataCategory.DECLINED_VOLUNTEERS, 1).containsEntry(DataCategory.SUGGESTION_CONTACTS, 1)
                .containsEntry(DataCategory.FEEDBACK_TEXTS, 2).containsEntry(DataCategory.OUTBOX_MESSAGES, 4);
        assertThat(cases.stored("rating", "comment", oldComment)).isEqualTo(Anonymised.TEXT);
        assertThat(cases.stored("rating", "comment", recentComment)).isEqualTo("الانتظار طويل");
        assertThat(cases.stored("suggestion", "text", oldDecided)).isEqualTo(Anonymised.TEXT);
        assertThat(cases.stored("suggestion", "summary_ar", oldDecided)).as("the association's own words stay")
                .isEqualTo("ملخص الجمعية");
        assertThat(cases.stored("suggestion", "text", oldOpen)).as("not decided yet").isEqualTo("أقترح مواقف للسيارات");
        assertThat(oldMessages).as("messages in every state").allSatisfy(id -> {
            assertThat(cases.stored("message", "body_ar", id)).isEqualTo(Anonymised.TEXT);
            assertThat(cases.stored("message", "recipient_mobile", id)).isNull();
            assertThat(cases.stored("message", "state", id)).isNotEqualTo("PENDING");
        });
        assertThat(cases.stored("message", "last_error", oldMessages.get(0))).as("given up, not sent to nobody")
                .startsWith("given up");
        assertThat(cases.stored("message", "body_ar", recentMessage)).isEqualTo("استلمنا طلبك");
        assertThat(runAs.staff(() -> audit.history(old))).as("what happened stays, the free text goes")
                .singleElement().satisfies(entry -> {
                    assertThat(entry.action()).isEqualTo("study");
                    assertThat(entry.detail()).isEqualTo(Anonymised.TEXT);
                });
        assertThat(runAs.admin(() -> audit.verifyChain()).intact()).isTrue();
        RequestView anonymised = runAs.staff(() -> requests.detail(old));
        assertThat(anonymised.requesterName()).isEqualTo(Anonymised.TEXT);
        assertThat(anonymised.requesterMobile()).isEqualTo("0000000000");
        assertThat(anonymised.details()).isEqualTo(Anonymised.TEXT);
        assertThat(anonymised.outcome()).isEqualTo(Anonymised.TEXT);
        assertThat(anonymised.status()).isEqualTo(RequestStatus.RESOLVED);
        assertThat(anonymised.typeCode()).isEqualTo(oldBefore.typeCode());
        assertThat(anonymised.channel()).isEqualTo(oldBefore.channel());
        assertThat(anonymised.submittedAt()).isEqualTo(oldBefore.submittedAt());
        assertThat(anonymised.closedAt()).isEqualTo(oldBefore.closedAt());
        assertThat(anonymised.ref().version()).as("a screen open on it is refused").isGreaterThan(
                oldBefore.ref().version());
        assertThat(oldBefore.attachments()).hasSize(1);
        assertThat(anonymised.attachments()).as("the scanned papers are deleted").isEmpty();
        assertThat(runAs.staff(() -> requests.detail(recent)).attachments()).hasSize(1);
        assertThat(cases.stored("volunteer", "name", oldVolunteer)).isEqualTo(Anonymised.TEXT);
        assertThat(cases.stored("volunteer", "decline_reason", oldVolunteer)).isEqualTo(Anonymised.TEXT);
        assertThat(cases.stored("reply_request", "mobile", oldContact)).isEqualTo(Anonymised.MOBILE);

        RequestView untouched = runAs.staff(() -> requests.detail(recent));
        assertThat(untouched.requesterName()).isEqualTo("حصة بنت محمد آل فطيح");
        assertThat(untouched.details()).isEqualTo("كيف أحدّث رقم جوالي؟");
        assertThat(cases.stored("volunteer", "name", recentVolunteer)).isEqualTo("منيرة بنت سعد آل شريه");
        assertThat(cases.stored("reply_request", "name", recentContact)).isEqualTo("جواهر بنت ناصر آل مسعود");

        assertThat(runAs.staff(() -> requests.countsByStatus())).isEqualTo(statusesBefore);
        assertThat(cases.countsBy("service_request", "type_code")).isEqualTo(typesBefore);
        assertThat(cases.countsBy("volunteer", "status")).isEqualTo(volunteersBefore);

        List<Change> trail = runAs.admin(() -> audit.history("retention/CLOSED_REQUESTS"));
        assertThat(trail).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("purge");
            assertThat(entry.detail()).startsWith("1 record(s)").doesNotContain(oldMobile.substring(1))
                    .doesNotContain("مبارك");
        });

        assertThat(runAs.admin(() -> retention.purge(AS_OF)).values()).as("a second run changes nothing")
                .containsOnly(0);
        assertThatThrownBy(() -> runAs.admin(() -> retention.purge(Instant.now().plus(Duration.ofDays(1)))))
                .isInstanceOf(DomainException.class).hasMessage("rule.retention.ahead");
        assertThatThrownBy(() -> runAs.staff(() -> retention.purge(AS_OF))).satisfies(failure -> assertThat(Failures.chain(failure))
                        .hasAtLeastOneElementOfType(EJBAccessException.class));
        assertThat(purgeJob.offer("another-node").ran()).as("today's purge already ran on one node").isFalse();
    }

    @Test
    void anAdministratorChangesARetentionPeriodInArabicDigitsAndAStaleScreenIsRefused() throws Exception {
        RetentionRow before = row(DataCategory.SUGGESTION_CONTACTS);

        RetentionRow changed = runAs.admin(() -> retention.change(DataCategory.SUGGESTION_CONTACTS, "٢٠٠",
                before.version()));

        assertThat(changed.days()).isEqualTo(200);
        assertThat(changed.changedBy()).isNotBlank();
        assertThatThrownBy(() -> runAs.admin(() -> retention.change(DataCategory.SUGGESTION_CONTACTS, "300",
                before.version()))).satisfies(failure -> assertThat(Failures.chain(failure))
                        .hasAtLeastOneElementOfType(OptimisticLockException.class));
        assertThatThrownBy(() -> runAs.admin(() -> retention.change(DataCategory.SUGGESTION_CONTACTS, "20",
                changed.version()))).isInstanceOf(DomainException.class).hasMessage("rule.retention.days");
        assertThatThrownBy(() -> runAs.admin(() -> retention.change(DataCategory.SUGGESTION_CONTACTS, "ثلاثون",
                changed.version()))).hasMessage("rule.retention.days");
        assertThat(row(DataCategory.SUGGESTION_CONTACTS).days()).isEqualTo(200);
        assertThat(runAs.admin(() -> audit.history("retention/SUGGESTION_CONTACTS")))
                .anySatisfy(entry -> assertThat(entry.action() + " " + entry.before() + "→" + entry.after())
                        .isEqualTo("changeRetention " + before.days() + "→200"));
        runAs.admin(() -> retention.change(DataCategory.SUGGESTION_CONTACTS, String.valueOf(before.days()),
                changed.version()));
        assertThatThrownBy(() -> runAs.staff(() -> retention.schedule())).satisfies(failure -> assertThat(Failures.chain(failure))
                        .hasAtLeastOneElementOfType(EJBAccessException.class));
    }

    @Test
    void aPersonGetsTheirDataThenCorrectsItThenHasItErasedThroughTheRequestWorkflow() throws Exception {
        String nationalId = Applications.nationalId(PEOPLE.incrementAndGet());
        String mobile = mobile();
        String application = applications.accepted(nationalId, mobile).reference();
        long volunteer = cases.pendingVolunteer("هند بنت علي آل مهري", mobile, Instant.now());
        runAs.staff(() -> requests.attach(requests.detail(application).ref(), new Paper("shares-receipt.pdf",
                "%PDF-1.4 receipt".getBytes(StandardCharsets.US_ASCII))));

        RequestView export = filed("DATA_EXPORT", mobile);
        assertThatThrownBy(() -> runAs.staff(() -> rights.export(export.ref(), nationalId)))
                .isInstanceOf(DomainException.class).hasMessage("rule.privacy.notVerified");
        RequestRef verifiedExport = verified(export);
        SubjectRights.Export copy = runAs.staff(() -> rights.export(verifiedExport, nationalId));

        String page = new String(copy.content(), StandardCharsets.UTF_8);
        assertThat(copy.fileName()).isEqualTo("khidma-" + export.ref().reference() + ".html");
        assertThat(page).contains("بياناتك الشخصية", "Your personal data", application, nationalId, "Test Applicant",
                "هند بنت علي آل مهري", "طلب عضوية", "Membership application", "shares-receipt.pdf",
                "ورقة محفوظة مع الطلب", "Paper kept with the request");
        assertThat(page).as("the consent given with the application").contains("الموافقات المعطاة", "Consents given",
                "Privacy notice accepted, version", "2026-12", "Accepted through");
        assertThat(copy.request().status()).isEqualTo(RequestStatus.RESOLVED);
        assertThat(runAs.staff(() -> requests.timeline(export.ref().reference())))
                .anySatisfy(entry -> assertThat(entry.action()).isEqualTo("exportData"))
                .anySatisfy(entry -> assertThat(String.valueOf(entry.detail())).as("the counts, in the copy's order")
                        .matches("members \\d+, share movements \\d+, assembly records \\d+, requests \\d+, "
                                + "consents \\d+, volunteers \\d+, reply contacts \\d+, "
                                + "messages \\d+"))
                .allSatisfy(entry -> assertThat(String.valueOf(entry.detail())).doesNotContain(nationalId));
        assertThatThrownBy(() -> runAs.staff(() -> rights.proposeErasure(copy.request().ref(), nationalId)))
                .isInstanceOf(DomainException.class).hasMessage("rule.privacy.wrongType");

        RequestRef correction = verified(filed("DATA_CORRECTION", mobile));
        assertThatThrownBy(() -> runAs.staff(() -> rights.proposeCorrection(correction, nationalId,
                CorrectionField.MOBILE, "123"))).isInstanceOf(DomainException.class).hasMessage("rule.mobile.invalid");
        SubjectPreview covered = runAs.staff(() -> rights.preview(correction, nationalId));
        assertThat(covered.mobileBound()).as("the application holds the mobile with the ID").isTrue();
        assertThat(covered.counts()).startsWith("members 0, share movements 0, assembly records 0, requests 3,");
        assertThat(covered.sections()).anySatisfy(section -> assertThat(section.entries())
                .anySatisfy(entry -> assertThat(entry.title()).isEqualTo(application)));
        SubjectCase proposed = runAs.staff(() -> rights.proposeCorrection(correction, nationalId,
                CorrectionField.NAME_LATIN, "Hind Ali Al Mahri"));
        assertThat(proposed.waiting()).satisfies(waiting -> {
            assertThat(waiting.proposedBy()).isEqualTo("run-as-staff");
            assertThat(waiting.value()).isEqualTo("Hind Ali Al Mahri");
        });
        assertThat(runAs.staff(() -> requests.detail(application)).applicant().nameLatin())
                .as("nothing changes before the approval").isEqualTo("Test Applicant");
        assertThatThrownBy(() -> runAs.staff(() -> rights.proposeErasure(correction, nationalId)))
                .hasMessage("rule.privacy.wrongType");
        assertThatThrownBy(() -> runAs.staff(() -> rights.proposeCorrection(correction, nationalId,
                CorrectionField.CITY, "نجران"))).hasMessage("rule.privacy.alreadyWaiting");
        assertThatThrownBy(() -> runAs.staff(() -> rights.approve(correction))).as("staff are not supervisors")
                .satisfies(failure -> assertThat(Failures.chain(failure))
                        .hasAtLeastOneElementOfType(EJBAccessException.class));
        RequestView corrected = runAs.supervisor(() -> rights.approve(correction));
        assertThat(corrected.status()).isEqualTo(RequestStatus.RESOLVED);
        assertThat(runAs.staff(() -> requests.detail(application)).applicant().nameLatin())
                .isEqualTo("Hind Ali Al Mahri");
        assertThat(runAs.staff(() -> requests.timeline(correction.reference())))
                .anySatisfy(entry -> assertThat(entry.detail()).isEqualTo("NAME_LATIN: 1 record(s)"));

        RequestRef erasure = verified(filed("DATA_ERASURE", mobile));
        assertThatThrownBy(() -> runAs.supervisor(() -> rights.approve(erasure)))
                .isInstanceOf(DomainException.class).hasMessage("rule.privacy.noProposal");
        assertThatThrownBy(() -> runAs.staff(() -> requests.resolve(erasure, "تم"))).as("no answer without erasure")
                .isInstanceOf(DomainException.class).hasMessage("rule.request.carryOutTheRight");
        assertThatThrownBy(() -> runAs.staff(() -> rights.proposeErasure(erasure, nationalId)))
                .as("the accepted application is still open").isInstanceOf(DomainException.class)
                .hasMessage("rule.privacy.openRequests");
        RequestView app = runAs.staff(() -> requests.detail(application));
        runAs.staff(() -> requests.withdraw(app.ref(), "سحب المتقدم طلبه قبل الإتلاف"));
        runAs.supervisor(() -> rights.proposeErasure(erasure, nationalId));
        assertThatThrownBy(() -> runAs.supervisor(() -> rights.approve(erasure))).as("not one's own proposal")
                .isInstanceOf(DomainException.class).hasMessage("rule.privacy.ownProposal");
        assertThat(runAs.staff(() -> requests.detail(application)).requesterName()).isNotEqualTo(Anonymised.TEXT);
        RequestView erased = runAs.director(() -> rights.approve(erasure));
        assertThat(runAs.staff(() -> rights.open(erasure.reference())).waiting()).isNull();

        assertThat(erased.status()).isEqualTo(RequestStatus.RESOLVED);
        assertThat(erased.requesterName()).isEqualTo(Anonymised.TEXT);
        RequestView gone = runAs.staff(() -> requests.detail(application));
        assertThat(gone.requesterName()).isEqualTo(Anonymised.TEXT);
        assertThat(gone.applicant().nationalId()).startsWith(Anonymised.ID_PREFIX).hasSize(10);
        assertThat(gone.applicant().nameLatin()).isEqualTo(Anonymised.LATIN);
        assertThat(gone.applicant().city()).as("kept for the statistics").isEqualTo("نجران");
        assertThat(gone.status()).isEqualTo(RequestStatus.WITHDRAWN);
        assertThat(gone.attachments()).as("the erased person's papers are deleted").isEmpty();
        assertThat(cases.stored("volunteer", "mobile", volunteer)).isEqualTo(Anonymised.MOBILE);
        outbox.deliverPending();
        assertThat(runAs.staff(() -> outbox.forRequest(application))).as("sent before or waiting at the erasure")
                .isNotEmpty().allSatisfy(message -> {
                    assertThat(message.bodyArabic()).isEqualTo(Anonymised.TEXT);
                    assertThat(message.bodyEnglish()).isEqualTo(Anonymised.TEXT);
                    assertThat(message.recipientMobile()).isNull();
                });
        assertThat(runAs.staff(() -> requests.timeline(erasure.reference())))
                .anySatisfy(entry -> assertThat(entry.detail()).startsWith("anonymised: requests 4,")
                        .as("the counts, in erasure's order").matches("anonymised: requests 4, members \\d+, "
                                + "volunteers \\d+, reply contacts \\d+, texts naming the person \\d+, "
                                + "messages \\d+, audit details \\d+"));
        RequestRef exportNow = runAs.staff(() -> rights.open(export.ref().reference())).ref();
        String after = new String(runAs.staff(() -> rights.export(exportNow, nationalId)).content(),
                StandardCharsets.UTF_8);
        assertThat(after).doesNotContain(nationalId).doesNotContain("Hind");
    }

    /**
     * The attack on erasure: the person is named everywhere free text goes — their requests and the reason their
     * application was withdrawn (and its audit entry), a rating comment, a suggestion and an improvement item written by
     * others, an audit entry of another record — and a look-alike (a similar name) is named beside them. After the
     * erasure, no text column of any table holds the person's name, national ID or mobile (their own confirmation was
     * delivered first, then anonymised); the look-alike's texts are as they were; the audit chain verifies, and a
     * redaction the database owner undoes is found.
     */
    @Test
    void afterAnErasureNoTableHoldsTheNameIdOrMobileTheLookAlikeKeepsTheirsAndTheChainVerifies() throws Exception {
        String nationalId = Applications.nationalId(PEOPLE.incrementAndGet());
        String mobile = mobile();
        String local = mobile.substring(1);
        String name = "رزان بنت فهد آل شويمي";
        String lookAlike = "رزان بنت فهد الشويمي";
        String application = applications.accepted(nationalId, mobile).reference();
        RequestView app = runAs.staff(() -> requests.detail(application));
        runAs.staff(() -> requests.withdraw(app.ref(), "سحبت " + name + " طلبها هاتفيًا من " + mobile));
        java.time.LocalDate today = java.time.LocalDate.now();
        long comment = cases.ratingWithComment("تأخروا على " + name + " كثيرًا", today);
        long suggestion = cases.suggestion("اقترح أن يتصل أحد بالأخت على " + mobile, today, null);
        long improvement = cases.improvement(comment, "هوية رقم " + nationalId + " انتظرت ساعة");
        cases.audited("suggestion/" + suggestion, "اتصلت " + name + " بشأن الاقتراح");
        long otherComment = cases.ratingWithComment("شكرًا على مساعدة " + lookAlike, today);
        long otherSuggestion = cases.suggestion("اقترحت " + lookAlike + " تمديد الدوام", today, null);
        String otherInquiry = cases.answeredInquiry(lookAlike, mobile(), "متى الاجتماع؟", Instant.now(),
                Instant.now());

        RequestRef erasure = verified(runAs.staff(() -> requests.register("DATA_ERASURE", Channel.IN_PERSON, name,
                mobile, "حضرت " + name + " بنفسها ومعها الهوية")));
        for (String state : List.of("PENDING", "SENT", "DELIVERED", "FAILED", "NO_GATEWAY")) {
            cases.message(application, mobile, state, Instant.now());
        }
        SubjectPreview before = runAs.staff(() -> rights.preview(erasure, nationalId));
        assertThat(before.sections()).as("the copy lists their messages in every state").anySatisfy(section ->
                assertThat(section.entries().stream().flatMap(entry -> entry.fields().stream())
                        .map(field -> String.valueOf(field.value())))
                        .contains("Key[key=messageState.PENDING]", "Key[key=messageState.SENT]",
                                "Key[key=messageState.DELIVERED]", "Key[key=messageState.FAILED]",
                                "Key[key=messageState.NO_GATEWAY]"));
        runAs.supervisor(() -> rights.proposeErasure(erasure, nationalId));
        runAs.director(() -> rights.approve(erasure));
        outbox.deliverPending();

        assertThat(cases.whereFound(List.of(name, nationalId, local))).as("where the person's data remains")
                .isEmpty();
        assertThat(cases.stored("rating", "comment", comment)).isEqualTo(Anonymised.TEXT);
        assertThat(cases.stored("suggestion", "text", suggestion)).isEqualTo(Anonymised.TEXT);
        assertThat(cases.stored("improvement_item", "problem", improvement)).isEqualTo(Anonymised.TEXT);
        assertThat(cases.stored("improvement_item", "action", improvement)).isEqualTo(Anonymised.TEXT);
        assertThat(cases.stored("rating", "score", comment)).as("the statistics stay").isEqualTo("2");
        assertThat(cases.stored("rating", "comment", otherComment)).isEqualTo("شكرًا على مساعدة " + lookAlike);
        assertThat(cases.stored("suggestion", "text", otherSuggestion))
                .isEqualTo("اقترحت " + lookAlike + " تمديد الدوام");
        assertThat(runAs.staff(() -> requests.detail(otherInquiry)).requesterName()).isEqualTo(lookAlike);
        assertThat(runAs.staff(() -> requests.timeline(application))).as("what happened stays")
                .anySatisfy(entry -> assertThat(entry.action()).isEqualTo("withdraw"))
                .allSatisfy(entry -> assertThat(String.valueOf(entry.detail())).doesNotContain(name, mobile));
        assertThat(runAs.staff(() -> audit.history("suggestion/" + suggestion))).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.action()).isEqualTo("study");
                    assertThat(entry.detail()).isEqualTo(Anonymised.TEXT);
                });

        ChainReport chain = runAs.admin(() -> audit.verifyChain());
        assertThat(chain.intact()).as(chain.broken() + " " + (chain.broken() == null ? ""
                : auditRows.row(chain.broken().id()))).isTrue();
        long redacted = auditRows.redacted("suggestion/" + suggestion);
        auditRows.detailAsOwner(redacted, "اتصلت " + name + " بشأن الاقتراح");
        try {
            assertThat(runAs.admin(() -> audit.verifyChain()).broken())
                    .as("the owner's undoing of a redaction is found").satisfies(broken -> {
                        assertThat(broken.id()).isEqualTo(redacted);
                        assertThat(broken.fault()).isEqualTo(ChainReport.Fault.CONTENT);
                    });
        } finally {
            auditRows.detailAsOwner(redacted, Anonymised.TEXT);
        }
        assertThat(runAs.admin(() -> audit.verifyChain()).intact()).isTrue();
    }

    /**
     * The General Assembly's records in the copy: a member who was invited, gave a proxy at one meeting, held one at the
     * next, attended and voted finds all of it, and their share movement, in their copy, with their own choice; the
     * choices of the member whose vote they cast as proxy and of another member never appear. The member who appointed
     * them, withdrawn since, is erased: the minutes' attendance and totals are the same afterwards, and their copy
     * finds nothing.
     */
    @Test
    void aMembersCopyHoldsTheirAssemblyRecordsAndOwnVoteOnlyAndErasureLeavesTheMinutesTotals() throws Exception {
        List<String> ids = List.of(Applications.nationalId(PEOPLE.incrementAndGet()),
                Applications.nationalId(PEOPLE.incrementAndGet()), Applications.nationalId(PEOPLE.incrementAndGet()));
        List<String> mobiles = List.of(mobile(), mobile(), mobile());
        List<String> numbers = List.of("PV-GA-" + ids.get(0).substring(4), "PV-GA-" + ids.get(1).substring(4),
                "PV-GA-" + ids.get(2).substring(4));
        List<Long> meetings = cases.assemblyMembers(ids, mobiles, numbers);
        String march = "GA-" + meetings.get(0);
        String june = "GA-" + meetings.get(1);

        RequestRef export = verified(filed("DATA_EXPORT", mobiles.get(0)));
        SubjectPreview preview = runAs.staff(() -> rights.preview(export, ids.get(0)));
        assertThat(preview.counts()).startsWith("members 1, share movements 1, assembly records 5, requests 1,");
        assertThat(section(preview, "privacy.export.shares")).containsExactly(new Entry("2024-01-07", List.of(
                new Field("privacy.field.type", new Key("shareKind.INITIAL_SUBSCRIPTION")),
                new Field("privacy.field.shares", 12), new Field("privacy.field.balance", 12),
                new Field("privacy.field.evidence", "R-PV-GA-1"), new Field("privacy.field.request", null),
                new Field("privacy.field.counterpart", null),
                new Field("privacy.field.recordedAt", Instant.parse("2024-01-07T09:00:00Z")))));
        Instant juneMeeting = Instant.parse("2024-06-09T13:00:00Z");
        assertThat(section(preview, "privacy.export.assembly")).containsExactly(
                new Entry(june, List.of(record("invitation"), new Field("privacy.field.meetingAt", juneMeeting),
                        new Field("privacy.field.membershipNumber", numbers.get(0)),
                        new Field("privacy.field.shares", 12),
                        new Field("privacy.field.channel", new Key("messageChannel.SMS")),
                        new Field("privacy.field.sentAt", Instant.parse("2024-05-12T07:00:00Z")))),
                new Entry(march, List.of(record("proxyGiven"),
                        new Field("privacy.field.meetingAt", Instant.parse("2024-03-10T13:00:00Z")),
                        new Field("privacy.field.proxyGrantor", numbers.get(0)),
                        new Field("privacy.field.proxyHolder", numbers.get(1)),
                        new Field("privacy.field.request", null),
                        new Field("privacy.field.appointedAt", Instant.parse("2024-03-01T08:00:00Z")),
                        new Field("privacy.field.withdrawnAt", null))),
                new Entry(june, List.of(record("proxyHeld"), new Field("privacy.field.meetingAt", juneMeeting),
                        new Field("privacy.field.proxyGrantor", numbers.get(2)),
                        new Field("privacy.field.proxyHolder", numbers.get(0)),
                        new Field("privacy.field.request", null),
                        new Field("privacy.field.appointedAt", Instant.parse("2024-05-20T08:00:00Z")),
                        new Field("privacy.field.withdrawnAt", null))),
                new Entry(june, List.of(record("attendance"), new Field("privacy.field.meetingAt", juneMeeting),
                        new Field("privacy.field.membershipNumber", numbers.get(0)),
                        new Field("privacy.field.presence", new Key("privacy.assembly.mode.IN_PERSON")),
                        new Field("privacy.field.voter", numbers.get(0)), new Field("privacy.field.shares", 12),
                        new Field("privacy.field.desk", new Key("assemblyday.desk.KIOSK")),
                        new Field("privacy.field.checkedInAt", Instant.parse("2024-06-09T12:50:00Z")))),
                new Entry(june, List.of(record("vote"), new Field("privacy.field.agendaItem",
                                new Bilingual("1. اعتماد الميزانية", "1. Approving the budget")),
                        new Field("privacy.field.choice", new Key("assemblyday.choice.FOR")),
                        new Field("privacy.field.castBy", numbers.get(0)),
                        new Field("privacy.field.desk", new Key("assemblyday.desk.KIOSK")),
                        new Field("privacy.field.votedAt", Instant.parse("2024-06-09T13:30:00Z")))));
        String page = new String(runAs.staff(() -> rights.export(export, ids.get(0))).content(),
                StandardCharsets.UTF_8);
        assertThat(page).contains("الجمعية العمومية", "The General Assembly", "1. اعتماد الميزانية",
                        "1. Approving the budget", "<td>For</td>", "<td>موافق</td>", "Proxy you held", "Initial subscription")
                .as("the choices of the member they voted for as proxy, and of another member")
                .doesNotContain("Against", "غير موافق", "Abstain", "ممتنع", ids.get(1), ids.get(2));

        AssemblyDay before = runAs.staff(() -> checkIns.day(meetings.get(1)));
        assertThat(before.present()).isEqualTo(new Quorum.Count(3, 36));
        assertThat(before.items().get(0).result().tally()).isEqualTo(new ItemResult.Tally(1, 1, 1));
        RequestRef erasure = verified(filed("DATA_ERASURE", mobiles.get(2)));
        runAs.staff(() -> rights.proposeErasure(erasure, ids.get(2)));
        runAs.supervisor(() -> rights.approve(erasure));
        AssemblyDay after = runAs.staff(() -> checkIns.day(meetings.get(1)));
        assertThat(after.present()).as("the minutes' attendance").isEqualTo(new Quorum.Count(3, 36));
        assertThat(after.items().get(0).result().tally()).as("the minutes' totals")
                .isEqualTo(new ItemResult.Tally(1, 1, 1));
        RequestRef erasedExport = verified(filed("DATA_EXPORT", mobiles.get(2)));
        assertThat(runAs.staff(() -> rights.preview(erasedExport, ids.get(2))).counts())
                .startsWith("members 0, share movements 0, assembly records 0,");
    }

    private static List<Entry> section(SubjectPreview preview, String titleKey) {
        return preview.sections().stream().filter(section -> section.titleKey().equals(titleKey)).findFirst()
                .orElseThrow().entries();
    }

    private static Field record(String kind) {
        return new Field("privacy.field.assemblyRecord", new Key("privacy.assembly." + kind));
    }

    @Test
    void someoneShowingTheirOwnIdWithAnotherPersonsMobileGetsNoneOfThatPersonsRecords() throws Exception {
        String victimId = Applications.nationalId(PEOPLE.incrementAndGet());
        String victimMobile = mobile();
        String victimApplication = applications.accepted(victimId, victimMobile).reference();
        long volunteer = cases.pendingVolunteer("نورة بنت محمد آل يام", victimMobile, Instant.now());
        String attackerId = Applications.nationalId(PEOPLE.incrementAndGet());

        RequestRef export = verified(filed("DATA_EXPORT", victimMobile));
        SubjectPreview preview = runAs.staff(() -> rights.preview(export, attackerId));
        assertThat(preview.mobileBound()).isFalse();
        assertThat(preview.counts()).startsWith("members 0, share movements 0, assembly records 0, requests 1, ").contains("volunteers 0, reply contacts 0");
        assertThat(preview.sections()).allSatisfy(section -> assertThat(section.entries())
                .noneSatisfy(entry -> assertThat(entry.title()).isIn(victimApplication, "نورة بنت محمد آل يام")));
        String page = new String(runAs.staff(() -> rights.export(export, attackerId)).content(),
                StandardCharsets.UTF_8);
        assertThat(page).contains(export.reference())
                .doesNotContain(victimApplication, victimId, "نورة بنت محمد آل يام", "Test Applicant");
        assertThatThrownBy(() -> runAs.staff(() -> rights.export(runAs.staff(() -> rights.open(export.reference()))
                .ref(), ""))).as("never by the mobile alone").hasMessage("rule.privacy.subjectRequired");

        RequestRef erasure = verified(filed("DATA_ERASURE", victimMobile));
        runAs.staff(() -> rights.proposeErasure(erasure, attackerId));
        runAs.supervisor(() -> rights.approve(erasure));
        RequestView untouched = runAs.staff(() -> requests.detail(victimApplication));
        assertThat(untouched.applicant().nationalId()).isEqualTo(victimId);
        assertThat(untouched.applicant().nameLatin()).isEqualTo("Test Applicant");
        assertThat(cases.stored("volunteer", "mobile", volunteer)).isNotEqualTo(Anonymised.MOBILE);
        assertThat(runAs.staff(() -> requests.detail(erasure.reference())).requesterName())
                .as("the erasure request itself is the requester's").isEqualTo(Anonymised.TEXT);
    }

    @Test
    void aBreachShowsItsSeventyTwoHourClockAndEachNotificationIsRecordedOnce() throws Exception {
        BreachRow late = runAs.admin(() -> breaches.record("أُرسل كشف المتقدمين إلى بريد خاطئ",
                Instant.now().minus(Duration.ofHours(80)), "أسماء وأرقام جوالات", "١٢", "استُرجع البريد وأُبلغ المستلم"));
        BreachRow fresh = runAs.admin(() -> breaches.record("فُقد جهاز محمول لموظف", Instant.now().minus(
                Duration.ofHours(1)), "لا بيانات على الجهاز مشفرة", "0", "أُبلغ الدعم الفني ومُسح الجهاز عن بعد"));

        assertThat(late.overdue()).isTrue();
        assertThat(late.peopleAffected()).isEqualTo(12);
        assertThat(late.deadline()).isEqualTo(late.discoveredAt().plus(Duration.ofHours(72)));
        assertThat(fresh.overdue()).isFalse();
        assertThat(fresh.timeLeft()).isLessThanOrEqualTo(Duration.ofHours(71)).isGreaterThan(Duration.ofHours(70));

        BreachRow notified = runAs.admin(() -> breaches.notifyAuthority(late.id(), late.version()));
        assertThat(notified.overdue()).isFalse();
        assertThat(notified.notifiedLate()).isTrue();
        assertThatThrownBy(() -> runAs.admin(() -> breaches.notifyAuthority(late.id(), notified.version())))
                .isInstanceOf(DomainException.class).hasMessage("rule.breach.alreadyNotified");
        assertThat(runAs.admin(() -> breaches.notifySubjects(late.id(), notified.version())).subjectsNotifiedAt())
                .isNotNull();
        assertThat(runAs.admin(() -> breaches.log())).extracting(BreachRow::id).contains(late.id(), fresh.id());
        assertThat(runAs.admin(() -> audit.history("breach/" + late.id()))).extracting(Change::action)
                .containsExactly("recordBreach", "notifyAuthority", "notifySubjects");
        assertThatThrownBy(() -> runAs.admin(() -> breaches.record("x", Instant.now().plus(Duration.ofHours(1)),
                "y", "1", "z"))).hasMessage("rule.breach.discoveredInFuture");
        assertThatThrownBy(() -> runAs.staff(() -> breaches.log())).satisfies(failure -> assertThat(Failures.chain(failure))
                        .hasAtLeastOneElementOfType(EJBAccessException.class));
    }

    private RetentionRow row(DataCategory category) throws Exception {
        return runAs.admin(() -> retention.schedule()).stream().filter(row -> row.category() == category)
                .findFirst().orElseThrow();
    }

    private RequestView filed(String type, String mobile) throws Exception {
        return runAs.staff(() -> requests.register(type, Channel.IN_PERSON, "هند بنت علي آل مهري", mobile,
                "حضرت بنفسها ومعها الهوية"));
    }

    /** Through intake: every mandatory item verified (the identity seen in the original), then complete. */
    private RequestRef verified(RequestView filed) throws Exception {
        RequestView view = runAs.staff(() -> requests.startIntake(filed.ref()));
        for (RequestView.Item item : view.items()) {
            if (item.mandatory()) {
                RequestRef ref = view.ref();
                view = runAs.staff(() -> requests.verifyItem(ref, item.code(), VerificationMethod.ORIGINAL_SEEN));
            }
        }
        RequestRef ref = view.ref();
        return runAs.staff(() -> requests.completeIntake(ref)).ref();
    }
}
