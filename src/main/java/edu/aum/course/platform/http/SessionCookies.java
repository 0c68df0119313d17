package edu.aum.course.platform.http;

import edu.aum.course.platform.config.Settings;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;

/**
 * The session cookie is Secure (never sent over plain http) when PUBLIC_BASE_URL is https: decided by the setting,
 * not by each request, since TLS usually ends at a load balancer in front. HttpOnly comes from web.xml, SameSite=Lax
 * from glassfish-web.xml.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Inject
    Settings settings;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setSecure(PublicAddress.of(settings.publicBaseUrl()).isHttps());
    }
}
