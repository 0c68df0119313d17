package edu.aum.course.platform.http;

import edu.aum.course.platform.config.Settings;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * The first filter of every request (web.xml, also for error pages): security headers, no-store on all but static
 * resources, redirects built from PUBLIC_BASE_URL, and a clear 403 page for a request that another site's page made a
 * browser send ({@link CrossSiteRule}).
 */
public class HttpHardening extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The page that explains a refused cross-site request. */
    static final String CROSS_SITE_PAGE = "/error/cross-site.xhtml";

    @Inject
    transient Settings settings;

    private transient PublicAddress site;
    private transient CrossSiteRule crossSite;
    private String policy;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        site = PublicAddress.of(settings.publicBaseUrl());
        crossSite = new CrossSiteRule(site);
        policy = config.getServletContext()
                .getInitParameter("primefaces.CSP_POLICY")
                .strip();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        SecurityHeaders.apply(response, policy, site.isHttps(), !StaticResources.contains(path));
        HttpServletResponse siteResponse = new SiteResponse(response, site, request.getRequestURI());
        if (crossSite.refuses(
                request.getMethod(), path, request.getHeader("Origin"), request.getHeader("Sec-Fetch-Site"))) {
            siteResponse.setStatus(HttpServletResponse.SC_FORBIDDEN);
            request.getRequestDispatcher(CROSS_SITE_PAGE).forward(new Refused(request), siteResponse);
            return;
        }
        chain.doFilter(request, siteResponse);
    }

    /**
     * The refused request as the error page sees it: a GET without parameters, so that JSF renders the page afresh
     * instead of restoring a view from what the other site posted.
     */
    private static final class Refused extends HttpServletRequestWrapper {

        Refused(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public String getQueryString() {
            return null;
        }
    }
}
