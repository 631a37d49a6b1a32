package coop.khidma.bench;

import coop.khidma.support.Browser;
import coop.khidma.support.ConsoleStaff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * P2: what the UI costs the server. Heap: the Payara Micro process's used heap after a full GC ({@code jcmd GC.run},
 * then {@code GC.heap_info}) before and after opening kiosk sessions (a headless Chromium session each, at the
 * welcome screen) and signed-in console sessions (at the home page); the difference divided by the sessions. Tap time:
 * the server time of every Vaadin round trip while the kiosk journey "take a number" is tapped through, with those
 * sessions open.
 */
final class UiCost {

    record Figures(double kioskMegabytes, double consoleMegabytes, Latencies taps) {
    }

    interface Driver {
        String call(String path) throws Exception;
    }

    private final String base;
    private final Driver driver;
    private final long payara;

    UiCost(String base, Driver driver) {
        this.base = base;
        this.driver = driver;
        this.payara = ServerHeap.payaraStartedHere();
    }

    /** Only with Debian's chromium and chromedriver, as the browser journeys. */
    static boolean possible() {
        return Files.isExecutable(Path.of("/usr/bin/chromedriver"));
    }

    Figures measure(int kioskSessions, int consoleSessions, int journeys) throws Exception {
        try (Browser browser = new Browser(1080, 1920)) {
            browser.newSession(); // a first page load so the server has served the UI once before the baseline
            browser.open(base);
            browser.find("#tile-checkin");
            long empty = usedHeapKilobytes();
            for (int i = 0; i < kioskSessions; i++) {
                browser.newSession();
                browser.open(base);
                browser.find("#tile-checkin");
            }
            long kiosks = usedHeapKilobytes();
            for (int i = 0; i < consoleSessions; i++) {
                signIn(browser);
            }
            long consoles = usedHeapKilobytes();
            driver.call("uidl-start");
            for (int i = 0; i < journeys; i++) {
                takeANumber(browser);
            }
            Latencies taps = Latencies.parse(driver.call("uidl-stop"));
            return new Figures((kiosks - empty) / 1024.0 / kioskSessions, (consoles - kiosks) / 1024.0 / consoleSessions,
                    taps);
        }
    }

    /** The kiosk journey: welcome, take a number, choose the counter, the ticket, done. */
    private void takeANumber(Browser browser) {
        browser.newSession();
        browser.open(base);
        browser.click("#tile-checkin");
        browser.click("#counter-member-services");
        browser.find("#ticket-number");
        browser.click("#ticket-done");
        browser.find("#tile-checkin");
    }

    private void signIn(Browser browser) {
        browser.newSession();
        browser.open(base + "console/login");
        browser.type("vaadin-login-form vaadin-text-field[name='username']", "staff1");
        browser.type("vaadin-login-form vaadin-password-field[name='password']", ConsoleStaff.PASSWORD);
        browser.click("vaadin-login-form vaadin-button[slot='submit']");
        browser.find("#home");
    }

    private long usedHeapKilobytes() throws IOException, InterruptedException {
        return ServerHeap.usedAfterFullGcKilobytes(payara);
    }
}
