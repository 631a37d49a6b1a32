package coop.khidma.support;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A real headless Chromium (Debian's {@code chromium} + {@code chromium-driver}) for browser journeys, with the
 * waits and screenshots they need. Paths are explicit so Selenium never tries to download a browser.
 */
public final class Browser implements AutoCloseable {

    /** The registered kiosk's device token of the test run ({@code KHIDMA_KIOSK_DEVICE_TOKEN}, see the failsafe set-up). */
    public static final String KIOSK_DEVICE_TOKEN = System.getenv().getOrDefault("KHIDMA_KIOSK_DEVICE_TOKEN", "");
    /** The cookie a registered kiosk presents ({@code platform.kiosk.DeviceTokens.COOKIE}). */
    public static final String KIOSK_COOKIE = "khidma-kiosk";

    private static final Set<String> KIOSK_DEVICES = new HashSet<>();
    /**
     * How often a wait looks again. Selenium's default is half a second, and a journey waits a few hundred times for
     * the round trip its last step started, which mostly lasts far less: a tenth of a second wastes less of each.
     */
    private static final Duration POLL = Duration.ofMillis(100);

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final String deviceToken;
    private boolean kioskDevice = true;

    /**
     * A browser of the journey class that makes it. As a kiosk it is that class's own registered device (all journeys
     * share one server, and the kiosk's limits are per device), registered in the test database on first use.
     */
    public Browser(int width, int height) {
        this(width, height, kioskDeviceOf(StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
                .getCallerClass()));
    }

    /**
     * A browser that presents {@code deviceToken} as its kiosk cookie and registers nothing: for a test with a server
     * and database of its own, where that token is already a registered kiosk (e.g. the run's own, "kiosk 1").
     */
    public Browser(int width, int height, String deviceToken) {
        this.deviceToken = deviceToken;
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=en-US", "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30), POLL);
        wait.ignoring(StaleElementReferenceException.class); // Vaadin re-renders while we look
    }

    /**
     * The kiosk device token of a journey class ({@code <run's token>-<class>}), its device registered and enrolled in
     * the test database (as {@code FirstKioskDevice} does for the run's own token); empty when the run has no token.
     */
    private static String kioskDeviceOf(Class<?> journey) {
        Class<?> top = journey;
        while (top.getEnclosingClass() != null) {
            top = top.getEnclosingClass();
        }
        return kioskDevice(top.getSimpleName());
    }

    /**
     * The kiosk device token {@code <run's token>-<name>}, its device registered and enrolled in the test database on
     * first use (as {@code FirstKioskDevice} does for the run's own token); empty when the run has no token. The load
     * test gives each of its kiosk visitors a device of its own this way.
     */
    public static synchronized String kioskDevice(String name) {
        if (KIOSK_DEVICE_TOKEN.isEmpty()) {
            return "";
        }
        String token = KIOSK_DEVICE_TOKEN + "-" + name;
        if (KIOSK_DEVICES.add(token)) {
            try (Connection db = ItDatabase.database().connect();
                 PreparedStatement insert = db.prepareStatement("INSERT IGNORE INTO kiosk_device "
                         + "(name, token_hash, registered_by, registered_at, enrolled_at) "
                         + "VALUES (?, SHA2(?, 256), 'system', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))")) {
                insert.setString(1, "test " + name);
                insert.setString(2, token);
                insert.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("Could not register the kiosk device " + name, e);
            }
        }
        return token;
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * Opens the address. Unless told otherwise ({@link #asKioskDevice(boolean)}), the browser is its journey class's
     * registered kiosk: it presents the device cookie first, so every kiosk journey runs on a registered device.
     */
    public void open(String url) {
        if (kioskDevice && !deviceToken.isEmpty()) {
            java.net.URI uri = java.net.URI.create(url);
            ((ChromeDriver) driver).executeCdpCommand("Network.setCookie", java.util.Map.of("name", KIOSK_COOKIE,
                    "value", deviceToken, "url", uri.getScheme() + "://" + uri.getAuthority() + "/",
                    "httpOnly", true, "sameSite", "Strict"));
        }
        driver.get(url);
    }

    /** {@code false}: from now on the browser is an unregistered device (its kiosk cookie is dropped). */
    public void asKioskDevice(boolean registered) {
        kioskDevice = registered;
        if (!registered && driver.getCurrentUrl().startsWith("http")) {
            driver.manage().deleteCookieNamed(KIOSK_COOKIE);
        }
    }

    /** Waits for the element, brought into sight as a person would scroll to it, and returns it. */
    public WebElement find(String css) {
        return waitFor(driver -> {
            WebElement element = ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)).apply(driver);
            if (element == null || element.isDisplayed()) {
                return element;
            }
            // Selenium counts an element scrolled out above the console's content area as hidden: bring it back
            script("arguments[0].scrollIntoView({block: 'center'})", element);
            return element.isDisplayed() ? element : null;
        });
    }

    /** Scrolls the element to the middle of the screen (before a screenshot of a long page, say). */
    public void scrollTo(String css) {
        script("arguments[0].scrollIntoView({block: 'center'})", find(css));
    }

    /** The text of the element, scrolled into view or not (a long page may have moved it out of sight). */
    public String textOf(String css) {
        return waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css))).getDomProperty("textContent")
                .strip();
    }

    /** Types into a Vaadin field (its slotted native input). */
    public void type(String fieldCss, String text) {
        String css = fieldCss + " input, " + fieldCss + " textarea";
        // emptied first, and seen empty: a field Vaadin has just filled again (a language switch re-rendering the
        // form, say) can keep its old value through a clear(), and the new text would be typed after it
        waitFor(driver -> {
            WebElement input = find(css);
            input.clear();
            if (!String.valueOf(input.getDomProperty("value")).isEmpty()) {
                input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
                        org.openqa.selenium.Keys.DELETE);
            }
            return String.valueOf(input.getDomProperty("value")).isEmpty();
        });
        find(css).sendKeys(text);
    }

    /**
     * Picks an item of a Vaadin combo box by typing its label and taking what it offers. The offer arrives in a round
     * trip of its own; when Enter came before it (the box then keeps its old value), the pick is tried again.
     */
    public void choose(String comboCss, String label) {
        waitFor(driver -> {
            WebElement combo = driver.findElement(By.cssSelector(comboCss));
            type(comboCss, label);
            try {
                new WebDriverWait(driver, Duration.ofSeconds(3), POLL).until(ignored -> Boolean.TRUE.equals(script(
                        "return !arguments[0].loading && (arguments[0].filteredItems || []).length > 0", combo)));
            } catch (org.openqa.selenium.TimeoutException noOfferYet) {
                // Enter anyway: the check below tells whether it took
            }
            find(comboCss + " input").sendKeys(org.openqa.selenium.Keys.ENTER);
            return Boolean.TRUE.equals(script("return !arguments[0].opened"
                    + " && arguments[0].querySelector('input').value === arguments[1]", combo, label));
        });
    }

    private Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /**
     * Clicks the element once it is clickable; while something still lies over it (an overlay closing, a row being
     * laid out again, the sticky header of a long page), it is brought to the middle of the screen and the click is
     * tried again until the wait runs out.
     */
    public void click(String css) {
        waitFor(driver -> {
            WebElement element = ExpectedConditions.elementToBeClickable(By.cssSelector(css)).apply(driver);
            if (element == null) {
                return false;
            }
            try {
                element.click();
                return true;
            } catch (ElementNotInteractableException coveredOrMoving) { // intercepted clicks too
                // under the console's sticky header, say, at the edge of a long page: bring it to the middle
                script("arguments[0].scrollIntoView({block: 'center'})", element);
                return false;
            }
        });
    }

    /**
     * Clicks the first element matching the selector whose text is exactly the given one, once there is one: the
     * lookup and the click happen in one attempt, so a grid that re-renders in between (a search refreshing as it is
     * typed) is simply looked at again, and so is a row not yet clickable where it is being laid out.
     */
    public void clickText(String css, String text) {
        waitFor(driver -> {
            for (WebElement element : driver.findElements(By.cssSelector(css))) {
                if (element.getText().equals(text)) {
                    try {
                        element.click();
                        return true;
                    } catch (ElementNotInteractableException notYet) { // intercepted clicks too
                        return false; // laid out again under us (a grid scrolling its rows): look again
                    }
                }
            }
            return false;
        });
    }

    /**
     * Waits until the condition holds. An element Vaadin replaced while we looked is looked up again: Selenium says so
     * with a stale reference, and Chromium sometimes with an inspector error that the node "does not belong to the
     * document".
     */
    public <T> T waitFor(Function<WebDriver, T> condition) {
        return waitFor(condition, wait);
    }

    /** The same, for longer (or shorter) than the usual thirty seconds. */
    public <T> T waitFor(Function<WebDriver, T> condition, Duration timeout) {
        WebDriverWait longer = new WebDriverWait(driver, timeout, POLL);
        longer.ignoring(StaleElementReferenceException.class);
        return waitFor(condition, longer);
    }

    private static <T> T waitFor(Function<WebDriver, T> condition, WebDriverWait wait) {
        return wait.until(driver -> {
            try {
                return condition.apply(driver);
            } catch (WebDriverException detached) {
                if (String.valueOf(detached.getMessage()).contains("does not belong to the document")) {
                    return null;
                }
                throw detached;
            }
        });
    }

    /**
     * Hands a file to a Vaadin upload, as choosing it in the file dialog would (its file input sits in its shadow);
     * waits for nothing, so the caller waits for what the page shows once the server answered.
     */
    public void chooseFile(String uploadCss, Path file) {
        find(uploadCss).getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                .sendKeys(file.toAbsolutePath().toString());
    }

    public String attribute(String css, String name) {
        return find(css).getAttribute(name);
    }

    /**
     * What the link downloads (a CSV export), fetched over HTTP with this browser's cookies, so in its signed-in
     * session; fails unless the server answers 200 with a content type starting {@code contentType}.
     */
    public byte[] download(String linkCss, String contentType) {
        String href = attribute(linkCss, "href");
        String cookies = driver.manage().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue()).collect(Collectors.joining("; "));
        HttpResponse<byte[]> response;
        try {
            response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                    .header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (response.statusCode() != 200 || !type.startsWith(contentType)) {
            throw new AssertionError(linkCss + " answered " + response.statusCode() + " " + type);
        }
        return response.body();
    }

    /**
     * A CSV export's text as a spreadsheet reads it: UTF-8 after its byte order mark (which must be there), and its
     * lines.
     */
    public List<String> csv(String linkCss) {
        byte[] bytes = download(linkCss, "text/csv");
        if (bytes.length < 3 || (bytes[0] & 0xFF) != 0xEF || (bytes[1] & 0xFF) != 0xBB || (bytes[2] & 0xFF) != 0xBF) {
            throw new AssertionError(linkCss + " has no UTF-8 byte order mark");
        }
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
    }

    /** Saves a screenshot as {@code target/screenshots/<name>.png} for people to look at. */
    public Path screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("khidma.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A fresh session signed in to the console at {@code base} (ending in a slash); waits until the console shows the
     * home page or, for a one-time password, the page to change it.
     */
    public void signIn(String base, String username, String password) {
        newSession();
        open(base + "console/login");
        type("vaadin-login-form vaadin-text-field[name='username']", username);
        type("vaadin-login-form vaadin-password-field[name='password']", password);
        click("vaadin-login-form vaadin-button[slot='submit']");
        waitFor(driver -> !driver.findElements(org.openqa.selenium.By.id("home")).isEmpty()
                || !driver.findElements(org.openqa.selenium.By.id("password-new")).isEmpty());
    }

    /** A fresh session signed in at the console as {@code username}, on its home page. */
    public void signInToConsole(java.net.URL base, String username, String password) {
        signIn(base.toString(), username, password);
        find("#home");
    }

    /**
     * Lays the page out as for the printer ({@code @media print}, through Chromium's DevTools media emulation) or,
     * with {@code false}, for the screen again; screenshots taken meanwhile show the print layout.
     */
    public void emulatePrint(boolean print) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia",
                java.util.Map.of("media", print ? "print" : ""));
    }

    /** A fresh session signed in to the console as one of {@link ConsoleStaff}'s accounts, on its home page. */
    public void signInToConsole(String base, String username) {
        signIn(base, username, ConsoleStaff.PASSWORD);
        find("#home");
    }

    /**
     * Scrolls the element to the middle of the screen, then clicks it (long pages put it below the fold); a click
     * that lands on something else while the page is still settling (a closing overlay, a row drawn again) is tried
     * again until the wait runs out.
     */
    public void press(String css) {
        waitFor(driver -> {
            WebElement element = driver.findElement(By.cssSelector(css));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
            try {
                element.click();
                return true;
            } catch (ElementNotInteractableException notYet) { // intercepted clicks too
                return false;
            }
        });
    }

    /** Whether the page holds an element matching the selector now (no waiting). */
    public boolean present(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    /** The text of every cell of a grid, one per line. */
    public String cells(String gridCss) {
        StringBuilder text = new StringBuilder();
        driver.findElements(By.cssSelector(gridCss + " vaadin-grid-cell-content"))
                .forEach(cell -> text.append(cell.getText()).append('\n'));
        return text.toString();
    }

    /**
     * The grid's cell whose text is exactly {@code text}, once it is drawn: a Vaadin grid draws only the rows in sight,
     * so while the cell is not there its rows are scrolled on by a screenful (back to the top after the last), as a
     * person looking for the row would.
     */
    public WebElement gridCell(String gridCss, String text) {
        return waitFor(driver -> {
            WebElement grid = driver.findElement(By.cssSelector(gridCss));
            for (WebElement cell : grid.findElements(By.cssSelector("vaadin-grid-cell-content"))) {
                if (cell.getText().equals(text)) {
                    return cell;
                }
            }
            script("const table = arguments[0].$.table;"
                    + "table.scrollTop = table.scrollTop + table.clientHeight >= table.scrollHeight ? 0"
                    + " : table.scrollTop + table.clientHeight;", grid);
            return null;
        });
    }

    /** Switches the language and waits until the element says the expected text in the new one. */
    public void switchLanguage(String expected, String css) {
        click("#language-switch");
        waitFor(driver -> driver.findElement(By.cssSelector(css)).getText().contains(expected));
    }

    /** Waits until a notification on the screen says this. */
    public void notice(String fragment) {
        waitFor(driver -> driver.findElements(By.cssSelector("vaadin-notification-card")).stream()
                .anyMatch(card -> card.getText().contains(fragment)));
    }

    public void newSession() {
        driver.manage().deleteAllCookies();
    }

    /**
     * Runs the walks at the same time, each on a thread of its own (each with a browser of its own: a browser is not
     * for two threads), and returns when all have ended; the first one's failure is then thrown as it was. One browser
     * loading a page keeps about one of the machine's two cores busy (its own work, then the server's), so two
     * independent walks side by side take much less time than one after the other.
     */
    public static void sideBySide(Runnable... walks) throws InterruptedException {
        ExecutorService threads = Executors.newFixedThreadPool(walks.length);
        Throwable first = null;
        try {
            List<Future<?>> running = Stream.of(walks).<Future<?>>map(threads::submit).toList();
            for (Future<?> walk : running) {
                try {
                    walk.get();
                } catch (ExecutionException failed) {
                    first = first == null ? failed.getCause() : first;
                }
            }
        } finally {
            threads.shutdownNow();
        }
        if (first instanceof Error error) {
            throw error;
        }
        if (first instanceof RuntimeException broken) {
            throw broken;
        }
        if (first != null) {
            throw new IllegalStateException(first);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
