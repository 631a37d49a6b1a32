package coop.khidma.membership.boundary;

import coop.khidma.audit.entity.Change;
import coop.khidma.correspondence.boundary.Outbox;
import coop.khidma.correspondence.entity.Message;
import coop.khidma.correspondence.entity.MessageChannel;
import coop.khidma.correspondence.entity.MessageKind;
import coop.khidma.intake.boundary.KioskRequests.Application;
import coop.khidma.intake.boundary.KioskRequests;
import coop.khidma.intake.boundary.RequestRef;
import coop.khidma.intake.boundary.RequestView;
import coop.khidma.intake.boundary.Requests;
import coop.khidma.intake.entity.RequestStatus;
import coop.khidma.intake.entity.VerificationMethod;
import coop.khidma.membership.boundary.Registrations.Registered;
import coop.khidma.membership.entity.MemberStatus;
import coop.khidma.membership.entity.ShareMovementKind;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.personaldata.PrivacyNotice;
import coop.khidma.review.boundary.HandOver;
import coop.khidma.review.boundary.Reviews;
import coop.khidma.review.entity.Decision;
import coop.khidma.support.Applications;
import coop.khidma.support.Deployments;
import coop.khidma.support.Failures;
import coop.khidma.support.CounterIntakes;
import coop.khidma.support.RunAs;
import coop.khidma.support.ShareHistories;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Registration completion (policy clause 5) over MariaDB: only accepted applications, numbers unique and gap-free. */
@ExtendWith(ArquillianExtension.class)
class RegistrationsIT {

    /** The privacy notice in force, accepted: what every kiosk filing carries. */
    private static final PrivacyNotice.Acceptance NOTICE = new PrivacyNotice.Acceptance("2026-12", true);

    private static final AtomicLong PEOPLE = new AtomicLong(41_000_000);

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject
    Registrations registrations;

    @Inject
    KioskRequests kiosk;

    @Inject
    Reviews reviews;

    @Inject
    Requests requests;

    @Inject
    Outbox outbox;

    @Inject
    Applications applications;

    @Inject
    RunAs runAs;

    @Inject
    Members members;

    @Inject
    RegisterChanges registerChanges;

    @Inject
    ShareRegister shareRegister;

    @Inject
    ShareHistories shareHistories;

    @Inject
    AssemblyRoll assemblyRoll;

