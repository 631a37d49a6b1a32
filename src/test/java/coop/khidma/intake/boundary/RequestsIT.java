package coop.khidma.intake.boundary;

import coop.khidma.audit.entity.AuditEntry;
import coop.khidma.audit.entity.Change;
import coop.khidma.correspondence.boundary.Outbox;
import coop.khidma.correspondence.control.HttpSms;
import coop.khidma.correspondence.control.SmsSegments;
import coop.khidma.correspondence.entity.Message;
import coop.khidma.correspondence.entity.MessageChannel;
import coop.khidma.correspondence.entity.MessageKind;
import coop.khidma.correspondence.entity.MessageState;
import coop.khidma.escalation.boundary.Escalations;
import coop.khidma.intake.boundary.KioskRequests.PublicStatus;
import coop.khidma.intake.control.RequestAction;
import coop.khidma.intake.control.Urgency;
import coop.khidma.intake.entity.Applicant;
import coop.khidma.intake.entity.Channel;
import coop.khidma.intake.entity.ItemState;
import coop.khidma.intake.entity.ItemVerification;
import coop.khidma.intake.entity.RequestStatus;
import coop.khidma.intake.entity.Requester;
import coop.khidma.intake.entity.ServiceRequest;
import coop.khidma.intake.entity.VerificationMethod;
import coop.khidma.membership.boundary.Registrations;
import coop.khidma.membership.entity.Member;
import coop.khidma.membership.entity.MemberEvent;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.personaldata.PrivacyNotice;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.review.boundary.Calendars;
import coop.khidma.review.boundary.Reviews;
import coop.khidma.review.entity.Holiday;
import coop.khidma.satisfaction.boundary.RatingInvitations;
import coop.khidma.satisfaction.entity.RatedService;
import coop.khidma.support.Applications;
import coop.khidma.support.Deployments;
import coop.khidma.support.Failures;
import coop.khidma.support.FakeSmsProvider;
import coop.khidma.support.RunAs;
import coop.khidma.support.SuiteMailServer;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.eclipse.persistence.descriptors.changetracking.ChangeTracker;
import org.eclipse.persistence.internal.weaving.PersistenceWeaved;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Intake at the counter (policy clause 2) through the real EJBs over MariaDB: the checklist gate, returns, conflicts. */
@ExtendWith(ArquillianExtension.class)
class RequestsIT {

    /** The privacy notice in force, accepted: what every kiosk filing carries. */
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** The suite's report secret (src/test/resources/it-provider/report-secret), as the provider shows it. */
    private static final String REPORT_SECRET = "Bearer it-only-delivery-report-secret-0001";

    private static final PrivacyNotice.Acceptance NOTICE = new PrivacyNotice.Acceptance("2026-12", true);

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject
    Requests requests;

    @Inject
    KioskRequests kiosk;

    @Inject
    KioskSubmissionRows submissions;

    @Inject
    KioskSubmissionExpiry submissionExpiry;

    @Inject
    Outbox outbox;

    @Inject
    RatingInvitations invitations;

    @Inject
    OutboxRows rows;

    @Inject
    WebsiteRequests website;

    /** The request that runs the test: it tells the application's own address. */
    @Inject
    HttpServletRequest running;

    @Inject
    Escalations escalations;

    @Inject
    RunAs runAs;

    @Inject
    RequestTypes types;

    @Inject
    Calendars calendars;

    @Inject
    Reviews reviews;

    @Inject
    Registrations registrations;

    @Inject
    Applications applications;

    @Test
    void aComplaintByPhoneIsCheckedItemByItemServedAndAnswered() throws Exception {
        RequestView filed = runAs.staff(() -> requests.register("COMPLAINT", Channel.PHONE, "خالد اليامي",
                "0551112233", "تأخر الرد على طلبي السابق"));
        RequestView inIntake = runAs.staff(() -> requests.startIntake(filed.ref()));

        assertThatThrownBy(() -> runAs.staff(() -> requests.completeIntake(inIntake.ref())))
                .isInstanceOfSatisfying(DomainException.class,
                        broken -> assertThat(broken.key()).isEqualTo("rule.request.itemsUnverified"));

        RequestView verified = runAs.staff(() -> requests.verifyItem(
                requests.detail(filed.ref().reference()).ref(), "COMPLAINT_TEXT", VerificationMethod.ORIGINAL_SEEN));
        assertThat(verified.items()).filteredOn(item -> item.code().equals("COMPLAINT_TEXT")).singleElement()
                .satisfies(item -> {
                    assertThat(item.state()).isEqualTo(ItemState.VERIFIED);
                    assertThat(item.verifiedBy()).isEqualTo("run-as-staff");
                    assertThat(item.verifiedAt()).isNotNull();
                });
        RequestView complete = runAs.staff(() -> requests.completeIntake(verified.ref()));
        assertThat(complete.status()).isEqualTo(RequestStatus.VERIFIED);
        RequestView served = runAs.staff(() -> requests.startService(complete.ref()));
        RequestView resolved = runAs.staff(() -> requests.resolve(served.ref(), "اعتذرنا وتمت معالجة الطلب"));

        assertThat(resolved.status()).isEqualTo(RequestStatus.RESOLVED);
        assertThat(runAs.staff(() -> requests.timeline(filed.ref().reference()))).extracting(Change::action)
                .containsSubsequence("submit", "startIntake", "verifyItem", "completeIntake", "startService",
                        "resolve");
        List<Message> told = runAs.staff(() -> outbox.forRequest(filed.ref().reference()));
        assertThat(told).extracting(Message::kind).containsExactly(MessageKind.ACKNOWLEDGEMENT, MessageKind.ANSWER,
                MessageKind.RATING_INVITATION);

        // closed: the requester is texted a one-time code (by phone: SMS), which rates the service once, anonymously
        Message invitation = told.get(2);
        assertThat(invitation.channel()).isEqualTo(MessageChannel.SMS);
        assertThat(invitation.recipientMobile().national()).isEqualTo("0551112233");
        String code = invitation.subjectEnglish().replaceAll("(?s).*code (\\d{4} \\d{4}).*", "$1");
        assertThat(code).matches("\\d{4} \\d{4}");
        assertThat(invitation.subjectArabic()).contains(code).doesNotContain("خالد").doesNotContain("تأخر");
        String arabicIndic = code.chars().mapToObj(c -> Character.isDigit(c) ? String.valueOf((char) (c - '0' + '٠'))
                : String.valueOf((char) c)).collect(Collectors.joining());
        String device = "requests-it-" + filed.ref().reference();
        assertThat(invitations.check(device, arabicIndic)).isEqualTo(RatedService.SUPPORT);
        invitations.rate(device, arabicIndic, 5, "رد سريع ولطيف");
        assertBrokenRule("rule.ratingCode.wrong", () -> invitations.rate(device, code, 1, null));
        assertBrokenRule("rule.ratingCode.wrong", () -> invitations.check("another-device", code));
    }

