package edu.aum.course.platform.http;

import jakarta.servlet.http.HttpServletResponse;

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
        response.setHeader(CSP, policy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Referrer-Policy", "same-origin");
        if (https) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        if (noStore) {
            response.setHeader("Cache-Control", "no-store");
        }
    }
}