    @Test
    void aKioskApplicationGoesThroughIntakeAndTheCommitteeToAnActiveMember() throws Exception {
        String nationalId = Applications.nationalId(PEOPLE.incrementAndGet());
        String reference = kiosk.fileApplication(new Application(nationalId, "هند بنت علي آل مهري", "Hind Al Mahri",
                "0501234999", "hind@example.org", "نجران", 25), NOTICE).reference();

        RequestView inIntake = runAs.staff(() -> requests.startIntake(requests.detail(reference).ref()));
        RequestRef shown = inIntake.ref();
        for (RequestView.Item item : inIntake.items()) {
            shown = verify(shown, item);
        }
        RequestRef verified = shown;
        runAs.staff(() -> requests.completeIntake(verified));
        HandOver handOver = runAs.staff(() -> reviews.handToCommittee(reference));
        assertThatThrownBy(() -> runAs.committee(() -> decide(handOver.agendaId(), Decision.ACCEPT)))
                .satisfies(failure -> assertThat(Failures.chain(failure)).anySatisfy(cause ->
                        assertThat(cause).isInstanceOf(DomainException.class)));
        runAs.admin(() -> {
            reviews.overrideFloor(handOver.agendaId(), "The board meets this week", "1447/12");
            return null;
        });
        runAs.committee(() -> decide(handOver.agendaId(), Decision.ACCEPT));
        RequestRef accepted = runAs.staff(() -> requests.detail(reference).ref());

        Registered registered = runAs.staff(() -> registrations.complete(accepted));

        assertThat(registered.membershipNumber()).matches("NJT-\\d{4}-\\d{4,}");
        assertThat(runAs.staff(() -> requests.detail(reference).status())).isEqualTo(RequestStatus.COMPLETED);
        assertThat(runAs.staff(() -> outbox.forRequest(reference))).extracting(Message::kind).containsExactly(
                MessageKind.ACKNOWLEDGEMENT, MessageKind.UNDER_REVIEW, MessageKind.DECISION,
                MessageKind.REGISTRATION_COMPLETED, MessageKind.RATING_INVITATION);
        assertThat(runAs.staff(() -> requests.detail(reference)).dueOn()).as("a completed request owes nothing")
                .isNull();

        MemberProfile member = runAs.supervisor(() -> members.profile(registered.membershipNumber()));
        assertThat(member.nameLatin()).isEqualTo("Hind Al Mahri");
        assertThat(member.nationalId()).isEqualTo(nationalId);
        assertThat(member.mobile()).isEqualTo("0501234999");
        assertThat(member.status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(member.registeredBy()).isEqualTo(reference);
        assertThat(member.requests()).extracting(MemberProfile.Filed::reference).containsExactly(reference);
        assertThat(member.history()).extracting(Change::action).containsSubsequence("apply", "activate");

        // the member page: she wants letters printed at the counter from now on; recorded with who changed it
        assertThat(member.preferredChannel()).isNull();
        MemberProfile letters = runAs.staff(() -> members.preferChannel(registered.membershipNumber(),
                MessageChannel.LETTER));
        assertThat(letters.preferredChannel()).isEqualTo(MessageChannel.LETTER);
        assertThat(letters.history()).last().satisfies(change -> {
            assertThat(change.action()).isEqualTo("preferChannel");
            assertThat(change.actor()).isEqualTo("run-as-staff");
            assertThat(change.detail()).isEqualTo("none → LETTER");
        });
        assertThatThrownBy(() -> runAs.committee(() -> members.preferChannel(registered.membershipNumber(),
                MessageChannel.SMS))).satisfies(failure -> assertThat(Failures.chain(failure))
                .hasAtLeastOneElementOfType(jakarta.ejb.EJBAccessException.class));
        assertThatThrownBy(() -> runAs.staff(() -> members.preferChannel(registered.membershipNumber(),
                MessageChannel.LETTER))).satisfies(failure -> assertThat(Failures.chain(failure)).anySatisfy(cause ->
                assertThat(cause).isInstanceOfSatisfying(DomainException.class, broken ->
                        assertThat(broken.key()).isEqualTo("rule.member.nothingChanged"))));
        assertThat(runAs.staff(() -> members.profile("njt-" + registered.membershipNumber().substring(4))
                .membershipNumber())).as("typed in small letters").isEqualTo(registered.membershipNumber());
        assertThatThrownBy(() -> runAs.staff(() -> members.profile("NJT-1999-0001")))
                .satisfies(failure -> assertThat(Failures.chain(failure)).anySatisfy(cause ->
                        assertThat(cause).isInstanceOfSatisfying(DomainException.class, broken ->
                                assertThat(broken.key()).isEqualTo("rule.member.notFound"))));
        assertThatThrownBy(() -> runAs.committee(() -> members.profile(registered.membershipNumber())))
                .satisfies(failure -> assertThat(Failures.chain(failure))
                        .hasAtLeastOneElementOfType(EJBAccessException.class));
    }

    @Test
    void aMembersHistoryIsTheirsAloneEvenWhenAnotherIdEndsInTheSameFourDigits() throws Exception {
        // two valid IDs (a citizen's and a resident's) that both show as ******7319
        String first = runAs.staff(() -> registrations.complete(applications.accepted("1482067319", "0501237319")))
                .membershipNumber();
        String second = runAs.staff(() -> registrations.complete(applications.accepted("2864107319", "0501247319")))
                .membershipNumber();

        MemberProfile hers = runAs.staff(() -> members.profile(first));
        MemberProfile his = runAs.staff(() -> members.profile(second));

        assertThat(hers.nationalId()).isEqualTo("1482067319");
        assertThat(hers.history()).extracting(Change::action).containsExactly("apply", "subscribe", "activate");
        assertThat(his.history()).extracting(Change::action).containsExactly("apply", "subscribe", "activate");
        assertThat(hers.history()).extracting(Change::subject).doesNotContain(second)
                .noneMatch(subject -> subject.contains("7319"));
        assertThat(his.history()).extracting(Change::subject).doesNotContain(first)
                .doesNotContainAnyElementsOf(hers.history().stream().map(Change::subject).toList());
    }

    private RequestRef verify(RequestRef shown, RequestView.Item item) throws Exception {
        VerificationMethod method = item.code().endsWith("_COPY") || item.code().equals("SHARES_PAYMENT")
                || item.code().equals("NATIONAL_ADDRESS") ? VerificationMethod.COPY_RECEIVED
                : VerificationMethod.ORIGINAL_SEEN;
        return runAs.staff(() -> requests.verifyItem(shown, item.code(), method)).ref();
    }

    private Void decide(Long agendaId, Decision decision) {
        reviews.decide(agendaId, decision, null, null);
        return null;
    }

    @Test
    void anAcceptedApplicationMakesAnActiveMemberWithTheYearsNextNumber() throws Exception {
        RequestRef accepted = applications.accepted(Applications.nationalId(PEOPLE.incrementAndGet()), "0501234001");

        Registered registered = runAs.staff(() -> registrations.complete(accepted));

        assertThat(registered.membershipNumber()).matches("NJT-\\d{4}-\\d{4,}");
        assertThat(runAs.staff(() -> requests.detail(accepted.reference())).status())
                .isEqualTo(RequestStatus.COMPLETED);
        assertThat(runAs.staff(() -> outbox.forRequest(accepted.reference()))).extracting(Message::kind)
                .contains(MessageKind.REGISTRATION_COMPLETED);
    }

    @Test
    void registrationIsRefusedBeforeTheCommitteeAcceptsAndNoNumberIsSpent() throws Exception {
        RequestRef verified = applications.verified(Applications.nationalId(PEOPLE.incrementAndGet()), "0501234002");
        RequestRef first = applications.accepted(Applications.nationalId(PEOPLE.incrementAndGet()), "0501234003");
        RequestRef second = applications.accepted(Applications.nationalId(PEOPLE.incrementAndGet()), "0501234004");

        String before = runAs.staff(() -> registrations.complete(first)).membershipNumber();
        assertThatThrownBy(() -> runAs.staff(() -> registrations.complete(verified)))
                .isInstanceOfSatisfying(DomainException.class,
                        broken -> assertThat(broken.key()).isEqualTo("rule.registration.notAccepted"));
        String after = runAs.staff(() -> registrations.complete(second)).membershipNumber();

        assertThat(serial(after)).isEqualTo(serial(before) + 1);
    }

    @Test
    void twentyConcurrentCompletionsGetTwentyDistinctGapFreeNumbers() throws Exception {
        List<RequestRef> accepted = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            accepted.add(applications.accepted(Applications.nationalId(PEOPLE.incrementAndGet()),
                    String.format("05020%05d", i)));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Long> serials = new ArrayList<>();
        try {
            List<Future<Registered>> completions = new ArrayList<>();
            for (RequestRef ref : accepted) {
                completions.add(pool.submit(() -> {
                    start.await();
                    return runAs.staff(() -> registrations.complete(ref));
                }));
            }
            start.countDown();
            for (Future<Registered> completion : completions) {
                serials.add(serial(completion.get().membershipNumber()));
            }
        } finally {
            pool.shutdownNow();
        }
        long lowest = serials.stream().mapToLong(Long::longValue).min().orElseThrow();
        assertThat(serials).containsExactlyInAnyOrderElementsOf(
                LongStream.range(lowest, lowest + 20).boxed().toList());
    }

    @Test
    void theCommitteeAndAnonymousCallersCannotCompleteARegistration() throws Exception {
        RequestRef accepted = applications.accepted(Applications.nationalId(PEOPLE.incrementAndGet()), "0501234005");

        assertThatThrownBy(() -> registrations.complete(accepted)).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> runAs.committee(() -> registrations.complete(accepted)))
                .satisfies(failure -> assertThat(Failures.chain(failure))
                        .hasAtLeastOneElementOfType(EJBAccessException.class));
    }

