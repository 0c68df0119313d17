package edu.aum.course.testsupport;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.AxeRuntimeException;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * axe-core (Deque) on the page a browser shows: the WCAG 2.0 and 2.1 A and AA rules, and only the serious and
 * critical violations count. {@link Browser} checks every page a browser test reaches, once per page and language
 * for the whole test run (see {@link #checkOnce}), so the suite pays for each page once. {@code -Daxe=false} turns
 * the automatic check off (e.g. to look at a failure of something else first); the accessibility IT checks anyway.
 */
public final class Accessibility {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> IMPACTS = Set.of("serious", "critical");
    private static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();
    private static final AtomicLong NANOS = new AtomicLong();
    private static final AtomicLong RUNS = new AtomicLong();

    private Accessibility() {}

    static boolean automatic() {
        return !"false".equalsIgnoreCase(System.getProperty("axe"));
    }

    /**
     * Checks the page unless a page of the same key (path, language and, for an ajax state, what is open) was
     * checked before in this run; fails with the list of serious and critical violations.
     */
    static void checkOnce(WebDriver driver, String key) {
        if (automatic() && CHECKED.add(key)) {
            List<String> found = violations(driver);
            if (!found.isEmpty()) {
                throw new AssertionError(report(key, found));
            }
        }
    }

    /** The serious and critical WCAG A/AA violations of the page shown now, one readable line each. */
    public static List<String> violations(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        long start = System.nanoTime();
        try {
            Results results = analyze(driver);
            if (results.isErrored()) {
                throw new AssertionError(
                        "axe-core failed on " + driver.getCurrentUrl() + ": " + results.getErrorMessage());
            }
            List<String> found = new java.util.ArrayList<>(results.getViolations().stream()
                    .filter(rule -> IMPACTS.contains(rule.getImpact()))
                    .flatMap(rule -> rule.getNodes().stream().map(node -> line(rule, node)))
                    .toList());
            found.addAll(faintButtons(driver));
            return found;
        } finally {
            NANOS.addAndGet(System.nanoTime() - start);
            RUNS.incrementAndGet();
        }
    }

    /**
     * Buttons whose text does not stand out from their own background (below WCAG's 4.5:1), enabled and shown. axe
     * leaves these "incomplete" when it cannot tell a button's background (PrimeFaces' layered button spans), and so
     * let the filled link buttons' blue text on their blue pass; this measures each button text against the first
     * opaque background under it.
     */
    @SuppressWarnings("unchecked")
    public static List<String> faintButtons(WebDriver driver) {
        Object found = ((JavascriptExecutor) driver).executeScript(FAINT_BUTTONS);
        return ((List<Object>) found)
                .stream().map(line -> "serious button-text-contrast: " + line).toList();
    }

    private static final String FAINT_BUTTONS = """
            function rgb(c) {
                var m = c.match(/rgba?\\(([^)]+)\\)/);
                if (!m) { return null; }
                var p = m[1].split(',').map(parseFloat);
                return p.length > 3 && p[3] === 0 ? null : p;
            }
            function lum(p) {
                var a = p.slice(0, 3).map(function (v) {
                    v /= 255;
                    return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
                });
                return 0.2126 * a[0] + 0.7152 * a[1] + 0.0722 * a[2];
            }
            function under(el) {
                for (; el; el = el.parentElement) {
                    var c = rgb(getComputedStyle(el).backgroundColor);
                    if (c) { return c; }
                }
                return [255, 255, 255];
            }
            var faint = [];
            document.querySelectorAll('.ui-button .ui-button-text').forEach(function (t) {
                var button = t.closest('.ui-button');
                if (!t.offsetParent || !t.textContent.trim() || button.disabled
                        || button.classList.contains('ui-state-disabled')) { return; }
                var f = rgb(getComputedStyle(t).color);
                if (!f) { return; }
                var l1 = lum(f), l2 = lum(under(t));
                var ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
                if (ratio < 4.5) {
                    faint.push('"' + t.textContent.trim() + '" (' + (button.id || button.className) + ') at '
                        + ratio.toFixed(2) + ':1');
                }
            });
            return faint;
            """;

    /** What axe has cost in this test run so far, for the log. */
    static String cost() {
        return String.format("axe-core: %d page checks, %.1f s in all", RUNS.get(), NANOS.get() / 1e9);
    }

    public static String report(String where, List<String> violations) {
        return violations.size() + " serious or critical accessibility violation(s) (axe-core, WCAG 2.1 A/AA) on "
                + where + ":\n  " + String.join("\n  ", violations);
    }

    private static String line(Rule rule, CheckedNode node) {
        String summary =
                node.getFailureSummary() == null ? "" : node.getFailureSummary().replaceAll("\\s+", " ");
        return rule.getImpact() + " " + rule.getId() + " at " + node.getTarget() + ": " + rule.getHelp() + ". "
                + summary + " [" + abbreviate(node.getHtml()) + "]";
    }

    private static String abbreviate(String html) {
        return html == null || html.length() <= 160 ? html : html.substring(0, 157) + "...";
    }

    /** A page that was still replacing itself (a redirect after a form) is checked again once it has settled. */
    private static Results analyze(WebDriver driver) {
        try {
            return axe().analyze(driver);
        } catch (WebDriverException | AxeRuntimeException e) {
            new WebDriverWait(driver, Duration.ofSeconds(15))
                    .until(d ->
                            "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
            return axe().analyze(driver);
        }
    }

    private static AxeBuilder axe() {
        AxeRunOnlyOptions only = new AxeRunOnlyOptions();
        only.setType("tag");
        only.setValues(TAGS);
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(only);
        options.setResultTypes(List.of("violations"));
        // The pages have no frames: axe.run in the page itself, without the cross-frame machinery (a blank
        // window opened and closed for each check).
        return new AxeBuilder().withOptions(options).disableIframeTesting().setLegacyMode(true);
    }
}
