package edu.aum.course.testsupport;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium through Selenium, never a downloaded browser. Where Chromium is
 * missing, browser tests are skipped on a developer's machine and fail in CI (CI=true).
 */
public final class Browser implements AutoCloseable, BeforeAllCallback, AfterAllCallback {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private WebDriver driver;
    private Path profile;

    private Browser() {}

    /** A browser opened now, for a test that closes it itself (try-with-resources). */
    public static Browser open() {
        Browser browser = new Browser();
        browser.start();
        return browser;
    }

    /**
     * A browser for a whole test class, as a static {@code @RegisterExtension} field: opened before the
     * class's {@code @BeforeAll} methods, closed after its {@code @AfterAll} methods.
     */
    public static Browser perClass() {
        return new Browser();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    private void start() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String message =
                    "Browser tests need Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.abort(message + "; skipped outside CI");
        }
        try {
            profile = Files.createTempDirectory("chromium-profile");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--window-size=1280,900",
                    "--lang=en-US",
                    "--user-data-dir=" + profile);
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            driver = new ChromeDriver(service, options);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser go(String path) {
        driver.get(PayaraServer.url(path));
        return this;
    }

    public WebElement find(String cssSelector) {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(cssSelector)));
    }

    public String text(String cssSelector) {
        return find(cssSelector).getText();
    }

    /** Clicks and waits for the next page to load (full, non-ajax requests). */
    public void clickAndWait(String cssSelector) {
        WebElement element = find(cssSelector);
        element.click();
        awaitReplaced(element);
    }

    /** Waits until the page that held the element has been replaced by the next one. */
    public void awaitReplaced(WebElement element) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> isGone(element));
    }

    /**
     * Whether the page that held the element was replaced. Chromium answers either "stale element" or,
     * while the new document loads, "node does not belong to the document"; both mean gone.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    public void type(String cssSelector, String text) {
        WebElement element = find(cssSelector);
        element.clear();
        element.sendKeys(text);
    }

    public String path() {
        String url = driver.getCurrentUrl();
        String withoutOrigin = url.replaceFirst("^https?://[^/]+", "");
        int query = withoutOrigin.indexOf('?');
        return query < 0 ? withoutOrigin : withoutOrigin.substring(0, query);
    }

    /** The page's language as the layout declares it: "en" or "ru". */
    public String language() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    public String sessionCookie() {
        var cookie = driver.manage().getCookieNamed("JSESSIONID");
        return cookie == null ? null : cookie.getValue();
    }

    /** Signs in through the real login page. */
    public void signIn(String email, String password) {
        go("/login.xhtml");
        type("#login\\:email", email);
        type("#login\\:password input, input#login\\:password", password);
        clickAndWait("#login\\:submit");
    }

    public void signOut() {
        clickAndWait("#signOutForm\\:signOut");
    }

    /** Clicks the language switch in the header: "en" or "ru". */
    public void switchLanguage(String code) {
        clickAndWait("#languageForm\\:" + code);
    }

    @Override
    public void close() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        if (profile == null) {
            return;
        }
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary profile left behind is harmless
        }
    }
}
