package coop.khidma.reception.boundary;

import coop.khidma.audit.boundary.AuditTrail;
import coop.khidma.audit.entity.Change;
import coop.khidma.correspondence.boundary.Outbox;
import coop.khidma.correspondence.entity.Message;
import coop.khidma.correspondence.entity.MessageChannel;
import coop.khidma.correspondence.entity.MessageKind;
import coop.khidma.intake.boundary.RequestView;
import coop.khidma.intake.boundary.Requests;
import coop.khidma.intake.entity.Channel;
import coop.khidma.intake.entity.CounterTicket;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.time.DayRange;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.reception.control.ReceptionHours;
import coop.khidma.reception.boundary.Queue.TicketReceipt;
import coop.khidma.reception.boundary.Queue.TicketRow;
import coop.khidma.reception.entity.CounterService;
import coop.khidma.reception.entity.TicketStatus;
import coop.khidma.satisfaction.boundary.RatingInvitations;
import coop.khidma.satisfaction.entity.RatedService;
import coop.khidma.support.Deployments;
import coop.khidma.support.Failures;
import coop.khidma.support.RunAs;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The counter's queue on Payara Micro over MariaDB: kiosk tickets numbered per service and day without gaps, the
 * place in line and the expected wait, and the staff's call-next / served / no-show, each in the audit trail.
 * Each test uses its own service so their lines never mix.
 */
