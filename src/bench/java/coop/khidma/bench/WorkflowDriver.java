package coop.khidma.bench;

import coop.khidma.intake.boundary.BacklogFigures;
import coop.khidma.board.boundary.BoardPacks;
import coop.khidma.intake.boundary.ChannelFigures;
import coop.khidma.intake.boundary.PromiseFigures;
import coop.khidma.reception.boundary.ReceptionFigures;
import coop.khidma.review.boundary.CommitteeFigures;
import coop.khidma.satisfaction.boundary.Ratings;
import coop.khidma.intake.boundary.InboxQuery;
import coop.khidma.intake.boundary.KioskRequests;
import coop.khidma.platform.personaldata.PrivacyNotice;
import coop.khidma.intake.boundary.RequestView;
import coop.khidma.intake.boundary.Requests;
import coop.khidma.intake.boundary.WebsiteRequests;
import coop.khidma.intake.entity.RequestStatus;
import coop.khidma.intake.entity.VerificationMethod;
import coop.khidma.membership.boundary.Registrations;
import coop.khidma.platform.security.Accounts;
import coop.khidma.platform.security.ConsoleDoor;
import coop.khidma.platform.security.Roles;
import coop.khidma.platform.security.SignIns;
import coop.khidma.platform.time.DayRange;
import coop.khidma.platform.time.HijriDates;
import coop.khidma.review.boundary.HandOver;
import coop.khidma.review.boundary.Reviews;
import coop.khidma.review.entity.Decision;
import coop.khidma.support.Applications;
import coop.khidma.support.RunAs;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The application's side of the benchmarks, inside Payara Micro (only in the harness's deployment, never in the
 * shipped WAR): {@code GET /bench/workflow?clients=N&workflows=M} has N managed threads each walk M membership
 * applications through the real boundaries, as the website and the console call them — submit, open, start intake,
 * verify every item, complete intake, hand to the committee, allow the early decision, decide, open, complete the
 * registration — each call timed as one request; {@code GET /bench/inbox?statuses=…&text=…&repeats=R} asks
 * {@link Requests#inboxPage(InboxQuery, int, int, InboxQuery.Sort, boolean)} for the inbox's first page with its
 * count in one call, as the console does: signed in through the console's own door ({@link ConsoleDoor}) as a staff
 * member, on the request's thread, straight to the boundary (no {@code RunAs} bean, no transaction around it); {@code GET /bench/report?name=volume|promises|committee|backlog|reception|satisfaction|pack
 * &repeats=R} asks the board's report as its page first shows it (this Gregorian month's {@link ChannelFigures#volume},
 * {@link PromiseFigures#promises}, {@link CommitteeFigures#committee}, {@link ReceptionFigures#reception},
 * {@link Ratings#byService}, {@link BoardPacks#pack}, and {@link BacklogFigures#ageing()}), as the director; {@code /bench/uidl-start} and {@code /bench/uidl-stop} record the server time of Vaadin's
 * round trips in between ({@link UidlTimer}). Answers one line: the wall time in nanoseconds, then every request's
 * latency in nanoseconds.
 */
@WebServlet("/bench/*")
public class WorkflowDriver extends HttpServlet {

    /** The console's first page: the grid's default page size. */
    static final int PAGE = 50;
    private static final AtomicLong SERIALS = new AtomicLong(60_000_000L);
    /** The staff member the inbox is asked as, invited once per server (its one-time password signs in for 72 h). */
    private Accounts.OneTimePassword inboxStaff;

    @Inject
    WebsiteRequests website;
    @Inject
    Requests requests;
    @Inject
    Reviews reviews;
    @Inject
    Registrations registrations;
    @Inject
    RunAs runAs;
    @Inject
    ChannelFigures channels;
    @Inject
    BacklogFigures backlogs;
    @Inject
    PromiseFigures promises;
    @Inject
    CommitteeFigures committee;
    @Inject
    ReceptionFigures reception;
    @Inject
    Ratings ratings;
    @Inject
    BoardPacks packs;
    @Inject
    Accounts accounts;
    @Inject
    ConsoleDoor door;
    @Resource
    ManagedExecutorService executor;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            if ("/uidl-start".equals(request.getPathInfo())) {
                UidlTimer.start();
                return;
            }
            Together.Timings timings = switch (request.getPathInfo()) {
                case "/uidl-stop" -> new Together.Timings(0, UidlTimer.stop());
                case "/at-once" -> new Together.Timings(Together.mostAtOnceLastRun(), List.of());
                case "/workflow" -> Together.run(executor, Integer.parseInt(request.getParameter("clients")),
                        Integer.parseInt(request.getParameter("workflows")), (client, latencies) -> workflow(latencies));
                case "/inbox" -> inboxFirstPages(request, response, Integer.parseInt(request.getParameter("repeats")));
                case "/report" -> Together.run(executor, 1, Integer.parseInt(request.getParameter("repeats")),
                        (client, latencies) -> report(request.getParameter("name"), latencies));
                default -> throw new IllegalArgumentException(request.getPathInfo());
            };
            response.setContentType("text/plain");
            response.getWriter().print(timings.line());
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    /** One membership application from the website to an active member, every step as the console takes it. */
    private void workflow(List<Long> latencies) throws Exception {
        String nationalId = Applications.nationalId(SERIALS.incrementAndGet());
        KioskRequests.Acknowledgement filed = timed(latencies, () -> website.submitApplication(
                new KioskRequests.Application(nationalId, "عضو قياس الأداء", "Bench Member", "0501234567", null,
                        "نجران", 5), PrivacyNotice.Acceptance.ofCurrent(true), null));
        String reference = filed.reference();
        RequestView view = timed(latencies, () -> runAs.staff(() -> requests.detail(reference)));
        RequestView started = timed(latencies, () -> runAs.staff(() -> requests.startIntake(view.ref())));
        RequestView current = started;
        for (RequestView.Item item : started.items()) {
            RequestView before = current;
            current = timed(latencies, () -> runAs.staff(() -> requests.verifyItem(before.ref(), item.code(),
                    VerificationMethod.ORIGINAL_SEEN)));
        }
        RequestView verified = current;
        timed(latencies, () -> runAs.staff(() -> requests.completeIntake(verified.ref())));
        RequestView handing = timed(latencies, () -> runAs.staff(() -> requests.detail(reference)));
        HandOver handOver = timed(latencies, () -> runAs.staff(() -> reviews.handToCommittee(handing.ref())));
        timed(latencies, () -> runAs.admin(() -> {
            reviews.overrideFloor(handOver.agendaId(), "قياس الأداء", "1447/1");
            return null;
        }));
        timed(latencies, () -> runAs.committee(() -> {
            reviews.decide(handOver.agendaId(), Decision.ACCEPT, null, null);
            return null;
        }));
        RequestView accepted = timed(latencies, () -> runAs.staff(() -> requests.detail(reference)));
        timed(latencies, () -> runAs.staff(() -> registrations.complete(accepted.ref())));
    }

    /**
     * The inbox's first page asked {@code repeats} times by a staff member signed in on this request, as a signed-in
     * console's request asks it: the caller's own identity, no other bean in between.
     */
    private Together.Timings inboxFirstPages(HttpServletRequest request, HttpServletResponse response, int repeats)
            throws Exception {
        InboxQuery query = query(request);
        SignIns.Attempt signedIn = door.signIn(request, response, inboxStaff().username(), inboxStaff().password());
        if (!signedIn.signedIn()) {
            throw new IllegalStateException("the bench's staff member was not signed in: " + signedIn.outcome());
        }
        try {
            List<Long> latencies = new ArrayList<>();
            long began = System.nanoTime();
            for (int i = 0; i < repeats; i++) {
                timed(latencies, () -> requests.inboxPage(query, 0, PAGE, InboxQuery.Sort.SUBMITTED, false).total());
            }
            return new Together.Timings(System.nanoTime() - began, latencies);
        } finally {
            request.logout();
            request.getSession().invalidate();
        }
    }

    private synchronized Accounts.OneTimePassword inboxStaff() throws Exception {
        if (inboxStaff == null) {
            inboxStaff = runAs.admin(() -> accounts.invite("bench.inbox", "موظف قياس الأداء", Set.of(Roles.STAFF)));
        }
        return inboxStaff;
    }

    private void report(String name, List<Long> latencies) throws Exception {
        LocalDate today = LocalDate.now(HijriDates.RIYADH);
        DayRange month = DayRange.gregorianMonth(today, 0);
        timed(latencies, () -> runAs.director(() -> switch (name) {
            case "volume" -> channels.volume(month).rows().size();
            case "promises" -> promises.promises(month).types().size();
            case "committee" -> (int) committee.committee(month).handedOver();
            case "reception" -> (int) reception.reception(month).all().tickets();
            case "satisfaction" -> ratings.byService(month).size();
            case "pack" -> packs.pack(month).promises().types().size();
            default -> (int) backlogs.ageing().all().total();
        }));
    }

    private static InboxQuery query(HttpServletRequest request) {
        String statuses = request.getParameter("statuses");
        EnumSet<RequestStatus> chosen = EnumSet.noneOf(RequestStatus.class);
        if (statuses != null && !statuses.isBlank()) {
            Arrays.stream(statuses.split(",")).map(RequestStatus::valueOf).forEach(chosen::add);
        }
        return new InboxQuery(chosen, request.getParameter("type"), null, request.getParameter("text"));
    }

    private static <T> T timed(List<Long> latencies, Callable<T> call) throws Exception {
        long began = System.nanoTime();
        T result = call.call();
        latencies.add(System.nanoTime() - began);
        return result;
    }
}