    @Test
    void theRegisterFollowsTheMemberThroughAWithdrawalASuspensionAndADataUpdate() throws Exception {
        String first = runAs.staff(() -> registrations.complete(applications.accepted(
                Applications.nationalId(PEOPLE.incrementAndGet()), "0501234006"))).membershipNumber();
        String second = runAs.staff(() -> registrations.complete(applications.accepted(
                Applications.nationalId(PEOPLE.incrementAndGet()), "0501234007"))).membershipNumber();

        // a data update: the new e-mail and city, as the member gives them, carried out while served
        RequestRef update = intake("MEMBERSHIP_UPDATE", "NEW_EMAIL", "new.address@example.sa", "NEW_CITY", "شرورة");
        assertBroken("rule.registerChange.notThisType", () -> runAs.staff(() -> registerChanges.carryOut(
                intake("CERTIFICATE"), first)));
        RequestRef served = runAs.staff(() -> requests.startService(update)).ref();
        assertBroken("rule.registerChange.carryOut", () -> runAs.staff(() -> requests.resolve(served, "done")));
        assertBroken("rule.member.notFound", () -> runAs.staff(() -> registerChanges.carryOut(served, "NJT-1999-0001")));
        assertThatThrownBy(() -> runAs.supervisor(() -> registerChanges.carryOut(served, first)))
                .satisfies(failure -> assertThat(Failures.chain(failure))
                        .hasAtLeastOneElementOfType(EJBAccessException.class));
        RegisterChanges.CarriedOut updated = runAs.staff(() -> registerChanges.carryOut(served, first));
        assertThat(updated.request().status()).isEqualTo(RequestStatus.RESOLVED);
        MemberProfile afterUpdate = runAs.staff(() -> members.profile(first));
        assertThat(afterUpdate.city()).isEqualTo("شرورة");
        assertThat(afterUpdate.email()).isEqualTo("new.address@example.sa");
        assertThat(afterUpdate.mobile()).isEqualTo("0501234006");
        assertThat(afterUpdate.requests()).extracting(MemberProfile.Filed::reference).contains(update.reference());

        // a hostile update changes neither the member nor the request (both or neither)
        RequestRef hostile = intake("MEMBERSHIP_UPDATE", "NEW_MOBILE", "<script>alert(1)</script>");
        assertBroken("rule.mobile.invalid", () -> runAs.staff(() -> registerChanges.carryOut(hostile, first)));
        assertThat(runAs.staff(() -> requests.detail(hostile.reference()).status())).isEqualTo(RequestStatus.VERIFIED);

        // a suspension decided by the board: its decision kept on the record; no certificate while suspended
        RequestRef suspension = intake("BOARD_SUSPENSION", "BOARD_DECISION", "قرار المجلس رقم 7 بتاريخ 1448/03/02",
                "SUSPENSION_REASON", "Dues unpaid for two years");
        runAs.staff(() -> registerChanges.carryOut(suspension, second));
        MemberProfile suspended = runAs.staff(() -> members.profile(second));
        assertThat(suspended.status()).isEqualTo(MemberStatus.SUSPENDED);
        assertThat(suspended.statusDecision()).isEqualTo("قرار المجلس رقم 7 بتاريخ 1448/03/02");
        assertBroken("rule.member.notCurrent", () -> runAs.staff(() -> members.certificate(second)));

        // a withdrawal: only once the committee accepted it
        RequestRef withdrawal = intake("WITHDRAWAL");
        assertBroken("rule.registerChange.notReady", () -> runAs.staff(() -> registerChanges.carryOut(withdrawal,
                first)));
        HandOver handOver = runAs.staff(() -> reviews.handToCommittee(withdrawal.reference()));
        runAs.admin(() -> {
            reviews.overrideFloor(handOver.agendaId(), "The board meets this week", "1447/12");
            return null;
        });
        runAs.committee(() -> decide(handOver.agendaId(), Decision.ACCEPT));
        RequestRef accepted = runAs.staff(() -> requests.detail(withdrawal.reference()).ref());
        RegisterChanges.CarriedOut withdrawn = runAs.admin(() -> registerChanges.carryOut(accepted, first));
        assertThat(withdrawn.request().status()).isEqualTo(RequestStatus.COMPLETED);
        assertThat(withdrawn.memberStatus()).isEqualTo("WITHDRAWN");
        assertThat(runAs.staff(() -> requests.detail(withdrawal.reference()).outcome()))
                .contains("Membership " + first + " is recorded as withdrawn");
        MemberProfile gone = runAs.staff(() -> members.profile(first));
        assertThat(gone.status()).isEqualTo(MemberStatus.WITHDRAWN);
        assertThat(gone.history()).extracting(Change::action)
                .containsExactly("apply", "subscribe", "activate", "changeContact", "withdraw", "refund");
        assertThat(gone.shares()).as("every share refunded").isZero();
        assertThat(gone.movements()).extracting(ShareLine::kind, ShareLine::shares, ShareLine::requestReference)
                .containsExactly(tuple(ShareMovementKind.INITIAL_SUBSCRIPTION, 10, gone.registeredBy()),
                        tuple(ShareMovementKind.REFUND, -10, withdrawal.reference()));
        assertThat(gone.history()).extracting(Change::detail).doesNotContain("new.address@example.sa");
        assertBroken("rule.member.notCurrent", () -> runAs.staff(() -> members.certificate(first)));
        assertBroken("rule.member.illegalTransition", () -> runAs.staff(() -> registerChanges.carryOut(
                intake("MEMBERSHIP_UPDATE", "NEW_CITY", "نجران"), first)));
    }