    @Test
    void aRequestWithMissingItemsGoesBackToTheMemberWhoSeesTheListAndResumes() throws Exception {
        RequestView filed = runAs.staff(() -> requests.register("COMPLAINT", Channel.LETTER, "منى آل منصور",
                "0553334455", null, new Paper("complaint.pdf", PDF)));
        RequestView inIntake = runAs.staff(() -> requests.startIntake(filed.ref()));
        RequestView marked = runAs.staff(() -> requests.markMissing(inIntake.ref(), "COMPLAINT_TEXT",
                "لم تُرفق تفاصيل الشكوى"));
        // by letter, but she asks at the counter to be texted from now on: no e-mail was given, so not that
        assertBrokenRule("rule.channel.noEmail", () -> runAs.staff(() -> requests.preferChannel(marked.ref(),
                MessageChannel.EMAIL)));
        assertThatThrownBy(() -> requests.preferChannel(marked.ref(), MessageChannel.SMS)).as("anonymous")
                .satisfies(failure -> assertThat(Failures.chain(failure))
                        .hasAtLeastOneElementOfType(EJBAccessException.class));
        RequestView missing = runAs.staff(() -> requests.preferChannel(marked.ref(), MessageChannel.SMS));
        assertThat(missing.preferredChannel()).isEqualTo(MessageChannel.SMS);
        RequestView returned = runAs.staff(() -> requests.returnToMember(missing.ref()));
        assertThat(runAs.staff(() -> outbox.forRequest(filed.ref().reference()))).extracting(Message::channel)
                .as("the acknowledgement went as it came; the missing items as she chose")
                .containsExactly(MessageChannel.LETTER, MessageChannel.SMS);
        assertThat(runAs.staff(() -> requests.timeline(filed.ref().reference()))).extracting(Change::action)
                .contains("preferChannel");
        RequestView byPhoneOnPaper = runAs.staff(() -> requests.register("COMPLAINT", Channel.PHONE, "سعد آل منصور",
                "0553334466", "يريد الرد مكتوبًا", null, MessageChannel.LETTER));
        assertThat(runAs.staff(() -> outbox.forRequest(byPhoneOnPaper.ref().reference())))
                .extracting(Message::channel).as("chosen at the registration: the acknowledgement too")
                .containsExactly(MessageChannel.LETTER);
        assertBrokenRule("rule.channel.noEmail", () -> runAs.staff(() -> requests.register("COMPLAINT",
                Channel.PHONE, "سعد آل منصور", "0553334466", "بالبريد", null, MessageChannel.EMAIL)));

        assertThat(returned.status()).isEqualTo(RequestStatus.RETURNED);
        PublicStatus seen = kiosk.track(filed.ref().reference(), "٠٥٥٣٣٣٤٤٥٥");
        assertThat(seen.status()).isEqualTo(RequestStatus.RETURNED);
        assertThat(seen.missing()).singleElement().satisfies(item -> {
            assertThat(item.labelArabic()).isEqualTo("موضوع الشكوى وتفاصيلها");
            assertThat(item.reason()).isEqualTo("لم تُرفق تفاصيل الشكوى");
        });
        assertThat(runAs.staff(() -> outbox.forRequest(filed.ref().reference()))).extracting(Message::kind)
                .containsExactly(MessageKind.ACKNOWLEDGEMENT, MessageKind.MISSING_ITEMS);
        assertThat(returned.dueOn()).as("nothing is owed while the member is awaited").isNull();
        assertThat(returned.urgency()).isEqualTo(Urgency.NONE);
        RequestView resumed = runAs.staff(() -> requests.resume(returned.ref()));
        assertThat(resumed.status()).isEqualTo(RequestStatus.IN_INTAKE);
        assertThat(resumed.dueOn()).as("the answer time counts again from the day the member came back")
                .isEqualTo(workingDaysAfterToday(5));
    }

    @Test
    void eachRequestIsDueItsTypesWorkingDaysAfterFilingWhichAnAdministratorSets() throws Exception {
        RequestView inquiry = runAs.staff(() -> requests.register("INQUIRY", Channel.PHONE, "سعود آل حيدر",
                "0553330001", "متى يبدأ التسجيل في دورة الإرشاد السياحي؟"));
        assertThat(inquiry.dueOn()).isEqualTo(workingDaysAfterToday(2));
        assertThat(inquiry.urgency()).isEqualTo(Urgency.DUE_SOON);
        RequestView complaint = runAs.staff(() -> requests.register("COMPLAINT", Channel.PHONE, "سعود آل حيدر",
                "0553330001", "تأخر الرد على طلبي"));
        assertThat(complaint.dueOn()).isEqualTo(workingDaysAfterToday(5));
        assertThat(complaint.urgency()).isEqualTo(Urgency.ON_TIME);

        RequestTypes.TypeRow suggestion = runAs.admin(() -> types.types()).stream()
                .filter(type -> type.code().equals("SUGGESTION")).findFirst().orElseThrow();
        assertThatThrownBy(() -> runAs.admin(() -> types.answerWithin("SUGGESTION", suggestion.version(), 61)))
                .satisfies(failure -> assertThat(Failures.chain(failure)).anySatisfy(cause ->
                        assertThat(cause).isInstanceOfSatisfying(DomainException.class, broken ->
                                assertThat(broken.key()).isEqualTo("rule.requestType.answerDays"))));
        assertThatThrownBy(() -> runAs.staff(() -> types.answerWithin("SUGGESTION", suggestion.version(), 3)))
                .satisfies(failure -> assertThat(Failures.chain(failure))
                        .hasAtLeastOneElementOfType(EJBAccessException.class));
        RequestTypes.TypeRow changed = runAs.admin(() -> types.answerWithin("SUGGESTION", suggestion.version(), 3));
        try {
            assertThat(changed.answerWorkingDays()).isEqualTo(3);
            RequestView suggested = runAs.staff(() -> requests.register("SUGGESTION", Channel.PHONE, "سعود آل حيدر",
                    "0553330001", "لوحات إرشادية إلى مقر الجمعية"));
            assertThat(suggested.dueOn()).isEqualTo(workingDaysAfterToday(3));
            assertThatThrownBy(() -> runAs.admin(() -> types.answerWithin("SUGGESTION", suggestion.version(), 4)))
                    .satisfies(failure -> assertThat(Failures.chain(failure))
                            .hasAtLeastOneElementOfType(OptimisticLockException.class));
        } finally {
            runAs.admin(() -> types.answerWithin("SUGGESTION", changed.version(), suggestion.answerWorkingDays()));
        }
        RequestView inIntake = runAs.staff(() -> requests.startIntake(inquiry.ref()));
        RequestRef verified = verifyAll(inIntake);
        RequestView verifiedView = runAs.staff(() -> requests.completeIntake(verified));
        assertThat(verifiedView.dueOn()).as("the promise holds through intake").isEqualTo(inquiry.dueOn());
        RequestView served = runAs.staff(() -> requests.startService(verifiedView.ref()));
        RequestView resolved = runAs.staff(() -> requests.resolve(served.ref(), "يبدأ التسجيل في شوال."));
        assertThat(resolved.dueOn()).as("a closed request owes nothing").isNull();
    }

