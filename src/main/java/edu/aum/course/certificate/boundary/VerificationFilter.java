package edu.aum.course.certificate.boundary;

import edu.aum.course.platform.http.ClientAddress;
import edu.aum.course.platform.ratelimit.RateLimit;
import edu.aum.course.platform.ratelimit.RequestLimits;
import edu.aum.course.platform.rest.Problem;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rate-limits the public verification endpoints (with the credentials, their status lists and keys) per client address: the page answers 429 with a friendly
 * page, the JSON API 429 as problem details; both with Retry-After.
 */
@WebFilter(
        urlPatterns = {
            "/verify/*",
            "/verify.xhtml",
            "/api/v1/certificates/*",
            "/api/v1/credentials/*",
            "/.well-known/jwks.json"
        },
        dispatcherTypes = DispatcherType.REQUEST)
public class VerificationFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final int TOO_MANY_REQUESTS = 429;

    @Inject
    ClientAddress clientAddress;

    /** One budget per client address for every endpoint here: enough for people and QR scanners, not for walking through serials. */
    @Inject
    @ConfigProperty(name = "verify.rate.per.minute", defaultValue = "30")
    transient int perMinute;

    @Inject
    transient RequestLimits limits;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<Duration> wait = limits.acquire(RateLimit.perMinute("verify", perMinute), clientAddress.of(request));
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Retry-After", String.valueOf(wait.get().toSeconds()));
        if (!request.getRequestURI().endsWith(".xhtml")
                && !request.getRequestURI().startsWith(request.getContextPath() + "/verify/")) {
            response.setStatus(TOO_MANY_REQUESTS);
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter()
                    .write(jakarta.json.Json.createObjectBuilder()
                            .add("type", "about:blank")
                            .add("title", "Too Many Requests")
                            .add("status", TOO_MANY_REQUESTS)
                            .add(
                                    "detail",
                                    "Too many verification requests from your address; try again in "
                                            + wait.get().toSeconds() + " s.")
                            .build()
                            .toString());
            return;
        }
        response.sendError(TOO_MANY_REQUESTS);
    }
}