    @Test
    void sharesAreSubscribedAndTransferredThroughRequestsInBothMembersRegisters() throws Exception {
        String first = runAs.staff(() -> registrations.complete(applications.accepted(
                Applications.nationalId(PEOPLE.incrementAndGet()), "0501234008"))).membershipNumber();
        String second = runAs.staff(() -> registrations.complete(applications.accepted(
                Applications.nationalId(PEOPLE.incrementAndGet()), "0501234009"))).membershipNumber();

        // an additional subscription with its receipt; a hostile receipt reference changes nothing
        RequestRef hostile = intake("ADDITIONAL_SUBSCRIPTION", "ADDITIONAL_SHARES", "3",
                "RECEIPT_REFERENCE", "<script>alert(1)</script>");
        assertBroken("rule.share.reference", () -> runAs.staff(() -> registerChanges.carryOut(hostile, first)));
        RequestRef subscription = intake("ADDITIONAL_SUBSCRIPTION", "ADDITIONAL_SHARES", "٣",
                "RECEIPT_REFERENCE", "R-2026-0055");
        assertThatThrownBy(() -> runAs.supervisor(() -> registerChanges.carryOut(subscription, first)))
                .satisfies(failure -> assertThat(Failures.chain(failure))
                        .hasAtLeastOneElementOfType(EJBAccessException.class));
        RegisterChanges.CarriedOut subscribed = runAs.staff(() -> registerChanges.carryOut(subscription, first));
        assertThat(subscribed.request().status()).isEqualTo(RequestStatus.RESOLVED);
        assertThat(runAs.staff(() -> members.profile(first)).shares()).isEqualTo(13);

        // a transfer the board approved: both members' registers; more than held, or to oneself, refused
        assertBroken("rule.share.moreThanHeld", () -> runAs.staff(() -> registerChanges.carryOut(intake(
                "SHARE_TRANSFER", "TRANSFER_SHARES", "14", "RECEIVING_MEMBER", second,
                "BOARD_DECISION", "قرار المجلس رقم 9"), first)));
        assertBroken("rule.share.toSelf", () -> runAs.staff(() -> registerChanges.carryOut(intake(
                "SHARE_TRANSFER", "TRANSFER_SHARES", "1", "RECEIVING_MEMBER", first,
                "BOARD_DECISION", "قرار المجلس رقم 9"), first)));
        RequestRef transfer = intake("SHARE_TRANSFER", "TRANSFER_SHARES", "4", "RECEIVING_MEMBER", second,
                "BOARD_DECISION", "قرار المجلس رقم 9 بتاريخ 1448/06/01");
        runAs.staff(() -> registerChanges.carryOut(transfer, first));
        MemberProfile giver = runAs.director(() -> members.profile(first));
        MemberProfile receiver = runAs.staff(() -> members.profile(second));
        assertThat(giver.shares()).isEqualTo(9);
        assertThat(receiver.shares()).isEqualTo(14);
        assertThat(giver.movements()).extracting(ShareLine::kind, ShareLine::shares, ShareLine::balance,
                ShareLine::evidence, ShareLine::counterpart).containsExactly(
                tuple(ShareMovementKind.INITIAL_SUBSCRIPTION, 10, 10, null, null),
                tuple(ShareMovementKind.ADDITIONAL_SUBSCRIPTION, 3, 13, "R-2026-0055", null),
                tuple(ShareMovementKind.TRANSFER_OUT, -4, 9, "قرار المجلس رقم 9 بتاريخ 1448/06/01", second));
        assertThat(receiver.movements()).extracting(ShareLine::kind, ShareLine::shares, ShareLine::counterpart)
                .containsExactly(tuple(ShareMovementKind.INITIAL_SUBSCRIPTION, 10, null),
                        tuple(ShareMovementKind.TRANSFER_IN, 4, first));
        assertThat(giver.history()).extracting(Change::action).endsWith("subscribeMore", "transferOut");
        assertThat(receiver.history()).extracting(Change::action).endsWith("transferIn");
        assertThat(runAs.staff(() -> requests.detail(transfer.reference()).outcome()))
                .contains("4 shares of membership " + first + " are transferred to membership " + second);
        assertThat(runAs.staff(() -> shareRegister.holdingsOn(LocalDate.now(java.time.ZoneId.of("Asia/Riyadh")))))
                .filteredOn(holding -> holding.membershipNumber().equals(first)
                        || holding.membershipNumber().equals(second))
                .extracting(Holding::shares).containsExactly(9L, 14L);
    }