@ExtendWith(ArquillianExtension.class)
class QueueIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject
    Queue queue;

    @Inject
    AuditTrail audit;

    @Inject
    RunAs runAs;

    @Inject
    Requests requests;

    @Inject
    ReceptionFigures figures;

    @Inject
    Outbox outbox;

    @Inject
    RatingInvitations invitations;

    @Test
    void kioskTicketsAreNumberedPerServiceWithTheirPlaceAndExpectedWait() throws Exception {
        TicketReceipt first = queue.take(CounterService.INQUIRIES);
        TicketReceipt second = queue.take(CounterService.INQUIRIES);

        assertThat(first.number()).matches("C-\\d{3}");
        assertThat(number(second)).isEqualTo(number(first) + 1);
        assertThat(first.day()).isEqualTo(LocalDate.now(HijriDates.RIYADH));
        assertThat(second.position()).isEqualTo(first.position() + 1);
        assertThat(second.estimatedWaitMinutes()).isGreaterThan(first.estimatedWaitMinutes());
        assertThat(runAs.staff(() -> queue.today())).filteredOn(row -> row.number().equals(second.number()))
                .singleElement().satisfies(row -> {
                    assertThat(row.status()).isEqualTo(TicketStatus.WAITING);
                    assertThat(row.desk()).isNull();
                });
        assertThat(runAs.staff(() -> audit.history(second.day() + "/" + second.number())))
                .extracting(Change::action, Change::actor).containsExactly(org.assertj.core.groups.Tuple.tuple("take", "kiosk"));
    }

    @Test
    void staffCallTheLongestWaitingTicketAndCloseItAsServedOrNoShow() throws Exception {
        TicketReceipt first = queue.take(CounterService.MEMBERSHIP);
        TicketReceipt second = queue.take(CounterService.MEMBERSHIP);

        TicketRow called = runAs.staff(() -> queue.callNext(CounterService.MEMBERSHIP, "Desk 1"));
        assertThat(called.number()).isEqualTo(first.number());
        assertThat(called.status()).isEqualTo(TicketStatus.CALLED);
        assertThat(called.desk()).isEqualTo("Desk 1");
        assertThat(runAs.staff(() -> queue.served(called.id())).status()).isEqualTo(TicketStatus.SERVED);

        TicketRow next = runAs.staff(() -> queue.callNext(CounterService.MEMBERSHIP, "Desk 2"));
        assertThat(next.number()).isEqualTo(second.number());
        assertThat(runAs.staff(() -> queue.noShow(next.id())).status()).isEqualTo(TicketStatus.NO_SHOW);

        assertBroken(() -> runAs.staff(() -> queue.callNext(CounterService.MEMBERSHIP, "Desk 1")), "rule.queue.empty");
        assertBroken(() -> runAs.staff(() -> queue.served(next.id())), "rule.ticket.notCalled");
        assertBroken(() -> runAs.staff(() -> queue.served(-1L)), "rule.ticket.unknown");

        assertThat(runAs.staff(() -> queue.today())).filteredOn(row -> row.service() == CounterService.MEMBERSHIP)
                .extracting(TicketRow::number, TicketRow::status)
                .contains(org.assertj.core.groups.Tuple.tuple(first.number(), TicketStatus.SERVED),
                        org.assertj.core.groups.Tuple.tuple(second.number(), TicketStatus.NO_SHOW));
        assertThat(runAs.staff(() -> audit.history(first.day() + "/" + first.number())))
                .extracting(Change::action).containsExactly("take", "call", "served");
        assertThat(runAs.staff(() -> audit.history(second.day() + "/" + second.number())))
                .extracting(Change::action).containsExactly("take", "call", "noShow");

        TicketReceipt alone = queue.take(CounterService.MEMBERSHIP);
        assertThat(alone.position()).isEqualTo(1);
        assertThat(alone.estimatedWaitMinutes()).isZero();
    }

    @Test
    void theBoardsReceptionReportCountsTodaysTicketsNoShowsAndTheBusyHourWithoutADeskOrAName() throws Exception {
        LocalDate today = LocalDate.now(HijriDates.RIYADH);
        DayRange day = new DayRange(today, today);
        ReceptionHours before = runAs.supervisor(() -> figures.reception(day));
        queue.take(CounterService.MEMBER_SERVICES);
        queue.take(CounterService.MEMBER_SERVICES);
        TicketRow served = runAs.staff(() -> queue.callNext(CounterService.MEMBER_SERVICES, "Desk 3"));
        runAs.staff(() -> queue.served(served.id()));
        TicketRow missed = runAs.staff(() -> queue.callNext(CounterService.MEMBER_SERVICES, "Desk 3"));
        runAs.staff(() -> queue.noShow(missed.id()));

        ReceptionHours after = runAs.director(() -> figures.reception(day));
        assertThat(allDay(after).tickets() - allDay(before).tickets()).isEqualTo(2);
        assertThat(allDay(after).noShows() - allDay(before).noShows()).isEqualTo(1);
        assertThat(after.all().tickets() - before.all().tickets()).isEqualTo(2);
        assertThat(after.heat().stream().mapToLong(ReceptionHours.Cell::tickets).sum()
                - before.heat().stream().mapToLong(ReceptionHours.Cell::tickets).sum()).isEqualTo(2);
        assertThat(after.heat()).hasSize(7 * (after.lastHour() - after.firstHour() + 1));
        assertThat(java.util.Arrays.stream(ReceptionHours.HourRow.class.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName)).doesNotContain("desk", "calledBy");
        for (Callable<?> refused : List.<Callable<?>>of(() -> runAs.staff(() -> figures.reception(day)),
                () -> runAs.committee(() -> figures.reception(day)))) {
            assertThatThrownBy(refused::call).satisfies(failure -> assertThat(Failures.chain(failure))
                    .hasAtLeastOneElementOfType(EJBAccessException.class));
        }
    }

    private static ReceptionHours.HourRow allDay(ReceptionHours hours) {
        return hours.rows().stream().filter(row -> row.service() == CounterService.MEMBER_SERVICES
                && row.hour() == null).findFirst()
                .orElse(new ReceptionHours.HourRow(CounterService.MEMBER_SERVICES, null, 0, 0, null, null));
    }

    @Test
    void aVisitorWithoutARoleMayTakeATicketButNeitherCallNorList() {
        assertThatThrownBy(() -> queue.callNext(CounterService.MEMBER_SERVICES, "Desk 1"))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> queue.today()).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> queue.served(1L)).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> queue.noShow(1L)).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> queue.today(null, 0, 10)).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> queue.countToday(null)).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> queue.figuresToday()).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void theCounterPagesTheLineTheTvShowsNumbersAndDesksAndTheKioskLearnsOnlyOfServedVisits() throws Exception {
        queue.take(CounterService.INQUIRIES);
        TicketReceipt mine = queue.take(CounterService.INQUIRIES);
        int all = runAs.staff(() -> queue.countToday(null));
        int inquiries = runAs.staff(() -> queue.countToday(CounterService.INQUIRIES));
        assertThat(inquiries).isPositive().isLessThanOrEqualTo(all);
        assertThat(runAs.staff(() -> queue.today(CounterService.INQUIRIES, 0, 1000))).hasSize(inquiries)
                .allMatch(row -> row.service() == CounterService.INQUIRIES);
        assertThat(runAs.staff(() -> queue.today(null, 1, 1))).hasSize(1)
                .isNotEqualTo(runAs.staff(() -> queue.today(null, 0, 1)));
        assertBroken(() -> queue.servedToday(CounterService.INQUIRIES, number(mine)), "rule.ticket.notServed");

        TicketRow called = runAs.staff(() -> queue.callNext(CounterService.INQUIRIES, "Desk 9"));
        while (!called.number().equals(mine.number())) {
            Long earlier = called.id();
            runAs.staff(() -> queue.noShow(earlier));
            called = runAs.staff(() -> queue.callNext(CounterService.INQUIRIES, "Desk 9"));
        }
        assertThat(queue.nowServing()).contains(new Queue.NowServing(mine.number(), "Desk 9"));
        Long id = called.id();
        runAs.staff(() -> queue.served(id));
        assertThat(queue.nowServing()).extracting(Queue.NowServing::number).doesNotContain(mine.number());

        assertThat(queue.servedToday(CounterService.INQUIRIES, number(mine)))
                .isEqualTo(new Queue.ServedVisit(mine.day() + "/" + mine.number(), CounterService.INQUIRIES));
        assertBroken(() -> queue.servedToday(CounterService.MEMBERSHIP, number(mine) + 500), "rule.ticket.notServed");
        assertThat(runAs.staff(queue::figuresToday)).filteredOn(day -> day.service() == CounterService.INQUIRIES)
                .singleElement().satisfies(day -> {
                    assertThat(day.served()).isPositive();
                    assertThat(day.averageWait()).isPresent();
                    assertThat(day.averageService()).isPresent();
                });
    }

    @Test
    void theCalledTicketLeadsToTheVisitorsRequestAndEachShowsTheOther() throws Exception {
        TicketReceipt waiting = queue.take(CounterService.MEMBER_SERVICES);
        Long waitingId = runAs.staff(() -> queue.today(CounterService.MEMBER_SERVICES, 0, 1000)).stream()
                .filter(row -> row.number().equals(waiting.number())).findFirst().orElseThrow().id();
        assertBroken(() -> runAs.staff(() -> queue.openRequest(waitingId, "COMPLAINT", Channel.IN_PERSON,
                "زائر ينتظر", "0553300001", "لم يُنادَ بعد", null)), "rule.ticket.notAtDesk");
        TicketRow called = calledUntil(waiting);

        RequestView opened = runAs.staff(() -> queue.openRequest(called.id(), "COMPLAINT", Channel.IN_PERSON,
                "حمد آل سدران", "0553300002", "شكوى عند المكتب", null));
        assertThat(opened.ticket()).isEqualTo(new CounterTicket(called.id(), waiting.number(), waiting.day()));
        assertThat(opened.channel()).isEqualTo(Channel.IN_PERSON);
        assertThat(runAs.staff(() -> queue.today(CounterService.MEMBER_SERVICES, 0, 1000)))
                .filteredOn(row -> row.id().equals(called.id())).singleElement()
                .extracting(TicketRow::request).isEqualTo(opened.ref().reference());
        assertThat(runAs.staff(() -> requests.timeline(opened.ref().reference()))).extracting(Change::action)
                .containsExactly("submit", "queue", "cameWithTicket");
        assertThat(runAs.staff(() -> queue.calledTo(" Desk 5 "))).as("back at the queue, the visitor is still there")
                .get().extracting(TicketRow::id, TicketRow::request)
                .containsExactly(called.id(), opened.ref().reference());
        assertThat(runAs.staff(() -> queue.calledTo("Desk 6"))).isEmpty();
        long filed = runAs.staff(() -> requests.count());
        assertBroken(() -> runAs.staff(() -> queue.openRequest(called.id(), "COMPLAINT", Channel.IN_PERSON,
                "مرة ثانية", "0553300003", "التذكرة نفسها", null)), "rule.ticket.hasRequest");
        assertThat(runAs.staff(() -> requests.count())).as("nothing filed by the refused one").isEqualTo(filed);

        RequestView byPhone = runAs.staff(() -> requests.register("SUGGESTION", Channel.PHONE, "عائشة آل منجم",
                "0553300004", "اقتراح سابق"));
        TicketRow second = calledUntil(queue.take(CounterService.MEMBER_SERVICES));
        RequestView found = runAs.staff(() -> queue.findRequest(second.id(), arabicIndic(byPhone.ref().reference())));
        assertThat(found.ref().reference()).isEqualTo(byPhone.ref().reference());
        assertThat(found.ticket().number()).isEqualTo(second.number());
        assertThat(runAs.committee(() -> queue.ticket(second.id()))).get()
                .satisfies(row -> assertThat(row.status()).isEqualTo(TicketStatus.CALLED));

        TicketRow third = calledUntil(queue.take(CounterService.MEMBER_SERVICES));
        assertBroken(() -> runAs.staff(() -> queue.findRequest(third.id(), byPhone.ref().reference())),
                "rule.request.hasTicket");
        assertBroken(() -> runAs.staff(() -> queue.findRequest(second.id(), opened.ref().reference())),
                "rule.ticket.hasRequest");
        RequestView toWithdraw = runAs.staff(() -> requests.register("COMPLAINT", Channel.PHONE, "طلب مسحوب",
                "0553300005", "سُحب"));
        RequestView withdrawn = runAs.staff(() -> requests.withdraw(toWithdraw.ref(), "لم يعد لازمًا"));
        assertBroken(() -> runAs.staff(() -> queue.findRequest(third.id(), withdrawn.ref().reference())),
                "rule.request.illegalTransition");
        assertBroken(() -> runAs.staff(() -> queue.findRequest(third.id(), "2026-999999")), "rule.request.notFound");

        assertThatThrownBy(() -> runAs.supervisor(() -> queue.findRequest(third.id(), byPhone.ref().reference())))
                .satisfies(refused -> assertThat(Failures.chain(refused)).hasAtLeastOneElementOfType(
                        EJBAccessException.class));
        assertThatThrownBy(() -> queue.ticket(second.id())).isInstanceOf(EJBAccessException.class);

        // served: the visitor of an open request is texted a code to rate the counter, never with the ticket or desk
        runAs.staff(() -> queue.served(called.id()));
        List<Message> told = runAs.staff(() -> outbox.forRequest(opened.ref().reference()));
        assertThat(told).extracting(Message::kind).containsExactly(MessageKind.ACKNOWLEDGEMENT,
                MessageKind.RATING_INVITATION);
        assertThat(told.get(0).channel()).as("answered on paper, as it came").isEqualTo(MessageChannel.LETTER);
        Message invitation = told.get(1);
        assertThat(invitation.channel()).as("the code by text message").isEqualTo(MessageChannel.SMS);
        assertThat(invitation.subjectEnglish() + invitation.bodyEnglish()).doesNotContain(waiting.number())
                .doesNotContain("Desk 5");
        String code = invitation.subjectEnglish().replaceAll("(?s).*code (\\d{4} \\d{4}).*", "$1");
        assertThat(invitations.check("queue-it-" + code, arabicIndic(code))).isEqualTo(RatedService.RECEPTION);
        TicketRow alone = calledUntil(queue.take(CounterService.MEMBER_SERVICES));
        long invited = runAs.staff(() -> outbox.count("", false));
        runAs.staff(() -> queue.served(alone.id()));
        assertThat(runAs.staff(() -> outbox.count("", false))).as("a visit without a request: nobody to tell")
                .isEqualTo(invited);
    }

    /** Calls the line of the ticket's service to one desk until this ticket comes (those before it did not come). */
    private TicketRow calledUntil(TicketReceipt ticket) throws Exception {
        TicketRow called = runAs.staff(() -> queue.callNext(ticket.service(), "Desk 5"));
        while (!called.number().equals(ticket.number())) {
            Long earlier = called.id();
            runAs.staff(() -> queue.noShow(earlier));
            called = runAs.staff(() -> queue.callNext(ticket.service(), "Desk 5"));
        }
        return called;
    }

    private static String arabicIndic(String digits) {
        StringBuilder arabic = new StringBuilder();
        digits.chars().forEach(c -> arabic.append(Character.isDigit(c) ? (char) ('\u0660' + c - '0') : (char) c));
        return arabic.toString();
    }

    @Test
    void ticketsTakenAtOnceStillGetDistinctGapFreeNumbers() throws Exception {
        int visitors = 12;
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<TicketReceipt>> taken = new ArrayList<>();
        try {
            for (int i = 0; i < visitors; i++) {
                Callable<TicketReceipt> take = () -> queue.take(CounterService.MEMBER_SERVICES);
                taken.add(pool.submit(take));
            }
            List<Integer> numbers = new ArrayList<>();
            for (Future<TicketReceipt> ticket : taken) {
                numbers.add(number(ticket.get()));
            }
            int lowest = numbers.stream().mapToInt(Integer::intValue).min().orElseThrow();
            assertThat(numbers).containsExactlyInAnyOrderElementsOf(
                    IntStream.range(lowest, lowest + visitors).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
    }

    private static int number(TicketReceipt receipt) {
        return Integer.parseInt(receipt.number().substring(2));
    }

    private static void assertBroken(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String rule) {
        assertThatThrownBy(call).satisfies(thrown -> {
            Throwable cause = thrown;
            while (cause != null && !(cause instanceof DomainException)) {
                cause = cause.getCause();
            }
            assertThat(cause).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.key()).isEqualTo(rule));
        });
    }
}
