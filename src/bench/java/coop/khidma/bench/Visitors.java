package coop.khidma.bench;

import coop.khidma.support.Browser;
import org.openqa.selenium.By;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The people of the load test at the touchscreen and at the console, each in a headless Chromium of their own,
 * pausing between taps as a person reads the screen. Kiosk visitors walk, in turn: take a number, file an inquiry,
 * follow a request up, rate a service — each a new visitor (the kiosk's "done" ends the session) on the same
 * registered kiosk device. Staff find a filed request in the inbox by its reference, open it and start its intake,
 * then go back to the inbox by the menu.
 */
final class Visitors {

    private static final String[] NAMES = {"سالم بن مانع آل حيدر", "نورة بنت علي اليامي", "فهد بن صالح آل مرة",
        "ريم بنت ناصر الصيعري", "خالد بن حمد آل منجم"};

    private static final java.util.concurrent.atomic.AtomicInteger KIOSKS = new java.util.concurrent.atomic.AtomicInteger();

    private Visitors() {
    }

    /**
     * One kiosk's stream of visitors, until {@code until} (nanoTime). As at a real kiosk, each visitor starts at the
     * welcome screen and ends with "done", which ends the session and loads the welcome screen afresh for the next.
     */
    static void kiosk(Browser browser, String base, LoadLog log, long until, Duration think) {
        String[] journeys = {"kiosk ticket", "kiosk inquiry", "kiosk tracking", "kiosk rating"};
        int next = KIOSKS.getAndIncrement(); // kiosks start at different journeys: even two walk all four at once
        while (System.nanoTime() < until) {
            String journey = journeys[next++ % journeys.length];
            try {
                switch (journey) {
                    case "kiosk ticket" -> ticket(browser, think);
                    case "kiosk inquiry" -> inquiry(browser, think, log);
                    case "kiosk tracking" -> tracking(browser, think, log);
                    default -> rating(browser, think);
                }
                browser.find("#tile-checkin"); // the next visitor's welcome screen
                log.done(journey);
            } catch (RuntimeException | AssertionError failure) {
                failed(browser, log, journey, failure);
                startAgain(browser, base);
            }
        }
    }

    /** One member of staff, signed in, working until {@code until} (nanoTime). */
    static void staff(Browser browser, String base, LoadLog log, long until, Duration think) {
        browser.open(base + "console/inbox");
        while (System.nanoTime() < until) {
            try {
                work(browser, think, log);
                log.done("console inbox → request");
            } catch (RuntimeException | AssertionError failure) {
                failed(browser, log, "console inbox → request", failure);
                startAgain(browser, base + "console/inbox");
            }
        }
    }

    private static void ticket(Browser browser, Duration think) {
        pause(think);
        browser.click("#tile-checkin");
        pause(think);
        browser.click(ThreadLocalRandom.current().nextBoolean() ? "#counter-member-services" : "#counter-inquiries");
        browser.find("#ticket-number");
        pause(think);
        browser.click("#ticket-done");
    }

    private static void inquiry(Browser browser, Duration think, LoadLog log) {
        String mobile = mobile();
        pause(think);
        browser.click("#tile-inquiry");
        pause(think);
        browser.type("#inquiry-name", NAMES[ThreadLocalRandom.current().nextInt(NAMES.length)]);
        pause(think);
        browser.type("#inquiry-mobile", mobile);
        pause(think);
        browser.type("#inquiry-question", "متى يُفتح باب التسجيل في برنامج الإرشاد السياحي؟");
        pause(think);
        browser.click("#inquiry-consent");
        browser.click("#inquiry-submit");
        String reference = browser.find("#acknowledgement-reference").getText();
        if (!reference.matches("\\d{4}-\\d{6}")) {
            throw new AssertionError("the acknowledgement showed no reference: " + reference);
        }
        log.filed(new LoadLog.Filed(reference, mobile));
        pause(think);
        browser.click("#inquiry-done");
    }

    private static void tracking(Browser browser, Duration think, LoadLog log) {
        LoadLog.Filed filed = log.anyFiled();
        if (filed == null) {
            ticket(browser, think); // nothing filed yet to follow up
            return;
        }
        pause(think);
        browser.click("#tile-track");
        pause(think);
        browser.type("#track-reference", filed.reference());
        pause(think);
        browser.type("#track-mobile", filed.mobile());
        browser.click("#track-submit");
        browser.find("#track-stage");
        pause(think);
        browser.click("#track-done");
    }

    private static void rating(Browser browser, Duration think) {
        pause(think);
        browser.click("#tile-rate");
        pause(think);
        browser.click("#face-" + (2 + ThreadLocalRandom.current().nextInt(4)));
        pause(think);
        browser.click("#rating-submit");
        browser.find("#rating-thanks");
        pause(think);
        browser.click("#rating-done");
    }

    /** The inbox (by its menu, as staff move in the console), a filed request found by reference, its intake started. */
    private static void work(Browser browser, Duration think, LoadLog log) {
        browser.find("#inbox");
        pause(think);
        LoadLog.Filed filed = log.nextToWork();
        if (filed != null) {
            browser.type("#inbox-search", filed.reference());
            pause(think);
            browser.clickText("#inbox a.inbox-open", filed.reference());
            browser.find("#request-detail");
            pause(think);
            if (browser.present("#action-start-intake")) {
                browser.press("#action-start-intake");
                browser.waitFor(driver -> driver.findElements(By.id("action-start-intake")).isEmpty());
                pause(think);
            }
        }
        browser.click("#menu-inbox");
    }

    /**
     * After a failure, the person starts again at {@code url}; on a machine too busy for the browser to answer, that
     * can fail too: it is tried again at the next turn (the failure is already counted), never let out of the loop.
     */
    private static void startAgain(Browser browser, String url) {
        try {
            if (url.endsWith("console/inbox")) {
                browser.open(url);
            } else {
                browser.newSession();
                browser.open(url);
            }
        } catch (RuntimeException stillTooBusy) {
            pause(Duration.ofSeconds(1));
        }
    }

    private static void failed(Browser browser, LoadLog log, String journey, Throwable failure) {
        String first = String.valueOf(failure.getMessage()).lines().findFirst().orElse("");
        log.failed(journey, failure.getClass().getSimpleName() + " " + first);
        if (log.failures() <= 5) {
            try {
                browser.screenshot("load-failure-" + log.failures());
            } catch (RuntimeException noScreenshot) {
                // the failure is logged: a screenshot is a bonus
            }
        }
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
