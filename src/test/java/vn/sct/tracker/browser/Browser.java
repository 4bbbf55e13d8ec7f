package vn.sct.tracker.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver ({@code /usr/bin/chromium},
 * {@code /usr/bin/chromedriver}, or {@code CHROME_BIN} / {@code CHROMEDRIVER}); nothing is downloaded.
 * Where no browser is installed the browser tests are skipped with one line saying so. The browser runs in
 * the Department's time zone, as its PCs do.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final WebDriver driver;
    final WebDriverWait wait;

    private Browser(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** A new browser whose own language is {@code language} (as a PC set to it would be). */
    static Browser start(String language) {
        String chromium = found(System.getenv("CHROME_BIN"), "/usr/bin/chromium", "/usr/bin/chromium-browser");
        String chromedriver = found(System.getenv("CHROMEDRIVER"), "/usr/bin/chromedriver");
        Assumptions.assumeTrue(chromium != null && chromedriver != null,
                "Không có trình duyệt Chromium và chromedriver: bỏ qua kiểm thử trên trình duyệt"
                        + " (apt-get install chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1440,1000", "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver)).usingAnyFreePort()
                // the Department's clock on the desk too: Cockpit and Tasklist show times in the browser's zone
                .withEnvironment(Map.of("TZ", vn.sct.tracker.common.AppClock.ZONE_ID)).build();
        return new Browser(new ChromeDriver(service, options));
    }

    private static String found(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isBlank() && new File(c).canExecute()) {
                return c;
            }
        }
        return null;
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement visible(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    void waitForText(String css, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    boolean shown(String css) {
        return all(css).stream().anyMatch(WebElement::isDisplayed);
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** A click as a person makes it: the element scrolled into the middle of the page, a passing notice waited out. */
    void click(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        wait.ignoring(org.openqa.selenium.ElementClickInterceptedException.class).until(d -> {
            element.click();
            return true;
        });
    }

    /**
     * Logs in through the webapps' own login form. The form is filled again when the page was still
     * starting and lost what was typed; a refused login fails with what the page said and a screenshot.
     */
    void logIn(String base, String app, String user, String password) {
        open(base + "/camunda/app/" + app + "/");
        String said = "";
        for (int attempt = 1; attempt <= 3; attempt++) {
            WebElement name = visible("form[name=signinForm] input[type=text]");
            WebElement secret = driver.findElement(By.cssSelector("form[name=signinForm] input[type=password]"));
            name.clear();
            name.sendKeys(user);
            secret.clear();
            secret.sendKeys(password);
            if (!user.equals(name.getAttribute("value"))) {
                continue;
            }
            driver.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
            try {
                new WebDriverWait(driver, Duration.ofSeconds(20)).until(
                        ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("form[name=signinForm]")));
                return;
            } catch (org.openqa.selenium.TimeoutException stillThere) {
                said = all(".notifications, .alert").stream().map(WebElement::getText).filter(t -> !t.isBlank())
                        .reduce("", (a, b) -> a + " | " + b);
            }
        }
        screenshot("login-failed-" + user);
        throw new AssertionError("login of " + user + " to " + app + " refused: " + said);
    }

    /** Saves what the person sees as {@code target/screenshots/<name>.png}. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
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
