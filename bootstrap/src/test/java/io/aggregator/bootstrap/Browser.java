package io.aggregator.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven through WebDriver. It uses the system's Chromium and ChromeDriver
 * (Debian's {@code chromium} and {@code chromium-driver}, or {@code CHROME_BINARY} and
 * {@code CHROMEDRIVER}); only when neither is installed does Selenium look for a browser itself.
 */
final class Browser implements AutoCloseable {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private static final List<String> CHROME_BINARIES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome");
    private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    private final WebDriver driver;
    private final String baseUrl;

    Browser(String baseUrl, String language) {
        this.baseUrl = baseUrl;
        ChromeOptions options = new ChromeOptions()
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                        "--window-size=1280,900", "--lang=" + language)
                .setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        installed("CHROME_BINARY", CHROME_BINARIES).ifPresent(options::setBinary);
        ChromeDriverService.Builder service = new ChromeDriverService.Builder().usingAnyFreePort();
        installed("CHROMEDRIVER", DRIVERS).ifPresent(path -> service.usingDriverExecutable(Path.of(path).toFile()));
        this.driver = new ChromeDriver(service.build(), options);
    }

    Browser(String baseUrl) {
        this(baseUrl, "en-US");
    }

    private static java.util.Optional<String> installed(String variable, List<String> candidates) {
        String given = System.getenv(variable);
        if (given != null && !given.isBlank()) {
            return java.util.Optional.of(given);
        }
        return candidates.stream().filter(path -> Files.isExecutable(Path.of(path))).findFirst();
    }

    WebDriver driver() {
        return driver;
    }

    /** Opens a screen of the application by its hash route, such as {@code "inbox"} or {@code ""}. */
    void open(String route) {
        driver.get(baseUrl + "/#/" + route);
    }

    /** Logs in through the form; an empty tenant logs in the platform admin. */
    void logIn(String tenant, String username, String password) {
        open("");
        WebElement tenantField = waitFor(By.name("tenant_id"));
        tenantField.clear();
        tenantField.sendKeys(tenant);
        find(By.name("username")).sendKeys(username);
        find(By.name("password")).sendKeys(password);
        find(By.cssSelector(".login-form button[type=submit]")).click();
        waitFor(By.id("navigation"));
    }

    /** Forgets the session and everything the page kept in this browser, as a new browser would. */
    void forget() {
        driver.get(baseUrl + "/favicon.svg");
        driver.manage().deleteAllCookies();
        ((JavascriptExecutor) driver).executeScript("localStorage.clear(); sessionStorage.clear();");
    }

    WebElement find(By by) {
        return driver.findElement(by);
    }

    List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    /** The element once it is visible. */
    WebElement waitFor(By by) {
        return until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Waits until the element shows the text (anywhere in its text). */
    WebElement waitForText(By by, String text) {
        until(ExpectedConditions.textToBePresentInElementLocated(by, text));
        return find(by);
    }

    <T> T until(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, PATIENCE).until(condition);
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Saves what the browser shows as {@code target/screenshots/<name>.png}. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
