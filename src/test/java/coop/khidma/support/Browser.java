package coop.khidma.support;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

/**
 * A real headless Chromium (Debian's {@code chromium} + {@code chromium-driver}) for browser journeys, with the
 * waits and screenshots they need. Paths are explicit so Selenium never tries to download a browser.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final WebDriverWait wait;

    public Browser(int width, int height) {
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
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class); // Vaadin re-renders while we look
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    /** Waits for the element and returns it. */
    public WebElement find(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Types into a Vaadin field (its slotted native input). */
    public void type(String fieldCss, String text) {
        WebElement input = find(fieldCss + " input, " + fieldCss + " textarea");
        input.clear();
        input.sendKeys(text);
    }

    /**
     * Clicks the element once it is clickable; while something still lies over it (an overlay closing, a row being
     * laid out again), the click is tried again until the wait runs out.
     */
    public void click(String css) {
        wait.until(driver -> {
            WebElement element = ExpectedConditions.elementToBeClickable(By.cssSelector(css)).apply(driver);
            if (element == null) {
                return false;
            }
            try {
                element.click();
                return true;
            } catch (ElementClickInterceptedException covered) {
                return false;
            }
        });
    }

    public <T> T waitFor(Function<WebDriver, T> condition) {
        return wait.until(condition);
    }

    public String attribute(String css, String name) {
        return find(css).getAttribute(name);
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
     * Lays the page out as for the printer ({@code @media print}, through Chromium's DevTools media emulation) or,
     * with {@code false}, for the screen again; screenshots taken meanwhile show the print layout.
     */
    public void emulatePrint(boolean print) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia",
                java.util.Map.of("media", print ? "print" : ""));
    }

    /** A fresh session signed in at the console as {@code username}, on its home page. */
    public void signInToConsole(java.net.URL base, String username, String password) {
        newSession();
        open(base + "console/login");
        type("vaadin-login-form vaadin-text-field[name='username']", username);
        type("vaadin-login-form vaadin-password-field[name='password']", password);
        click("vaadin-login-form vaadin-button[slot='submit']");
        find("#home");
    }

    public void newSession() {
        driver.manage().deleteAllCookies();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
