package edu.aum.course.platform.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The site's own address, PUBLIC_BASE_URL, as the one origin that redirects are built from and that a
 * browser's Origin header must name: never the request's Host header, which the client chooses.
 */
public final class PublicAddress {

    private final String scheme;
    private final String host;
    private final int port;

    private PublicAddress(String scheme, String host, int port) {
        this.scheme = scheme;
        this.host = host;
        this.port = port;
    }

    /** From the setting's text, e.g. {@code https://courses.example.edu}; refuses what is not an http(s) URL. */
    public static PublicAddress of(String baseUrl) {
        try {
            URI uri = new URI(baseUrl.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new IllegalArgumentException("PUBLIC_BASE_URL: not an http or https address: " + baseUrl);
            }
            int port = uri.getPort() < 0 ? defaultPort(scheme) : uri.getPort();
            return new PublicAddress(scheme, uri.getHost().toLowerCase(Locale.ROOT), port);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("PUBLIC_BASE_URL: not an address: " + baseUrl, e);
        }
    }

    public boolean isHttps() {
        return scheme.equals("https");
    }

    /** Scheme, host and port as a browser writes them in an Origin header (no default port). */
    public String origin() {
        return scheme + "://" + host + (port == defaultPort(scheme) ? "" : ":" + port);
    }

    public String scheme() {
        return scheme;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    /** Whether an Origin header's value names this site (the literal "null" of sandboxed pages does not). */
    public boolean isOrigin(String originHeader) {
        if (originHeader == null) {
            return false;
        }
        try {
            PublicAddress other = of(originHeader);
            return other.scheme.equals(scheme) && other.host.equals(host) && other.port == port;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The absolute address of a redirect: a path (with its query) is put under this origin; an absolute URL keeps
     * its own origin only when it is this site's, else its path and query are put under this origin, since the
     * container builds absolute URLs from the Host header. A relative location without a leading slash is taken
     * relative to the folder of the request's path, as servlet containers do.
     */
    public String absolute(String location, String requestUri) {
        if (location == null) {
            return null;
        }
        try {
            URI uri = new URI(location);
            if (uri.getScheme() != null || uri.getRawAuthority() != null) {
                if (isOrigin(originOf(uri))) {
                    return location;
                }
                return origin() + pathAndMore(uri);
            }
        } catch (URISyntaxException e) {
            // a location that is not a URI is taken as a path below
        }
        if (location.startsWith("/")) {
            return origin() + location;
        }
        String folder = requestUri == null ? "/" : requestUri.substring(0, requestUri.lastIndexOf('/') + 1);
        return origin() + (folder.isEmpty() ? "/" : folder) + location;
    }

    private static String originOf(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    private static String pathAndMore(URI uri) {
        String rest = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (uri.getRawQuery() != null) {
            rest += "?" + uri.getRawQuery();
        }
        if (uri.getRawFragment() != null) {
            rest += "#" + uri.getRawFragment();
        }
        return rest;
    }

    private static int defaultPort(String scheme) {
        return scheme.equals("https") ? 443 : 80;
    }

    @Override
    public String toString() {
        return origin();
    }
}
