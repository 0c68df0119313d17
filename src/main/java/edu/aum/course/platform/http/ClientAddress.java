package edu.aum.course.platform.http;

import edu.aum.course.platform.config.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/** The client's address of a request, believing X-Forwarded-For only from TRUSTED_PROXIES. */
@ApplicationScoped
public class ClientAddress {

    @Inject
    Settings settings;

    @Inject
    HttpServletRequest request;

    private ClientAddresses addresses;

    @PostConstruct
    void read() {
        addresses = ClientAddresses.trusting(settings.trustedProxies());
    }

    /** Reads the setting at start-up, so that a wrong TRUSTED_PROXIES stops the start with its message. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object application) {
        addresses.toString();
    }

    /** The client's address of the current request (for services called from a page). */
    public String current() {
        return of(request);
    }

    public String of(HttpServletRequest request) {
        return addresses.client(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    }
}