    @Test
    void theRegisterAsOfAPastDayIsTheSumOfItsMovementsUpToThatDay() throws Exception {
        List<String> numbers = shareHistories.writtenIn2021(Applications.nationalId(PEOPLE.incrementAndGet()),
                Applications.nationalId(PEOPLE.incrementAndGet()));
        String first = numbers.get(0);
        String second = numbers.get(1);

        assertThat(runAs.staff(() -> shareRegister.holdingsOn(LocalDate.of(2021, 1, 9)))).isEmpty();
        assertThat(runAs.staff(() -> shareRegister.holdingsOn(LocalDate.of(2021, 1, 15))))
                .extracting(Holding::membershipNumber, Holding::shares).containsExactly(tuple(first, 10L));
        assertThat(runAs.supervisor(() -> shareRegister.holdingsOn(LocalDate.of(2021, 2, 15))))
                .extracting(Holding::membershipNumber, Holding::shares)
                .containsExactly(tuple(first, 15L), tuple(second, 6L));
        assertThat(runAs.director(() -> shareRegister.holdingsOn(LocalDate.of(2021, 4, 1))))
                .extracting(Holding::membershipNumber, Holding::shares)
                .containsExactly(tuple(first, 11L), tuple(second, 10L));
        assertThat(runAs.staff(() -> shareRegister.holdingsOn(LocalDate.of(2021, 4, 2))))
                .as("the refund at 01:00 Riyadh time on 2 April").extracting(Holding::membershipNumber,
                        Holding::shares).containsExactly(tuple(first, 11L));

        Predicate<AssemblyRoll.Entitled> these = entitled -> List.of(first, second)
                .contains(entitled.membershipNumber());
        assertThat(runAs.staff(() -> assemblyRoll.on(LocalDate.of(2021, 2, 15)))).filteredOn(these)
                .as("the General Assembly's roll counts the shares held on its record date; the member withdrawn "
                        + "since is not on it").extracting(AssemblyRoll.Entitled::membershipNumber,
                        AssemblyRoll.Entitled::shares).containsExactly(tuple(first, 15));
        assertThat(runAs.staff(() -> assemblyRoll.on(LocalDate.of(2021, 3, 15)))).filteredOn(these)
                .extracting(AssemblyRoll.Entitled::shares).containsExactly(11);
        assertThat(runAs.staff(() -> assemblyRoll.on(LocalDate.of(2021, 1, 9)))).filteredOn(these).isEmpty();
        assertThat(runAs.staff(() -> assemblyRoll.member(first, LocalDate.of(2021, 2, 15))))
                .map(AssemblyRoll.Entitled::shares).contains(15);
        assertThat(runAs.staff(() -> assemblyRoll.member(second, LocalDate.of(2021, 2, 15)))).isEmpty();

        runAs.admin(() -> shareRegister.revalue("١٠٠"));
        RegisterReport report = runAs.staff(() -> shareRegister.report(LocalDate.of(2021, 3, 15)));
        assertThat(report.lines()).extracting(RegisterReport.Line::membershipNumber, RegisterReport.Line::shares,
                RegisterReport.Line::capital).containsExactly(tuple(first, 11L, new BigDecimal("1100.00")),
                tuple(second, 10L, new BigDecimal("1000.00")));
        assertThat(report.members()).isEqualTo(2);
        assertThat(report.shares()).isEqualTo(21);
        assertThat(report.capital()).isEqualByComparingTo("2100.00");

        runAs.admin(() -> shareRegister.revalue("250.5"));
        assertThat(runAs.staff(() -> shareRegister.report(LocalDate.of(2021, 3, 15))).capital())
                .isEqualByComparingTo("5260.50");
        assertBroken("rule.share.nominalValue", () -> runAs.admin(() -> shareRegister.revalue("-1")));
        runAs.admin(() -> shareRegister.revalue("100"));

        for (ThrowingCallable refused : List.<ThrowingCallable>of(
                () -> runAs.staff(() -> shareRegister.revalue("50")),
                () -> runAs.director(() -> shareRegister.revalue("50")),
                () -> runAs.committee(() -> shareRegister.holdingsOn(LocalDate.of(2021, 3, 15))),
                () -> shareRegister.report(LocalDate.of(2021, 3, 15)))) {
            assertThatThrownBy(refused).satisfies(failure -> assertThat(Failures.chain(failure))
                    .hasAtLeastOneElementOfType(EJBAccessException.class));
        }
        assertThat(runAs.staff(() -> shareRegister.nominalValue())).isEqualByComparingTo("100.00");
    }

    /** A request of {@code type} registered at the counter, its fields given ({@code code, value} pairs), verified. */
    private RequestRef intake(String type, String... given) throws Exception {
        return CounterIntakes.verified(runAs, requests, type, given);
    }

    private static void assertBroken(String key, ThrowingCallable call) {
        assertThatThrownBy(call).satisfies(failure -> assertThat(Failures.chain(failure)).anySatisfy(cause ->
                assertThat(cause).isInstanceOfSatisfying(DomainException.class, broken ->
                        assertThat(broken.key()).isEqualTo(key))));
    }

    private static long serial(String membershipNumber) {
        return Long.parseLong(membershipNumber.substring(membershipNumber.lastIndexOf('-') + 1));
    }
}
