package edu.aum.course.platform.http;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/** The headers every response carries (README, "Security headers"). */
final class SecurityHeaders {

    static final String CSP = "Content-Security-Policy";

    /** A year; only when PUBLIC_BASE_URL is https (a browser ignores it over plain http anyway). */
    static final String HSTS = "max-age=31536000";

    private SecurityHeaders() {}

    /**
     * The policy is the one PrimeFaces sends with the pages (web.xml's {@code primefaces.CSP_POLICY}, to which it
     * adds each page's nonce); other responses (downloads, the API, error pages the container writes) get it without
     * a nonce, so they may run no inline script at all.
     */
    static void apply(HttpServletResponse response, String policy, boolean https, boolean noStore) {
        of(policy, https, noStore).forEach(response::setHeader);
    }

    /** The headers by name: HSTS only for an https site, no-store only where asked. */
    static Map<String, String> of(String policy, boolean https, boolean noStore) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(CSP, policy);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "SAMEORIGIN");
        headers.put("Referrer-Policy", "same-origin");
        if (https) {
            headers.put("Strict-Transport-Security", HSTS);
        }
        if (noStore) {
            headers.put("Cache-Control", "no-store");
        }
        return headers;
    }
}
