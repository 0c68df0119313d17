package edu.aum.course.testsupport;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.events.EventFiringDecorator;
import org.openqa.selenium.support.events.WebDriverListener;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium through Selenium, never a downloaded browser. Where Chromium is
 * missing, browser tests are skipped on a developer's machine and fail in CI (CI=true). Every page a test loads
 * is checked with axe-core ({@link Accessibility}, {@link #checkAccessibility}), and at every step (loading a page,
 * finding an element, clicking, closing) the test fails on any Content-Security-Policy violation the browser
 * reported since the last step ({@link ContentSecurity}): a blocked inline script or handler is a broken page.
 */
public final class Browser implements AutoCloseable, BeforeAllCallback, AfterAllCallback {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final boolean checked;
    private WebDriver driver;
    private WebDriver undecorated;
    private Path profile;

    private Browser(boolean checked) {
        this.checked = checked;
    }

    /** A browser opened now, for a test that closes it itself (try-with-resources). */
    public static Browser open() {
        Browser browser = new Browser(true);
        browser.start();
        return browser;
    }

    /** A browser whose pages are not checked by axe-core on the way: for a test that checks them itself. */
    public static Browser openUnchecked() {
        Browser browser = new Browser(false);
        browser.start();
        return browser;
    }

    /**
     * A browser for a whole test class, as a static {@code @RegisterExtension} field: opened before the
     * class's {@code @BeforeAll} methods, closed after its {@code @AfterAll} methods.
     */
    public static Browser perClass() {
        return new Browser(true);
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
            // the console, where Chromium reports every Content-Security-Policy violation (ContentSecurity)
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            undecorated = new ChromeDriver(service, options);
            driver = new EventFiringDecorator<WebDriver>(new PageChecks()).decorate(undecorated);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * Presses Tab (keyboard only, no clicks) until the focused element is what the test wants, at most 250 times (the certificates page of a class of 23 has some 150 stops before its Issue button);
     * answers the focused element.
     */
    public WebElement tabTo(String what, java.util.function.Predicate<WebElement> wanted) {
        for (int i = 0; i < 250; i++) {
            WebElement focused = driver.switchTo().activeElement();
            if (wanted.test(focused)) {
                return focused;
            }
            press(org.openqa.selenium.Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + what + " on " + path());
    }

    /** Presses keys on whatever has the focus, as a keyboard would. */
    public void press(CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
    }

    /** The focused element's id ("" for none). */
    public String focusedId() {
        String id = driver.switchTo().activeElement().getAttribute("id");
        return id == null ? "" : id;
    }

    /**
     * The cells of a table that hold the text and do not show it whole: the cell scrolls (scrollWidth over
     * clientWidth), or the text reaches past the cell or the table. Empty when every such cell shows it all.
     */
    @SuppressWarnings("unchecked")
    public java.util.List<String> cellsCuttingOff(String tableSelector, String text) {
        return (java.util.List<String>) ((JavascriptExecutor) undecorated)
                .executeScript(
                        "var table = document.querySelector(arguments[0]), text = arguments[1], bad = [], found = 0;"
                                + "table.querySelectorAll('td').forEach(function (td) {"
                                + "  if (td.textContent.indexOf(text) < 0 || td.querySelector('td')) { return; }"
                                + "  found++;"
                                + "  var range = document.createRange(); range.selectNodeContents(td);"
                                + "  var t = range.getBoundingClientRect(), c = td.getBoundingClientRect(),"
                                + "      w = table.getBoundingClientRect();"
                                + "  if (td.scrollWidth > td.clientWidth || t.right > c.right + 1 || t.right > w.right + 1) {"
                                + "    bad.push('scrollWidth ' + td.scrollWidth + ' > clientWidth ' + td.clientWidth"
                                + "      + ', text right ' + t.right + ', cell right ' + c.right + ', table right ' + w.right);"
                                + "  }"
                                + "});"
                                + "if (!found) { bad.push('no cell holds ' + text); }"
                                + "return bad;",
                        tableSelector,
                        text);
    }

    /**
     * Puts back the table cells as PrimeFaces lays them out without the house stylesheet's wrapping (fixed
     * columns, no breaks inside words), to show that {@link #cellsCuttingOff} then finds the cut-off text.
     */
    public void withoutCellWrapping() {
        ((JavascriptExecutor) undecorated)
                .executeScript("var s = document.createElement('style');"
                        + "s.textContent = 'body.app table td, body.app table th { overflow-wrap: normal !important; }"
                        + " body.app .ui-datatable table { table-layout: fixed !important; }';"
                        + "document.head.appendChild(s);");
    }

    /** The serious and critical axe-core violations of the page shown now, checked whether seen before or not. */
    public java.util.List<String> accessibilityViolations() {
        return Accessibility.violations(undecorated);
    }

    public Browser go(String path) {
        failIfPending();
        driver.get(PayaraServer.url(path));
        failIfPending();
        return this;
    }

    public WebElement find(String cssSelector) {
        failIfPending();
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
        checkAccessibility(null);
    }

    /**
     * Runs axe-core on the page shown now (once per path and language in the whole test run) and fails on a
     * serious or critical WCAG 2.1 A/AA violation. Pages that a test reaches by {@link #go}, by the driver's
     * {@code get}, {@code navigate().to}, or by {@link #clickAndWait}/{@link #awaitReplaced} are checked already;
     * call this after an ajax update that shows something new (a dialog), naming it in {@code state}.
     */
    public void checkAccessibility(String state) {
        failIfPending();
        if (!checked) {
            return;
        }
        Object type = ((JavascriptExecutor) undecorated).executeScript("return document.contentType");
        if (!"text/html".equals(type) && !"application/xhtml+xml".equals(type)) {
            return; // a PDF or CSV shown by the browser
        }
        String key = path() + " [" + language() + "]" + (state == null ? "" : " with " + state);
        Accessibility.checkOnce(undecorated, key);
    }

    /** After the driver loads a page itself, the page is checked (public: the decorator calls it by reflection). */
    public final class PageChecks implements WebDriverListener {
        @Override
        public void afterGet(WebDriver decorated, String url) {
            checkLater();
        }

        @Override
        public void afterTo(WebDriver.Navigation navigation, String url) {
            checkLater();
        }

        /** The decorator only logs what a listener throws: the failure waits for the test's next step. */
        private void checkLater() {
            try {
                checkAccessibility(null);
            } catch (AssertionError e) {
                pendingFailure = e;
            }
        }
    }

    private AssertionError pendingFailure;

    /** Throws what the check of a page loaded through the driver found, or a CSP violation the browser reported. */
    private void failIfPending() {
        AssertionError failure = pendingFailure;
        if (failure != null) {
            pendingFailure = null;
            throw failure;
        }
        if (undecorated != null) {
            ContentSecurity.failOnViolations(undecorated);
        }
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

    /**
     * Chooses an item of a PrimeFaces select-one menu as a person does (open the menu, click the item) and waits
     * until the menu's label shows it. A click that lands while the panel is still opening is not taken by the
     * widget (its label stays), so the person opens the menu and clicks again, up to three times.
     *
     * @param menuSelector the CSS selector of the menu, for example {@code #students\\:status}
     */
    public void choose(String menuSelector, String label) {
        String item = menuSelector + "_items li[data-label='" + label + "']";
        for (int attempt = 1; ; attempt++) {
            if (driver.findElements(By.cssSelector(menuSelector + "_panel")).stream()
                    .noneMatch(WebElement::isDisplayed)) {
                find(menuSelector).click();
            }
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(ExpectedConditions.elementToBeClickable(By.cssSelector(item)))
                    .click();
            try {
                new WebDriverWait(driver, Duration.ofSeconds(3))
                        .until(d -> label.equals(d.findElement(By.cssSelector(menuSelector + "_label"))
                                .getText()));
                return;
            } catch (org.openqa.selenium.TimeoutException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    public String path() {
        String url = undecorated.getCurrentUrl();
        String withoutOrigin = url.replaceFirst("^https?://[^/]+", "");
        int query = withoutOrigin.indexOf('?');
        return query < 0 ? withoutOrigin : withoutOrigin.substring(0, query);
    }

    /** The page's language as the layout declares it: "en" or "ru". */
    public String language() {
        return undecorated.findElement(By.tagName("html")).getAttribute("lang");
    }

    /**
     * The browser's cookies as a Cookie header, for a plain HTTP request in its session: all of them, as the
     * browser would send (a distributable session is found by JSESSIONID and JSESSIONIDVERSION together).
     */
    public String cookieHeader() {
        return driver.manage().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
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

    /** Makes the pages of this browser live in a time zone (what Intl reports), as a person's computer does. */
    public void emulateTimeZone(String zone) {
        ((ChromeDriver) undecorated)
                .executeCdpCommand("Emulation.setTimezoneOverride", java.util.Map.of("timezoneId", zone));
    }

    /** Clicks the language switch in the header: "en" or "ru". */
    public void switchLanguage(String code) {
        clickAndWait("#languageForm\\:" + code);
    }

    @Override
    public void close() {
        AssertionError violations = null;
        if (driver != null) {
            try {
                ContentSecurity.failOnViolations(undecorated);
            } catch (AssertionError e) {
                violations = e;
            }
            driver.quit();
            driver = null;
            System.out.println(Accessibility.cost());
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
        if (violations != null) {
            throw violations;
        }
        AssertionError failure = pendingFailure;
        pendingFailure = null;
        if (failure != null) {
            throw failure;
        }
    }
}
