package edu.aum.course.platform.http;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * A response whose redirects point at PUBLIC_BASE_URL (the container would complete a relative one from the Host
 * header), and whose Content-Security-Policy is the page's own once PrimeFaces adds it with the page's nonce (one
 * policy, never two that a browser would both enforce).
 */
final class SiteResponse extends HttpServletResponseWrapper {

    private final PublicAddress site;
    private final String requestUri;

    SiteResponse(HttpServletResponse response, PublicAddress site, String requestUri) {
        super(response);
        this.site = site;
        this.requestUri = requestUri;
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        super.sendRedirect(site.absolute(location, requestUri));
    }

    @Override
    public void setHeader(String name, String value) {
        super.setHeader(name, rewritten(name, value));
    }

    @Override
    public void addHeader(String name, String value) {
        if (SecurityHeaders.CSP.equalsIgnoreCase(name) || "Location".equalsIgnoreCase(name)) {
            super.setHeader(name, rewritten(name, value));
        } else {
            super.addHeader(name, value);
        }
    }

    private String rewritten(String name, String value) {
        return "Location".equalsIgnoreCase(name) ? site.absolute(value, requestUri) : value;
    }
}
