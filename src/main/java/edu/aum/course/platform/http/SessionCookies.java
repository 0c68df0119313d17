package edu.aum.course.platform.http;

import edu.aum.course.platform.config.Settings;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;

/**
 * The session cookie is SameSite=Lax (another site's page cannot make a browser post with it) and, when
 * PUBLIC_BASE_URL is https, Secure (never sent over plain http); HttpOnly comes from web.xml. Decided by the
 * setting, not by each request, since TLS usually ends at a load balancer in front.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Inject
    Settings settings;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setAttribute("SameSite", "Lax");
        cookie.setSecure(PublicAddress.of(settings.publicBaseUrl()).isHttps());
    }
}
