package edu.aum.course.testsupport;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CSP nonce of each page a plain HTTP client loaded, by the page's view state: PrimeFaces' script puts it into
 * every form a browser posts (as {@code primefaces.nonce}) and the server refuses an ajax post of the view without
 * it, so a test that posts like a browser sends it too.
 */
public final class CspNonces {

    public static final String PARAMETER = "primefaces.nonce";

    private static final Pattern INIT = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final Map<String, String> byViewState = new HashMap<>();

    /** Notes the nonce of a page just loaded (nothing for an answer without one). */
    public void remember(String body) {
        if (body == null) {
            return;
        }
        Matcher nonce = INIT.matcher(body);
        Matcher viewState = VIEW_STATE.matcher(body);
        if (nonce.find() && viewState.find()) {
            byViewState.put(viewState.group(1), nonce.group(1));
        }
    }

    /** The nonce of the page with this view state, or null when no such page was loaded. */
    public String of(String viewState) {
        return byViewState.get(viewState);
    }
}
