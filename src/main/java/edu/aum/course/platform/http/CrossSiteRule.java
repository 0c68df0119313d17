package edu.aum.course.platform.http;

import java.util.Locale;
import java.util.Set;

/**
 * Which requests are refused as coming from another site (cross-site request forgery): a request that can change
 * something (any method but GET, HEAD, OPTIONS, TRACE) whose Origin header names another origin than
 * PUBLIC_BASE_URL, or, without an Origin, whose Sec-Fetch-Site says a browser sent it from another site. A request
 * with neither header (a server, curl, a test client) is let through: only browsers attach cookies on their own, and
 * modern browsers send Origin with every such request. {@code /api/*} is exempt: the REST API reads no cookie (its
 * callers send a bearer token or nothing), so another site's page gains nothing by posting there, and partner
 * systems must keep reaching it from anywhere.
 */
public final class CrossSiteRule {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> OWN_FETCH_SITES = Set.of("same-origin", "none");

    private final PublicAddress site;

    public CrossSiteRule(PublicAddress site) {
        this.site = site;
    }

    /** Whether the request is refused; {@code path} is within the application (without the context path). */
    public boolean refuses(String method, String path, String origin, String fetchSite) {
        if (SAFE_METHODS.contains(method.toUpperCase(Locale.ROOT)) || isApi(path)) {
            return false;
        }
        if (origin != null) {
            return !site.isOrigin(origin.strip());
        }
        return fetchSite != null && !OWN_FETCH_SITES.contains(fetchSite.strip().toLowerCase(Locale.ROOT));
    }

    static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }
}
