package coop.khidma.support;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
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

    public void click(String css) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
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

    /** A fresh session signed in to the console as one of {@link ConsoleStaff}'s accounts, on its home page. */
    public void signInToConsole(String base, String username) {
        newSession();
        open(base + "console/login");
        type("vaadin-login-form vaadin-text-field[name='username']", username);
        type("vaadin-login-form vaadin-password-field[name='password']", ConsoleStaff.PASSWORD);
        click("vaadin-login-form vaadin-button[slot='submit']");
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

    @Override
    public void close() {
        driver.quit();
    }
}
