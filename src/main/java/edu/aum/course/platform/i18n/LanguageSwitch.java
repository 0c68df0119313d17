package edu.aum.course.platform.i18n;

import edu.aum.course.platform.config.Settings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The language of the interface: the one chosen in this session, else the one remembered in a cookie
 * (chosen earlier in this browser), else the one a mailed link names (?lang=, the language of its mail,
 * for a browser that never chose), else the browser's. A change is announced (LanguageChosen) so that the signed-in
 * account remembers it. Per request: the choice lives in the session (a plain attribute that moves with it), and only
 * a choice makes a session, so that an anonymous visitor who never chose gets none.
 */
@Named
@RequestScoped
public class LanguageSwitch {

    static final String COOKIE = "lang";
    /** The session attribute with the language chosen in this session. */
    static final String CHOSEN = LanguageSwitch.class.getName() + ".chosen";
    /** The query parameter with which a mailed link names its mail's language. */
    public static final String LINK_PARAMETER = "lang";

    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Inject
    Settings settings;

    @Inject
    jakarta.servlet.http.HttpServletRequest request;

    @Inject
    Event<LanguageChosen> announcements;

    public Locale getLocale() {
        return current().locale();
    }

    public String getCode() {
        return current().code();
    }

    public Language current() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Language chosen = chosenIn(external.getSession(false));
        if (chosen != null) {
            return chosen;
        }
        return remembered(external)
                .or(() -> linked(external.getRequestParameterMap().get(LINK_PARAMETER)))
                .orElseGet(() -> browsers(external.getRequestLocales()));
    }

    /** The first of the browser's languages that the interface speaks, else English. */
    private static Language browsers(java.util.Iterator<Locale> locales) {
        while (locales.hasNext()) {
            Optional<Language> language = Language.of(locales.next().toLanguageTag());
            if (language.isPresent()) {
                return language.get();
            }
        }
        return Language.EN;
    }

    /** The language a mailed link names (?lang=ru): the one its mail was written in, for its recipient. */
    private static Optional<Language> linked(String code) {
        return code == null ? Optional.empty() : Language.of(code);
    }

    /**
     * The language outside a Faces request (a servlet's answer): the one of this session, else the cookie's,
     * else the browser's.
     */
    public Language current(jakarta.servlet.http.HttpServletRequest request) {
        Language chosen = chosenIn(request.getSession(false));
        if (chosen != null) {
            return chosen;
        }
        jakarta.servlet.http.Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (jakarta.servlet.http.Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    Optional<Language> language = Language.of(cookie.getValue());
                    if (language.isPresent()) {
                        return language.get();
                    }
                }
            }
        }
        return linked(request.getParameter(LINK_PARAMETER))
                .orElseGet(() -> browsers(request.getLocales().asIterator()));
    }

    /** Action of the switch in the page header. */
    public void change(String code) {
        Language.of(code).ifPresent(language -> {
            use(language);
            announcements.fire(new LanguageChosen(language));
        });
    }

    /** Whether the person picked a language in this session (a choice that outranks a stored one). */
    public boolean wasChosen() {
        return chosenIn(request.getSession(false)) != null;
    }

    private static Language chosenIn(Object session) {
        return session instanceof jakarta.servlet.http.HttpSession s && s.getAttribute(CHOSEN) instanceof Language l
                ? l
                : null;
    }

    /** Applies a language without announcing it, e.g. the one an account remembers. */
    public void use(Language language) {
        request.getSession().setAttribute(CHOSEN, language);
        FacesContext context = FacesContext.getCurrentInstance();
        if (context != null) {
            if (context.getViewRoot() != null) {
                context.getViewRoot().setLocale(language.locale());
            }
            context.getExternalContext()
                    .addResponseCookie(
                            COOKIE,
                            language.code(),
                            Map.of(
                                    "maxAge",
                                    ONE_YEAR,
                                    "path",
                                    "/",
                                    "httpOnly",
                                    true,
                                    "SameSite",
                                    "Lax",
                                    "secure",
                                    settings.publicBaseUrl().startsWith("https:")));
        }
    }

    private static Optional<Language> remembered(ExternalContext external) {
        Object cookie = external.getRequestCookieMap().get(COOKIE);
        return cookie instanceof jakarta.servlet.http.Cookie c ? Language.of(c.getValue()) : Optional.empty();
    }

    /** Fired when a person picks a language with the switch. */
    public record LanguageChosen(Language language) {}
}
