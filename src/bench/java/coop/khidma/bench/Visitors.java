package coop.khidma.bench;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The people of the load test at the touchscreen and at the console, each a {@link FlowClient} of their own (the
 * browser's protocol, without a browser), pausing between taps as a person reads the screen. Kiosk visitors walk,
 * in turn: take a number, file an inquiry, follow a request up, rate a service — each a new visitor (the kiosk's
 * "done" ends the session) on the same registered kiosk device. Staff find a filed request in the inbox by its
 * reference, open it and start its intake, then go back to the inbox by the menu.
 */
final class Visitors {

    private static final String[] NAMES = {"سالم بن مانع آل حيدر", "نورة بنت علي اليامي", "فهد بن صالح آل مرة",
        "ريم بنت ناصر الصيعري", "خالد بن حمد آل منجم"};

    private static final AtomicInteger KIOSKS = new AtomicInteger();

    private Visitors() {
    }

    /**
     * One kiosk's stream of visitors, until {@code until} (nanoTime). As at a real kiosk, each visitor starts at the
     * welcome screen and ends with "done", which ends the session and loads the welcome screen afresh for the next.
     */
    static void kiosk(FlowClient kiosk, LoadLog log, long until, Duration think) {
        String[] journeys = {"kiosk ticket", "kiosk inquiry", "kiosk tracking", "kiosk rating"};
        int next = KIOSKS.getAndIncrement(); // kiosks start at different journeys: even two walk all four at once
        while (System.nanoTime() < until) {
            String journey = journeys[next++ % journeys.length];
            try {
                switch (journey) {
                    case "kiosk ticket" -> ticket(kiosk, think);
                    case "kiosk inquiry" -> inquiry(kiosk, think, log);
                    case "kiosk tracking" -> tracking(kiosk, think, log);
                    default -> rating(kiosk, think);
                }
                kiosk.find("tile-checkin"); // the next visitor's welcome screen
                log.done(journey);
            } catch (RuntimeException | AssertionError failure) {
                failed(log, journey, failure);
                pause(think); // reads what the screen says went wrong before going on, as a person does
                startAgain(kiosk, "");
            }
        }
    }

    /** One member of staff, signed in, working until {@code until} (nanoTime). */
    static void staff(FlowClient staff, LoadLog log, long until, Duration think) {
        staff.click("menu-inbox");
        while (System.nanoTime() < until) {
            try {
                work(staff, think, log);
                log.done("console inbox → request");
            } catch (RuntimeException | AssertionError failure) {
                failed(log, "console inbox → request", failure);
                pause(think); // reads what the screen says went wrong before going on, as a person does
                startAgain(staff, "console/inbox");
            }
        }
    }

    private static void ticket(FlowClient kiosk, Duration think) {
        pause(think);
        kiosk.click("tile-checkin");
        pause(think);
        kiosk.click(ThreadLocalRandom.current().nextBoolean() ? "counter-member-services" : "counter-inquiries");
        kiosk.find("ticket-number");
        pause(think);
        kiosk.leave("ticket-done");
    }

    private static void inquiry(FlowClient kiosk, Duration think, LoadLog log) {
        String mobile = mobile();
        pause(think);
        kiosk.click("tile-inquiry");
        pause(think);
        kiosk.type("inquiry-name", NAMES[ThreadLocalRandom.current().nextInt(NAMES.length)]);
        pause(think);
        kiosk.type("inquiry-mobile", mobile);
        pause(think);
        kiosk.type("inquiry-question", "متى يُفتح باب التسجيل في برنامج الإرشاد السياحي؟");
        pause(think);
        kiosk.check("inquiry-consent");
        kiosk.click("inquiry-submit");
        String reference = kiosk.text("acknowledgement-reference");
        if (!reference.matches("\\d{4}-\\d{6}")) {
            throw kiosk.failure("the acknowledgement showed no reference: " + reference);
        }
        log.filed(new LoadLog.Filed(reference, mobile));
        pause(think);
        kiosk.leave("inquiry-done");
    }

    private static void tracking(FlowClient kiosk, Duration think, LoadLog log) {
        LoadLog.Filed filed = log.anyFiled();
        if (filed == null) {
            ticket(kiosk, think); // nothing filed yet to follow up
            return;
        }
        pause(think);
        kiosk.click("tile-track");
        pause(think);
        kiosk.type("track-reference", filed.reference());
        pause(think);
        kiosk.type("track-mobile", filed.mobile());
        kiosk.click("track-submit");
        kiosk.find("track-stage");
        pause(think);
        kiosk.leave("track-done");
    }

    private static void rating(FlowClient kiosk, Duration think) {
        pause(think);
        kiosk.click("tile-rate");
        pause(think);
        kiosk.click("face-" + (2 + ThreadLocalRandom.current().nextInt(4)));
        pause(think);
        kiosk.click("rating-submit");
        kiosk.find("rating-thanks");
        pause(think);
        kiosk.leave("rating-done");
    }

    /** The inbox (by its menu, as staff move in the console), a filed request found by reference, its intake started. */
    private static void work(FlowClient staff, Duration think, LoadLog log) {
        staff.find("inbox");
        pause(think);
        LoadLog.Filed filed = log.nextToWork();
        if (filed != null) {
            staff.type("inbox-search", filed.reference());
            pause(think);
            staff.click(staff.byClassAndText("inbox-open", filed.reference()).orElseThrow(() ->
                    staff.failure("the inbox did not list " + filed.reference())));
            staff.find("request-detail");
            pause(think);
            if (staff.present("action-start-intake")) {
                staff.click("action-start-intake");
                if (staff.present("action-start-intake")) {
                    throw staff.failure("the intake of " + filed.reference() + " did not start");
                }
                pause(think);
            }
        }
        staff.click("menu-inbox");
    }

    /**
     * After a failure, the person starts again at {@code route}: a member of staff in the session they have (still
     * signed in), a kiosk as the next visitor in a new session (as the idle reset would give it); if the server cannot
     * answer even that, it is tried again at the next turn (the failure is already counted), never let out of the loop.
     */
    private static void startAgain(FlowClient person, String route) {
        try {
            if (route.isEmpty()) {
                person.startAgain();
            }
            person.open(route);
        } catch (RuntimeException | AssertionError stillFailing) {
            pause(Duration.ofSeconds(1));
        }
    }

    private static void failed(LoadLog log, String journey, Throwable failure) {
        String first = String.valueOf(failure.getMessage()).lines().findFirst().orElse("");
        log.failed(journey, failure.getClass().getSimpleName() + " " + first);
    }

    /** A Saudi mobile number of the 05 range; the kiosk takes it as typed. */
    static String mobile() {
        return String.format("05%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** A person's pause: the think time, give or take a third. */
    static void pause(Duration think) {
        long millis = think.toMillis();
        long jitter = millis / 3;
        try {
            Thread.sleep(millis - jitter + ThreadLocalRandom.current().nextLong(2 * jitter + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("stopped", e);
        }
    }
}
