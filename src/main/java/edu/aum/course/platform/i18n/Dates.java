package edu.aum.course.platform.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Dates and times as the pages and mails show them: in the reader's language and time zone, with the zone's
 * abbreviation. The reader's zone is the one of their account (kept in the session at sign-in, see
 * {@link #use}); a visitor who is not signed in, and an account that never chose, read the course's time zone
 * (DISPLAY_ZONE, by default Moscow, where the course is run), which is also the zone of an offering's calendar
 * (certificate dates).
 */
@Named
@ApplicationScoped
public class Dates {

    /** The session attribute with the signed-in reader's zone id. */
    static final String READER_ZONE = Dates.class.getName() + ".readerZone";

    @Inject
    @ConfigProperty(name = "display.zone", defaultValue = "Europe/Moscow")
    String zoneId;

    @Inject
    LanguageSwitch languageSwitch;

    /** The course's time zone: of its offerings' calendars, and of readers who chose none. */
    public ZoneId courseZone() {
        return ZoneId.of(zoneId);
    }

    /** The zone of the reader of this page. */
    public ZoneId zone() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Object session = faces == null ? null : faces.getExternalContext().getSession(false);
        return readerZone(session instanceof HttpSession s ? s : null);
    }

    /** The zone of the reader of a servlet's answer (a CSV export). */
    public ZoneId zone(HttpServletRequest request) {
        return readerZone(request.getSession(false));
    }

    private ZoneId readerZone(HttpSession session) {
        Object id = session == null ? null : session.getAttribute(READER_ZONE);
        return id instanceof String s ? TimeZones.selectable(s).orElseGet(this::courseZone) : courseZone();
    }

    /** Takes up the signed-in person's zone for the rest of their session; null: the course's. */
    public void use(HttpSession session, ZoneId zone) {
        if (zone == null) {
            forget(session);
        } else {
            session.setAttribute(READER_ZONE, zone.getId());
        }
    }

    /** After a sign-out: the course's zone again. */
    public void forget(HttpSession session) {
        if (session.getAttribute(READER_ZONE) != null) {
            session.removeAttribute(READER_ZONE);
        }
    }

    /** Whether the reader of this page reads the course's time. */
    public boolean isCourseZone() {
        return zone().equals(courseZone());
    }

    /** "America/New York · Eastern Time (EST)": the reader's zone as a hint beside times entered in it. */
    public String zoneName() {
        return zoneName(zone());
    }

    /** "Europe/Moscow · Moscow Time (MSK)". */
    public String courseZoneName() {
        return zoneName(courseZone());
    }

    private String zoneName(ZoneId zone) {
        Language language = languageSwitch.current();
        return TimeZones.label(zone, language) + " ("
                + DateTimeFormatter.ofPattern("zzz", language.locale())
                        .format(Instant.now().atZone(zone)) + ")";
    }

    /** "27 Nov 2026, 21:05 MSK" or "27 нояб. 2026 г., 21:05 EST": in the reader's language and zone. */
    public String time(Instant instant) {
        return time(instant, languageSwitch.getLocale(), zone());
    }

    /** The same in the course's time, for editors in another zone; blank when the reader reads the course's time. */
    public String courseTime(Instant instant) {
        return isCourseZone() ? "" : time(instant, languageSwitch.getLocale(), courseZone());
    }

    /**
     * The same for a reader who is not the current user, e.g. in a mail in the recipient's language and zone (null:
     * the course's).
     */
    public String time(Instant instant, Locale locale, ZoneId zone) {
        if (instant == null) {
            return "";
        }
        ZoneId in = zone == null ? courseZone() : zone;
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale)
                        .withZone(in)
                        .format(instant)
                + " " + DateTimeFormatter.ofPattern("zzz", locale).format(instant.atZone(in)); // "MSK", not "MT"
    }

    public String date(LocalDate date) {
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(languageSwitch.getLocale())
                        .format(date);
    }
}
