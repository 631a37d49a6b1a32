package coop.khidma.bench;

import coop.khidma.audit.entity.Change;
import coop.khidma.intake.boundary.InboxQuery;
import coop.khidma.intake.boundary.KioskRequests;
import coop.khidma.intake.boundary.RequestView;
import coop.khidma.intake.boundary.Requests;
import coop.khidma.intake.entity.Channel;
import coop.khidma.platform.i18n.DomainException;
import coop.khidma.platform.personaldata.PrivacyNotice;
import coop.khidma.support.Failures;
import coop.khidma.support.RunAs;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fault drills of the benchmark's part F, inside Payara Micro (the harness's deployment only), through the real
 * boundaries: {@code GET /bench-faults/lost-updates?clerks=C&changes=N} has C members of staff at once each reassign
 * one request N times, every change from the request as they last read it, and then checks the audit trail and the
 * final state against what was counted; {@code GET /bench-faults/double-taps?taps=T} sends one kiosk question T times
 * at once with one submission token, as T taps on "Send" would. Answers one line of {@code name=value} figures.
 */
@WebServlet("/bench-faults/*")
public class FaultDriver extends HttpServlet {

    private static final PrivacyNotice.Acceptance NOTICE = new PrivacyNotice.Acceptance("2026-12", true);

    @Inject
    Requests requests;
    @Inject
    KioskRequests kiosk;
    @Inject
    RunAs runAs;
    @Resource
    ManagedExecutorService executor;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            String figures = switch (request.getPathInfo()) {
                case "/lost-updates" -> lostUpdates(Integer.parseInt(request.getParameter("clerks")),
                        Integer.parseInt(request.getParameter("changes")));
                case "/double-taps" -> doubleTaps(Integer.parseInt(request.getParameter("taps")));
                default -> throw new IllegalArgumentException(request.getPathInfo());
            };
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().print(figures);
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    /**
     * Every change applied or refused as a conflict, none lost: the applied ones are exactly the audit trail's
     * reassignments, each starting from what the one before it left, and the request's version grew by as many.
     */
    private String lostUpdates(int clerks, int changes) throws Exception {
        RequestView filed = runAs.staff(() -> requests.register("COMPLAINT", Channel.PHONE, "سعد آل مريح",
                "0556661100", "شكوى تُعدَّل من عشرة موظفين في آن واحد"));
        String reference = filed.ref().reference();
        AtomicInteger applied = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger otherFailures = new AtomicInteger();
        long began = System.nanoTime();
        Together.run(executor, clerks, 1, (clerk, latencies) -> {
            for (int change = 0; change < changes; change++) {
                String assignee = "clerk-" + clerk + "-" + change;
                try {
                    runAs.staff(() -> requests.assignTo(requests.detail(reference).ref(), assignee));
                    applied.incrementAndGet();
                } catch (Exception failure) {
                    if (Failures.chain(failure).stream().anyMatch(OptimisticLockException.class::isInstance)) {
                        refused.incrementAndGet();
                    } else {
                        otherFailures.incrementAndGet();
                    }
                }
            }
        });
        double seconds = (System.nanoTime() - began) / 1e9;
        List<Change> trail = runAs.staff(() -> requests.timeline(reference)).stream()
                .filter(change -> change.action().equals("assignTo")).toList();
        int broken = 0;
        String before = filed.assignee();
        for (Change change : trail) {
            if (!String.valueOf(change.before()).equals(String.valueOf(before))) {
                broken++;
            }
            before = change.after();
        }
        RequestView after = runAs.staff(() -> requests.detail(reference));
        boolean finalAgrees = String.valueOf(after.assignee()).equals(String.valueOf(before));
        return String.format(Locale.ROOT, "changes=%d applied=%d refused=%d other=%d audited=%d chainBreaks=%d "
                        + "versionGrowth=%d finalAgrees=%b seconds=%.2f", clerks * changes, applied.get(),
                refused.get(), otherFailures.get(), trail.size(), broken, after.ref().version() - filed.ref().version(),
                finalAgrees, seconds);
    }

    /** One question sent by {@code taps} taps at once: how many references came back, and how many requests exist. */
    private String doubleTaps(int taps) throws Exception {
        String asker = "هند آل سدران " + lettersOnly();
        String submission = "bench-double-tap-" + UUID.randomUUID();
        Set<String> references = ConcurrentHashMap.newKeySet();
        AtomicInteger alreadySent = new AtomicInteger();
        AtomicInteger otherFailures = new AtomicInteger();
        Together.run(executor, taps, 1, (tap, latencies) -> {
            try {
                references.add(kiosk.fileInquiry(asker, "0559871235", "متى اجتماع الجمعية العمومية؟", NOTICE,
                        submission).reference());
            } catch (Exception failure) {
                boolean refusal = Failures.chain(failure).stream().anyMatch(cause -> cause instanceof DomainException
                        domain && domain.key().equals("rule.kiosk.alreadySent"));
                (refusal ? alreadySent : otherFailures).incrementAndGet();
            }
        });
        long rows = runAs.staff(() -> requests.inboxPage(new InboxQuery(Set.of(), null, null, asker, null), 0, 50,
                InboxQuery.Sort.SUBMITTED, false)).total();
        return String.format(Locale.ROOT, "taps=%d references=%d alreadySent=%d other=%d requests=%d", taps,
                references.size(), alreadySent.get(), otherFailures.get(), rows);
    }

    /** A name of Arabic letters no other request has (a kiosk name is letters only). */
    static String lettersOnly() {
        String letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
        StringBuilder name = new StringBuilder();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            name.append(letters.charAt(random.nextInt(letters.length())));
        }
        return name.toString();
    }
}