    @Test
    void aLetterIsRegisteredOnlyWithItsScanRecognisedByItsBytes() throws Exception {
        assertBrokenRule("rule.request.letterScan", () -> runAs.staff(() -> requests.register("COMPLAINT",
                Channel.LETTER, "هند آل فطيح", "0553330002", "شكوى بخطاب")));
        assertBrokenRule("rule.attachment.type", () -> runAs.staff(() -> requests.register("COMPLAINT",
                Channel.LETTER, "هند آل فطيح", "0553330002", "شكوى بخطاب",
                new Paper("letter.pdf", "a text file renamed".getBytes(StandardCharsets.UTF_8)))));
        assertThat(runAs.staff(() -> requests.inboxCount(new InboxQuery(null, null, null, "0553330002"))))
                .as("nothing is stored from a refused registration").isZero();

        RequestView letter = runAs.staff(() -> requests.register("COMPLAINT", Channel.LETTER, "هند آل فطيح",
                "0553330002", "شكوى بخطاب", new Paper("C:\\scans\\letter-hind.pdf", PDF)));
        assertThat(letter.attachments()).singleElement().satisfies(paper -> {
            assertThat(paper.fileName()).isEqualTo("letter-hind.pdf");
            assertThat(paper.contentType()).isEqualTo("application/pdf");
            assertThat(paper.sizeBytes()).isEqualTo(PDF.length);
            assertThat(paper.uploadedBy()).isEqualTo("run-as-staff");
        });
        Long id = letter.attachments().get(0).id();
        assertBrokenRule("rule.request.notBeforeCommittee", () -> runAs.committee(() ->
                requests.paper(letter.ref().reference(), id)));
        assertThat(runAs.staff(() -> requests.paper(letter.ref().reference(), id)).content()).isEqualTo(PDF);
        assertBrokenRule("rule.request.notFound", () -> runAs.staff(() -> requests.paper("2000-000001", id)));

        RequestView more = runAs.staff(() -> requests.attach(letter.ref(), new Paper("id.png", PNG)));
        assertThat(more.attachments()).extracting(AttachmentRow::contentType)
                .containsExactly("application/pdf", "image/png");
        assertThatThrownBy(() -> runAs.staff(() -> requests.attach(letter.ref(), new Paper("again.png", PNG))))
                .as("a paper from an out-of-date screen").satisfies(failure -> assertThat(Failures.chain(failure))
                        .hasAtLeastOneElementOfType(OptimisticLockException.class));
        assertThat(runAs.staff(() -> requests.timeline(letter.ref().reference()))).extracting(Change::action)
                .containsSubsequence("submit", "attach", "openAttachment", "attach");
        RequestView withdrawn = runAs.staff(() -> requests.withdraw(more.ref(), "سحبت العضوة الشكوى"));
        assertBrokenRule("rule.request.illegalTransition", () -> runAs.staff(() -> requests.attach(withdrawn.ref(),
                new Paper("late.png", PNG))));
        assertThatThrownBy(() -> requests.paper(letter.ref().reference(), id)).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void trackingNeedsTheMobileGivenWithTheRequestAndTellsNothingOtherwise() throws Exception {
        String reference = kiosk.fileInquiry("سعد", "0557778899", "متى تصرف الأرباح؟", NOTICE).reference();

        assertThat(kiosk.track(reference, "0557778899").status()).isEqualTo(RequestStatus.SUBMITTED);
        for (String[] wrong : new String[][]{{reference, "0550000000"}, {"2000-000001", "0557778899"}}) {
            assertThatThrownBy(() -> kiosk.track(wrong[0], wrong[1]))
                    .isInstanceOfSatisfying(DomainException.class,
                            broken -> assertThat(broken.key()).isEqualTo("rule.tracking.notFound"));
        }
    }

    @Test
    void aMemberTrackingAReferredRequestSeesTheLevelNeverAPerson() throws Exception {
        RequestView filed = runAs.staff(() -> requests.register("COMPLAINT", Channel.PHONE, "فهد", "0554443322",
                "لم أفهم إجراءات نقل الأسهم"));
        assertThat(kiosk.track(filed.ref().reference(), "0554443322").escalatedTo()).isEmpty();

        runAs.staff(() -> escalations.raise(filed.ref().reference(), "الإجراء غير واضح للعضو"));

        assertThat(kiosk.track(filed.ref().reference(), "0554443322").escalatedTo()).contains("SUPERVISOR");
    }

    @Test
    void aChangeFromAnOutOfDateScreenIsRefusedAndTheOtherChangeKept() throws Exception {
        RequestView filed = runAs.staff(() -> requests.register("COMPLAINT", Channel.IN_PERSON, "ريم", "0559990000",
                "شكوى"));
        RequestView inIntake = runAs.staff(() -> requests.startIntake(filed.ref()));
        RequestRef bothScreensShowed = inIntake.ref();

        runAs.staff(() -> requests.verifyItem(bothScreensShowed, "COMPLAINT_TEXT", VerificationMethod.ORIGINAL_SEEN));
        assertThatThrownBy(() -> runAs.staff(() -> requests.markMissing(bothScreensShowed, "EVIDENCE", "لا يوجد")))
                .satisfies(failure -> assertThat(Failures.chain(failure)).hasAtLeastOneElementOfType(
                        OptimisticLockException.class));

        RequestView now = runAs.staff(() -> requests.detail(filed.ref().reference()));
        assertThat(now.items()).extracting(RequestView.Item::state)
                .containsExactly(ItemState.VERIFIED, ItemState.PENDING);
    }

    @Test
    void twoConcurrentEditsOfOneRequestGiveOneConflictAndLoseNothing() throws Exception {
        RequestView filed = runAs.staff(() -> requests.register("COMPLAINT", Channel.PHONE, "نايف", "0556660000",
                "شكوى"));
        RequestRef shown = runAs.staff(() -> requests.startIntake(filed.ref())).ref();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<RequestView>> edits = new ArrayList<>();
            for (Callable<RequestView> edit : List.<Callable<RequestView>>of(
                    () -> requests.verifyItem(shown, "COMPLAINT_TEXT", VerificationMethod.ORIGINAL_SEEN),
                    () -> requests.provide(shown, "EVIDENCE", "صور مرفقة"))) {
                edits.add(pool.submit(() -> {
                    start.await();
                    return runAs.staff(edit);
                }));
            }
            start.countDown();
            int succeeded = 0;
            int conflicts = 0;
            for (Future<RequestView> edit : edits) {
                try {
                    edit.get();
                    succeeded++;
                } catch (java.util.concurrent.ExecutionException failure) {
                    assertThat(Failures.chain(failure)).hasAtLeastOneElementOfType(OptimisticLockException.class);
                    conflicts++;
                }
            }
            assertThat(succeeded).isEqualTo(1);
            assertThat(conflicts).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        RequestView after = runAs.staff(() -> requests.detail(filed.ref().reference()));
        assertThat(after.ref().version()).isEqualTo(shown.version() + 1);
        assertThat(after.items()).extracting(RequestView.Item::state)
                .containsOnlyOnce(ItemState.PENDING);
    }

    @Test
    void tenStaffChangingOneRequestTenTimesEachHaveEveryChangeAppliedOrRefusedAndNoneLost() throws Exception {
        RequestView filed = runAs.staff(() -> requests.register("COMPLAINT", Channel.PHONE, "سعد آل مريح",
                "0556661100", "شكوى"));
        String reference = filed.ref().reference();
        AtomicInteger applied = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<Void>> clerks = new ArrayList<>();
            for (int clerk = 0; clerk < 10; clerk++) {
                String who = "clerk-" + clerk;
                clerks.add(pool.submit(() -> {
                    start.await();
                    for (int change = 0; change < 10; change++) {
                        String assignee = who + "-" + change;
                        try {
                            runAs.staff(() -> requests.assignTo(requests.detail(reference).ref(), assignee));
                            applied.incrementAndGet();
                        } catch (Exception failure) {
                            if (Failures.chain(failure).stream().noneMatch(OptimisticLockException.class::isInstance)) {
                                throw failure;
                            }
                            refused.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<Void> clerk : clerks) {
                clerk.get(3, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(applied.get() + refused.get()).isEqualTo(100);
        assertThat(applied.get()).isBetween(10, 100);
        List<Change> assignments = runAs.staff(() -> requests.timeline(reference)).stream()
                .filter(change -> change.action().equals("assignTo")).toList();
        assertThat(assignments).hasSize(applied.get());
        assertThat(assignments.get(0).before()).isEqualTo(filed.assignee());
        for (int i = 1; i < assignments.size(); i++) {
            assertThat(assignments.get(i).before()).as("change %d starts from what change %d left", i, i - 1)
                    .isEqualTo(assignments.get(i - 1).after());
        }
        RequestView after = runAs.staff(() -> requests.detail(reference));
        assertThat(after.ref().version()).isEqualTo(filed.ref().version() + applied.get());
        assertThat(after.assignee()).isEqualTo(assignments.get(assignments.size() - 1).after());
    }

    @Test
    void aKioskSubmissionsTokenIsForgottenADayAfterItsFilingAndNotBefore() throws Exception {
        String name = "سلمى آل منصور الحارثية";
        KioskRequests.Filing filing = new KioskRequests.Filing("SUPPORT", name, "0559871236",
                Map.of("MEMBER_IDENTITY", "1000000008", "SUPPORT_DESCRIPTION", "دعم لتكاليف الدراسة"),
                Set.of("GUIDE_ACK"), NOTICE, "wizard-submission-" + java.util.UUID.randomUUID());
        String filed = kiosk.file(filing).reference();
        submissions.ageByHours(filed, 23);
        submissionExpiry.run("test", "slot");
        assertThat(submissions.kept(filed)).as("23 hours old: a retry still finds it").isEqualTo(1);
        assertThat(kiosk.file(filing).reference()).isEqualTo(filed);

        submissions.ageByHours(filed, 2); // 25 hours old now
        assertThat(submissionExpiry.run("test", "slot")).isGreaterThanOrEqualTo(1);
        assertThat(submissions.kept(filed)).as("older than a day: forgotten").isZero();
        assertThat(runAs.staff(() -> requests.inbox(0, 1000))).filteredOn(row -> row.requesterName().equals(name))
                .as("the request itself stays").singleElement();
    }

    @Test
    void tenTapsOnSendOfOneKioskFilingOrOneKioskQuestionFileExactlyOneRequest() throws Exception {
        String name = "بدر آل حيدر النقّار";
        KioskRequests.Filing filing = new KioskRequests.Filing("SUPPORT", name, "0559871234",
                Map.of("MEMBER_IDENTITY", "1000000008", "SUPPORT_DESCRIPTION", "دعم لتكاليف العلاج"),
                Set.of("GUIDE_ACK"), NOTICE, "wizard-submission-of-one-visit");
        String filed = tenTapsGiveOneReference(() -> kiosk.file(filing));
        assertThat(kiosk.file(filing).reference()).as("a later retry of the same submission").isEqualTo(filed);
        assertThat(runAs.staff(() -> requests.inbox(0, 1000))).filteredOn(row -> row.requesterName().equals(name))
                .singleElement().satisfies(row -> assertThat(row.reference()).isEqualTo(filed));

        String asker = "هند آل سدران النقّارة";
        String asked = tenTapsGiveOneReference(() -> kiosk.fileInquiry(asker, "0559871235", "متى اجتماع الجمعية؟",
                NOTICE, "inquiry-form-of-one-visit"));
        assertThat(runAs.staff(() -> requests.inbox(0, 1000))).filteredOn(row -> row.requesterName().equals(asker))
                .singleElement().satisfies(row -> assertThat(row.reference()).isEqualTo(asked));
        assertThat(asked).isNotEqualTo(filed);
    }

    /**
     * Ten taps at once on one "Send": each is acknowledged with the one reference filed, or refused while that one
     * is being filed ({@code rule.kiosk.alreadySent}); returns the reference.
     */
    private static String tenTapsGiveOneReference(Callable<KioskRequests.Acknowledgement> send) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<String> acknowledged = new ArrayList<>();
        int alreadySent = 0;
        try {
            List<Future<KioskRequests.Acknowledgement>> taps = new ArrayList<>();
            for (int tap = 0; tap < 10; tap++) {
                taps.add(pool.submit(() -> {
                    start.await();
                    return send.call();
                }));
            }
            start.countDown();
            for (Future<KioskRequests.Acknowledgement> tap : taps) {
                try {
                    acknowledged.add(tap.get(3, TimeUnit.MINUTES).reference());
                } catch (java.util.concurrent.ExecutionException failure) {
                    assertThat(Failures.chain(failure)).filteredOn(DomainException.class::isInstance).singleElement()
                            .satisfies(broken -> assertThat(((DomainException) broken).key())
                                    .isEqualTo("rule.kiosk.alreadySent"));
                    alreadySent++;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(acknowledged.size() + alreadySent).isEqualTo(10);
        assertThat(acknowledged).isNotEmpty().containsOnly(acknowledged.get(0));
        return acknowledged.get(0);
    }

    @Test
    void onlyStaffRolesWorkRequests() {
        assertThatThrownBy(() -> requests.register("COMPLAINT", Channel.PHONE, "x", "0551234567", "y"))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> runAs.committee(() -> requests.inbox(0, 5)))
                .satisfies(failure -> assertThat(Failures.chain(failure)).hasAtLeastOneElementOfType(
                        EJBAccessException.class));
    }

    @Test
    void withNoSmsProviderConfiguredAnAcknowledgementIsMarkedNoGatewayAndNeverSent() throws Exception {
        RequestView filed = runAs.staff(() -> requests.register("COMPLAINT", Channel.HELP_REQUEST,
                "هند آل منصور", "0552100915", "لا يوجد مزود رسائل في هذا الاختبار"));
        withoutSmsProvider(() -> outbox.deliverPending());
        assertThat(runAs.staff(() -> outbox.forRequest(filed.ref().reference()))).singleElement()
                .satisfies(message -> {
                    assertThat(message.state()).isEqualTo(MessageState.NO_GATEWAY);
                    assertThat(message.lastError()).isEqualTo("no SMS provider configured (KHIDMA_SMS_ENDPOINT)");
                    assertThat(message.sentAt()).isNull();
                    assertThat(message.providerId()).isNull();
                });
        assertThat(FakeSmsProvider.taken("+966552100915")).as("nothing left the server").isEmpty();
        assertThat(runAs.staff(() -> requests.timeline(filed.ref().reference())))
                .extracting(Change::action, Change::after)
                .contains(org.assertj.core.groups.Tuple.tuple("noGateway", "NO_GATEWAY"));
        assertThat(outbox.report("prov-no-such-message", true, null)).as("a report on no message").isFalse();
    }

    @Test
    void aRequestFiledThroughTheApiIsAcknowledgedAtTheProviderAndItsLaterDeliveryReportMarksItDelivered()
            throws Exception {
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(ownBase().resolve("api/v1/requests"))
                .header("Content-Type", "application/json").header("X-Forwarded-For", "2001:db8:5e5::1")
                .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"CERTIFICATE\",\"name\":\"سارة آل مريح\","
                        + "\"mobile\":\"0552100916\",\"privacyNoticeVersion\":\"2026-12\","
                        + "\"privacyNoticeAccepted\":true}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String reference = jakarta.json.Json.createReader(new java.io.StringReader(created.body())).readObject()
                .getString("reference");

        outbox.deliverPending();
        List<FakeSmsProvider.Taken> taken = FakeSmsProvider.taken("+966552100916");
        assertThat(taken).singleElement().satisfies(sms -> {
            assertThat(sms.from()).isEqualTo("KhidmaIT");
            assertThat(sms.authorization()).isEqualTo("Bearer it-only-sms-token-not-a-credential");
            assertThat(sms.text()).startsWith("استلمنا طلبكم " + reference + " يوم ")
                    .contains("\nRequest " + reference + " received ").doesNotContain("سارة");
            assertThat(SmsSegments.of(sms.text())).isLessThanOrEqualTo(2);
        });
        String providerId = taken.get(0).id();
        Message sent = runAs.staff(() -> outbox.forRequest(reference)).get(0);
        assertThat(sent.state()).isEqualTo(MessageState.SENT);
        assertThat(sent.providerId()).isEqualTo(providerId);
        assertThat(sent.sentAt()).isNotNull();
        assertThat(sent.reportedAt()).isNull();

        String report = "{\"id\":\"" + providerId + "\",\"status\":\"DELIVERED\"}";
        assertThat(postReport("Bearer not-the-secret-of-this-server", report)).as("a forged report").isEqualTo(401);
        assertThat(runAs.staff(() -> outbox.forRequest(reference)).get(0).state()).isEqualTo(MessageState.SENT);
        assertThat(postReport(REPORT_SECRET, report)).isEqualTo(204);
        assertThat(postReport(REPORT_SECRET, "{\"id\":\"" + providerId + "\",\"status\":\"FAILED\"}"))
                .as("a report repeated, late and contradicting").isEqualTo(204);
        assertThat(postReport(REPORT_SECRET, "{\"id\":\"fake-never-given\",\"status\":\"DELIVERED\"}"))
                .isEqualTo(404);
        Message delivered = runAs.staff(() -> outbox.forRequest(reference)).get(0);
        assertThat(delivered.state()).isEqualTo(MessageState.DELIVERED);
        assertThat(delivered.reportedAt()).isAfterOrEqualTo(delivered.sentAt());
        assertThat(runAs.staff(() -> requests.timeline(reference))).extracting(Change::action, Change::after)
                .containsSubsequence(org.assertj.core.groups.Tuple.tuple("queue", "PENDING"),
                        org.assertj.core.groups.Tuple.tuple("send", "SENT"),
                        org.assertj.core.groups.Tuple.tuple("report", "DELIVERED"))
                .filteredOn(entry -> "report".equals(entry.toList().get(0))).hasSize(1);
    }

    @Test
    void anApplicationFiledThroughTheApiWithAnAddressIsAcknowledgedByEmailInArabicAndEnglishAtTheSmtpServer()
            throws Exception {
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(ownBase().resolve("api/v1/applications"))
                .header("Content-Type", "application/json").header("X-Forwarded-For", "2001:db8:5e5::2")
                .POST(HttpRequest.BodyPublishers.ofString("{\"nationalId\":\"" + Applications.nationalId(52_000_915)
                        + "\",\"nameArabic\":\"ريم بنت سالم آل فطيح\",\"nameLatin\":\"Reem Salem Alfutaih\","
                        + "\"mobile\":\"0552100919\",\"email\":\"reem.alfutaih@example.sa\",\"city\":\"نجران\","
                        + "\"shares\":10,\"privacyNoticeVersion\":\"2026-12\",\"privacyNoticeAccepted\":true}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String reference = jakarta.json.Json.createReader(new java.io.StringReader(created.body())).readObject()
                .getString("reference");

        outbox.deliverPending();
        List<jakarta.mail.internet.MimeMessage> arrived = SuiteMailServer.receivedBy("reem.alfutaih@example.sa");
        assertThat(arrived).hasSize(1);
        jakarta.mail.internet.MimeMessage email = arrived.get(0);
        assertThat(email.getSubject()).isEqualTo("استلمنا طلبكم رقم " + reference + " | We received your request "
                + reference);
        assertThat(email.getFrom()[0].toString()).isEqualTo("khidma-it@najran-tourism.coop");
        jakarta.mail.Multipart parts = (jakarta.mail.Multipart) email.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getHeader("Content-Language")).containsExactly("ar");
        assertThat((String) parts.getBodyPart(0).getContent()).startsWith("المكرم/ ريم بنت سالم آل فطيح\nالسلام عليكم")
                .contains(reference);
        assertThat(parts.getBodyPart(1).getHeader("Content-Language")).containsExactly("en");
        assertThat((String) parts.getBodyPart(1).getContent()).startsWith("Dear ريم بنت سالم آل فطيح,")
                .contains(reference);

        Message sent = runAs.staff(() -> outbox.forRequest(reference)).get(0);
        assertThat(sent.channel()).isEqualTo(coop.khidma.correspondence.entity.MessageChannel.EMAIL);
        assertThat(sent.state()).isEqualTo(MessageState.SENT);
        assertThat(sent.providerId()).as("the e-mail's Message-ID").isEqualTo(email.getMessageID());
    }

    @Test
    void twoDeliveriesAtOnceHandEachMessageToTheProviderOnce() throws Exception {
        // the provider takes a second over this number's message, so the two deliveries overlap
        FakeSmsProvider.script("+966552100921", new FakeSmsProvider.Answer(200, true, 1_000));
        String filed = runAs.staff(() -> requests.register("COMPLAINT", Channel.PHONE, "سعد آل جابر",
                "0552100921", "تسليمان في لحظة واحدة")).ref().reference();
        java.util.concurrent.ExecutorService both = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> deliveries = new java.util.ArrayList<>();
            for (int i = 0; i < 2; i++) {
                deliveries.add(both.submit(() -> {
                    go.await();
                    return outbox.deliverPending();
                }));
            }
            go.countDown();
            for (java.util.concurrent.Future<Integer> delivery : deliveries) {
                delivery.get(60, java.util.concurrent.TimeUnit.SECONDS); // neither lost its batch to a conflict
            }
        } finally {
            both.shutdownNow();
        }
        assertThat(FakeSmsProvider.taken("+966552100921")).as("messages handed to the provider").hasSize(1);
        assertThat(runAs.staff(() -> outbox.forRequest(filed))).singleElement()
                .satisfies(message -> assertThat(message.state()).isEqualTo(MessageState.SENT));
    }

    @Test
    void aBadNumberFailsAtOnceAndAThrottledOrSilentProviderIsTriedFiveTimesThenFailsWithItsReason()
            throws Exception {
        FakeSmsProvider.script("+966552100917", FakeSmsProvider.Answer.status(400));
        String badNumber = runAs.staff(() -> requests.register("COMPLAINT", Channel.PHONE, "فهد آل حارث",
                "0552100917", "رقم لا يستقبل الرسائل")).ref().reference();
        outbox.deliverPending();
        assertThat(runAs.staff(() -> outbox.forRequest(badNumber))).singleElement().satisfies(message -> {
            assertThat(message.state()).isEqualTo(MessageState.FAILED);
            assertThat(message.attempts()).isEqualTo(1);
            assertThat(message.lastError()).isEqualTo("provider answered HTTP 400");
            assertThat(message.nextAttemptAt()).isNull();
        });

        Message refused = runAs.staff(() -> outbox.forRequest(badNumber)).get(0);
        assertThat(runAs.staff(() -> outbox.list(badNumber, true, 0, 10))).extracting(Message::id)
                .containsExactly(refused.id());
        assertThat(runAs.supervisor(() -> outbox.undeliveredCount())).isPositive();
        assertThatThrownBy(() -> runAs.committee(() -> outbox.resend(refused.id())))
                .satisfies(failure -> assertThat(Failures.chain(failure)).hasAtLeastOneElementOfType(
                        EJBAccessException.class));
        assertThatThrownBy(() -> outbox.resend(refused.id())).isInstanceOf(EJBAccessException.class);
        Message again = runAs.staff(() -> outbox.resend(refused.id()));
        assertThat(again.state()).isEqualTo(MessageState.PENDING);
        assertThatThrownBy(() -> runAs.staff(() -> outbox.resend(refused.id()))).as("one new try per message")
                .isInstanceOf(DomainException.class).hasMessage("rule.message.alreadyResent");
        outbox.deliverPending();
        assertThat(runAs.staff(() -> outbox.list(badNumber, false, 0, 10))).as("the refusal first, kept as it was")
                .extracting(Message::state, Message::attempts)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(MessageState.FAILED, 1),
                        org.assertj.core.groups.Tuple.tuple(MessageState.SENT, 1));
        assertThat(runAs.staff(() -> outbox.count(badNumber, true))).isEqualTo(1);
        assertThatThrownBy(() -> runAs.staff(() -> outbox.resend(again.id()))).as("a sent message")
                .isInstanceOf(DomainException.class).hasMessage("rule.message.notResendable");
        assertThat(runAs.staff(() -> requests.timeline(badNumber))).extracting(Change::action, Change::actor)
                .contains(org.assertj.core.groups.Tuple.tuple("resend", "run-as-staff"));

        FakeSmsProvider.script("+966552100918", FakeSmsProvider.Answer.status(429),
                FakeSmsProvider.Answer.status(503), FakeSmsProvider.Answer.tooLate(),
                FakeSmsProvider.Answer.status(500), FakeSmsProvider.Answer.status(502));
        java.time.Instant firstTry = java.time.Instant.now();
        String busy = runAs.staff(() -> requests.register("COMPLAINT", Channel.PHONE, "منى آل حارث",
                "0552100918", "مزود مشغول")).ref().reference();
        outbox.deliverPending();
        Message waiting = runAs.staff(() -> outbox.forRequest(busy)).get(0);
        assertThat(waiting.state()).as("throttled: tried again later").isEqualTo(MessageState.PENDING);
        assertThat(waiting.lastError()).isEqualTo("provider answered HTTP 429");
        assertThat(waiting.nextAttemptAt()).as("a minute after the first try")
                .isBetween(firstTry.plusSeconds(60), java.time.Instant.now().plusSeconds(61));
        for (int run = 0; run < 8 && runAs.staff(() -> outbox.forRequest(busy)).get(0).state()
                == MessageState.PENDING; run++) {
            rows.backOffOver(busy);
            outbox.deliverPending();
        }
        assertThat(runAs.staff(() -> outbox.forRequest(busy))).singleElement().satisfies(message -> {
            assertThat(message.state()).isEqualTo(MessageState.FAILED);
            assertThat(message.attempts()).isEqualTo(5);
            assertThat(message.lastError()).isEqualTo("provider answered HTTP 502");
            assertThat(message.sentAt()).isNull();
        });
        assertThat(FakeSmsProvider.taken("+966552100918")).hasSize(5);
        assertThat(runAs.staff(() -> requests.timeline(busy))).filteredOn(entry -> "sendFailed".equals(entry.action()))
                .extracting(Change::detail).containsExactly("attempt 1: provider answered HTTP 429",
                        "attempt 2: provider answered HTTP 503", "attempt 3: provider did not answer within 2 s",
                        "attempt 4: provider answered HTTP 500", "attempt 5: provider answered HTTP 502");
    }

    @Test
    void oneWebsiteClientsFilingsAreAcknowledgedTwentyTimesADayAndNoMoreWhileAnotherClientsStillAre()
            throws Exception {
        PrivacyNotice.Acceptance notice = new PrivacyNotice.Acceptance("2026-12", true);
        List<String> filed = new ArrayList<>();
        for (int serial = 1; serial <= 21; serial++) {
            filed.add(website.submitRequest("SUPPORT", "زائر الموقع " + serial, String.format("05530%05d", serial),
                    "طلب دعم من الموقع", notice, "15aa000000000001").reference());
        }
        for (String reference : filed.subList(0, 20)) {
            assertThat(runAs.staff(() -> outbox.forRequest(reference))).as(reference).hasSize(1);
        }
        String twentyFirst = filed.get(20);
        assertThat(runAs.staff(() -> outbox.forRequest(twentyFirst))).as("the 21st from one client").isEmpty();
        assertThat(runAs.staff(() -> requests.timeline(twentyFirst))).extracting(Change::action, Change::detail)
                .contains(org.assertj.core.groups.Tuple.tuple("refuseAddressLimit",
                        "ACKNOWLEDGEMENT by SMS from client 15aa000000000001"));
        String other = website.submitRequest("SUPPORT", "زائر آخر", "0553100001", "طلب دعم من الموقع", notice,
                "15aa000000000002").reference();
        assertThat(runAs.staff(() -> outbox.forRequest(other))).as("another client").hasSize(1);
    }

    /** The application's own address, as the request that runs this test reached it. */
    private URI ownBase() {
        return URI.create("http://127.0.0.1:" + running.getLocalPort() + running.getContextPath() + "/");
    }

    /** Posts a delivery report to the application as the provider does; returns the status. */
    private int postReport(String authorization, String report) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(ownBase().resolve("sms/reports")).header("Authorization", authorization)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(report)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /**
     * Runs the work as on a server with no SMS provider configured: the suite's server has one (the fake provider), so
     * the gateway's settings are set aside meanwhile and put back after.
     */
    private static void withoutSmsProvider(Callable<?> work) throws Exception {
        jakarta.enterprise.inject.spi.BeanManager beans = jakarta.enterprise.inject.spi.CDI.current().getBeanManager();
        jakarta.enterprise.inject.spi.CDI.current().select(HttpSms.class).get().configured();
        HttpSms gateway = (HttpSms) beans.getContext(jakarta.enterprise.context.ApplicationScoped.class)
                .get(beans.resolve(beans.getBeans(HttpSms.class)));
        Field settings = HttpSms.class.getDeclaredField("settings");
        settings.setAccessible(true);
        Object configured = settings.get(gateway);
        settings.set(gateway, null);
        try {
            work.call();
        } finally {
            settings.set(gateway, configured);
        }
    }

    @Test
    void staffRegisterByEachOfThePolicysSevenChannelsButNeverClaimTheKiosk() throws Exception {
        RequestView helpRequest = runAs.staff(() -> requests.register("COMPLAINT", Channel.HELP_REQUEST,
                "نورة آل جابر", "0552100001", "وصلت عبر خدمة طلب المساعدة"));
        assertThat(helpRequest.channel()).isEqualTo(Channel.HELP_REQUEST);
        RequestView volunteering = runAs.supervisor(() -> requests.register("SUGGESTION", Channel.VOLUNTEERING,
                "ماجد آل عباس", "0552100002", "اقتراح من خدمة التطوع"));
        assertThat(volunteering.channel()).isEqualTo(Channel.VOLUNTEERING);
        assertThat(runAs.staff(() -> requests.timeline(helpRequest.ref().reference())))
                .extracting(Change::action, Change::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("submit", "COMPLAINT via HELP_REQUEST"),
                        org.assertj.core.groups.Tuple.tuple("queue", "ACKNOWLEDGEMENT by SMS"));
        assertThat(Channel.REGISTERED_BY_STAFF).containsExactly(Channel.IN_PERSON, Channel.PHONE,
                Channel.SOCIAL_MEDIA, Channel.LETTER, Channel.HELP_REQUEST, Channel.VOLUNTEERING, Channel.WEBSITE);

        long before = runAs.staff(() -> requests.count());
        assertBrokenRule("rule.request.channelNotForStaff", () -> runAs.staff(() -> requests.register("COMPLAINT",
                Channel.KIOSK, "منتحل الكشك", "0552100003", "ليس من الكشك")));
        assertBrokenRule("rule.request.channelNotForStaff", () -> runAs.admin(() -> requests.register("COMPLAINT",
                null, "بلا قناة", "0552100004", "بلا قناة")));
        assertThat(runAs.staff(() -> requests.count())).as("nothing was filed").isEqualTo(before);
        assertThatThrownBy(() -> runAs.committee(() -> requests.register("COMPLAINT", Channel.HELP_REQUEST,
                "لجنة", "0552100005", "لا تسجّل اللجنة")))
                .satisfies(failure -> assertThat(Failures.chain(failure))
                        .hasAtLeastOneElementOfType(EJBAccessException.class));
    }

    @Test
    void theRequestShowsEachCallerTheStepsTheBoundariesAcceptFromThemAndNoOther() throws Exception {
        RequestView phoned = runAs.supervisor(() -> requests.register("COMPLAINT", Channel.PHONE, "سالم آل مريح",
                "0552000003", "لم يصلني رد"));
        assertThat(phoned.allowed()).containsExactlyInAnyOrder(RequestAction.START_INTAKE, RequestAction.ATTACH_PAPER,
                RequestAction.WITHDRAW, RequestAction.ESCALATE);
        RequestView inIntake = runAs.supervisor(() -> requests.startIntake(phoned.ref()));
        assertThat(inIntake.items()).allSatisfy(item -> assertThat(item.allowed())
                .containsExactlyInAnyOrder(RequestAction.VERIFY_ITEM, RequestAction.MARK_MISSING));
        for (ThrowingCallable committeeReads : List.<ThrowingCallable>of(
                () -> runAs.committee(() -> requests.detail(phoned.ref().reference())),
                () -> runAs.committee(() -> requests.timeline(phoned.ref().reference())),
                () -> runAs.committee(() -> outbox.forRequest(phoned.ref().reference())))) {
            assertBrokenRule("rule.request.notBeforeCommittee", committeeReads);
        }

        RequestRef verified = applications.verified(Applications.nationalId(52_000_001), "0552000001");
        RequestView verifiedForTheSupervisor = runAs.supervisor(() -> requests.detail(verified.reference()));
        assertThat(verifiedForTheSupervisor.allowed()).doesNotContain(RequestAction.HAND_TO_COMMITTEE)
                .containsExactlyInAnyOrder(RequestAction.ATTACH_PAPER, RequestAction.WITHDRAW, RequestAction.ESCALATE);
        assertThatThrownBy(() -> runAs.supervisor(() -> reviews.handToCommittee(verified)))
                .satisfies(failure -> assertThat(Failures.chain(failure))
                        .hasAtLeastOneElementOfType(EJBAccessException.class));
        RequestView verifiedForStaff = runAs.staff(() -> requests.detail(verified.reference()));
        assertThat(verifiedForStaff.allowed()).contains(RequestAction.HAND_TO_COMMITTEE);
        assertBrokenRule("rule.request.notBeforeCommittee", () -> runAs.committee(() ->
                requests.detail(verified.reference())));
        runAs.staff(() -> reviews.handToCommittee(verifiedForStaff.ref()));
        RequestView withCommittee = runAs.staff(() -> requests.detail(verified.reference()));
        assertThat(runAs.committee(() -> requests.detail(verified.reference())).allowed()).isEmpty();
        assertThat(runAs.committee(() -> requests.timeline(verified.reference()))).extracting(Change::action)
                .contains("handToCommittee");
        assertThat(runAs.committee(() -> outbox.forRequest(verified.reference()))).isNotEmpty();
        assertThat(withCommittee.status()).isEqualTo(RequestStatus.WITH_COMMITTEE);
        assertThat(withCommittee.allowed()).contains(RequestAction.STOP_OR_RESTART_CLOCK)
                .doesNotContain(RequestAction.HAND_TO_COMMITTEE);
        assertThat(runAs.supervisor(() -> requests.detail(verified.reference())).allowed())
                .doesNotContain(RequestAction.STOP_OR_RESTART_CLOCK);

        RequestRef accepted = applications.accepted(Applications.nationalId(52_000_002), "0552000002");
        assertThat(runAs.supervisor(() -> requests.detail(accepted.reference())).allowed())
                .doesNotContain(RequestAction.COMPLETE_REGISTRATION);
        assertThatThrownBy(() -> runAs.supervisor(() -> registrations.complete(accepted)))
                .satisfies(failure -> assertThat(Failures.chain(failure))
                        .hasAtLeastOneElementOfType(EJBAccessException.class));
        assertThat(runAs.staff(() -> requests.detail(accepted.reference())).allowed())
                .contains(RequestAction.COMPLETE_REGISTRATION);
        runAs.staff(() -> registrations.complete(accepted));
        RequestView completed = runAs.staff(() -> requests.detail(accepted.reference()));
        assertThat(completed.status()).isEqualTo(RequestStatus.COMPLETED);
        assertThat(completed.allowed()).as("a closed request offers nothing more").isEmpty();
    }

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};

    /**
     * The request and every aggregate a request's way meets (its items, the audit trail, the member, the outbox) are
     * woven by EclipseLink with attribute change tracking in the running server: a flush writes what their woven
     * setters reported, instead of comparing each one field by field with a backup copy. The managed classes that
     * fall back to that comparison are named: an element collection of embeddables or an EAGER collection keeps the
     * weaver from tracking its owner, so a new one on a busy aggregate shows here.
     */
    @Test
    void theRequestAndTheAggregatesItsWayChangesAreWovenToTrackTheirOwnChanges() throws Exception {
        String unit;
        try (InputStream xml = getClass().getClassLoader().getResourceAsStream("META-INF/persistence.xml")) {
            unit = new String(xml.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher listed = Pattern.compile("<class>\\s*([\\w.$]+)\\s*</class>").matcher(unit);
        List<Class<?>> managed = new ArrayList<>();
        while (listed.find()) {
            Class<?> type = Class.forName(listed.group(1), true, getClass().getClassLoader());
            if (type.isAnnotationPresent(Entity.class) || type.isAnnotationPresent(Embeddable.class)) {
                managed.add(type);
            }
        }
        assertThat(managed).hasSizeGreaterThan(40).allMatch(PersistenceWeaved.class::isAssignableFrom);
        assertThat(List.of(ServiceRequest.class, ItemVerification.class, Requester.class, Applicant.class,
                AuditEntry.class, Member.class, MemberEvent.class, Message.class))
                .allMatch(ChangeTracker.class::isAssignableFrom);
        assertThat(managed.stream().filter(type -> !ChangeTracker.class.isAssignableFrom(type)).map(Class::getName))
                .containsExactlyInAnyOrder("coop.khidma.assembly.entity.GeneralAssembly",
                        "coop.khidma.intake.entity.RequestType", "coop.khidma.knowledge.entity.Article",
                        "coop.khidma.platform.security.StaffAccount", "coop.khidma.review.entity.AgendaItem",
                        "coop.khidma.volunteering.entity.Opportunity", "coop.khidma.volunteering.entity.Volunteer");
    }

    private static LocalDate today() {
        return LocalDate.now(HijriDates.RIYADH);
    }

    /**
     * The expected due day, counted here rather than by the calendar under test: the n-th day after today in Riyadh
     * that is neither a Friday nor a Saturday nor a holiday on record (the official ones the migrations seeded and
     * those administrators added).
     */
    private LocalDate workingDaysAfterToday(int n) {
        LocalDate day = today();
        Set<LocalDate> closed = Stream.of(day.getYear(), day.getYear() + 1)
                .flatMap(year -> calendars.holidays(year).stream()).map(Holiday::day).collect(Collectors.toSet());
        for (int left = n; left > 0; ) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.FRIDAY && day.getDayOfWeek() != DayOfWeek.SATURDAY
                    && !closed.contains(day)) {
                left--;
            }
        }
        return day;
    }

    private RequestRef verifyAll(RequestView inIntake) throws Exception {
        RequestView current = inIntake;
        for (RequestView.Item item : inIntake.items()) {
            if (item.mandatory() && item.state() != ItemState.VERIFIED) {
                RequestRef ref = current.ref();
                current = runAs.staff(() -> requests.verifyItem(ref, item.code(), VerificationMethod.MATCHED_REGISTRY));
            }
        }
        return current.ref();
    }

    private static void assertBrokenRule(String key, ThrowingCallable call) {
        assertThatThrownBy(call).satisfies(failure -> assertThat(Failures.chain(failure)).anySatisfy(cause ->
                assertThat(cause).isInstanceOfSatisfying(DomainException.class, broken ->
                        assertThat(broken.key()).isEqualTo(key))));
    }
}
