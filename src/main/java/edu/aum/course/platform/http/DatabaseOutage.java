package edu.aum.course.platform.http;

import edu.aum.course.platform.i18n.Language;
import edu.aum.course.platform.i18n.LanguageSwitch;
import edu.aum.course.platform.i18n.Messages;
import edu.aum.course.platform.persistence.DataSourceConfiguration;
import edu.aum.course.platform.persistence.DatabaseFaults;
import edu.aum.course.platform.persistence.DatabaseProbe;
import jakarta.annotation.Resource;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A request that failed because the database is unreachable or read-only answers 503 with "try again in a
 * minute" in the reader's language: a small page written here (the error pages themselves may need the
 * database), or problem details for the API. Nothing else changes: when the database is back, so is the site.
 */
public class DatabaseOutage extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(DatabaseOutage.class.getName());
    static final String RETRY_AFTER_SECONDS = "60";
    static final String ERROR_PAGE = "/error/500.xhtml";

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    transient DataSource dataSource;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, new Watched(request, response));
        } catch (IOException | ServletException | RuntimeException e) {
            if (!DatabaseFaults.unavailable(e) || response.isCommitted()) {
                throw e;
            }
            LOG.warning(() -> "Database unavailable for " + request.getRequestURI() + ": " + e);
            answer(request, response);
        }
    }

    /**
     * PrimeFaces' exception handler sends a failed page to /error/500 itself, and the error page may need the
     * database too: a 500 while the database is not usable (DatabaseProbe) answers 503 instead.
     */
    private final class Watched extends HttpServletResponseWrapper {
        private final HttpServletRequest request;

        Watched(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            if (location.contains(ERROR_PAGE) && !DatabaseProbe.usable(dataSource)) {
                answer(request, (HttpServletResponse) getResponse());
            } else {
                super.sendRedirect(location);
            }
        }

        @Override
        public void sendError(int status) throws IOException {
            if (status == SC_INTERNAL_SERVER_ERROR && !isCommitted() && !DatabaseProbe.usable(dataSource)) {
                answer(request, (HttpServletResponse) getResponse());
            } else {
                super.sendError(status);
            }
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            if (status == SC_INTERNAL_SERVER_ERROR && !isCommitted() && !DatabaseProbe.usable(dataSource)) {
                answer(request, (HttpServletResponse) getResponse());
            } else {
                super.sendError(status, message);
            }
        }
    }

    /** The 503 answer, also for JSF's exception handler (PrimeFaces would redirect a full page to /error/500). */
    public static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = new LanguageSwitch().current(request).locale();
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.setCharacterEncoding("UTF-8");
        String title = Messages.text(locale, "error.unavailable.title");
        String text = Messages.text(locale, "error.unavailable.text");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/problem+json");
            response.getWriter()
                    .write(Json.createObjectBuilder()
                            .add("type", "about:blank")
                            .add("title", title)
                            .add("status", HttpServletResponse.SC_SERVICE_UNAVAILABLE)
                            .add("detail", text)
                            .build()
                            .toString());
            return;
        }
        response.setContentType("text/html");
        response.getWriter().write(page(request, locale, title, text));
    }

    private static String page(HttpServletRequest request, Locale locale, String title, String text) {
        String home = request.getContextPath() + "/";
        return "<!DOCTYPE html><html lang=\"" + Language.of(locale).code() + "\"><head><meta charset=\"UTF-8\">"
                + "<title>" + escape(title) + "</title><link rel=\"stylesheet\" href=\"" + home
                + "jakarta.faces.resource/css/app.css.xhtml\"></head><body><main><h1>" + escape(title)
                + "</h1><p id=\"errorText\">"
                + escape(text) + "</p><p><a href=\"" + home + "\">" + escape(Messages.text(locale, "error.backHome"))
                + "</a></p></main></body></html>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
