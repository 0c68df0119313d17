package edu.aum.course.platform.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Dates and times as the pages show them: in the page's language and in the course's time zone
 * (DISPLAY_ZONE, by default Moscow, where the course is run), with the zone named.
 */
@Named
@ApplicationScoped
public class Dates {

    @Inject
    @ConfigProperty(name = "display.zone", defaultValue = "Europe/Moscow")
    String zoneId;

    @Inject
    LanguageSwitch languageSwitch;

    public ZoneId zone() {
        return ZoneId.of(zoneId);
    }

    /** "27 Nov 2026, 21:05 MSK" or "27 нояб. 2026 г., 21:05 MSK". */
    public String time(Instant instant) {
        return time(instant, languageSwitch.getLocale());
    }

    /** The same for a reader who is not the current user, e.g. in a mail in the recipient's language. */
    public String time(Instant instant, java.util.Locale locale) {
        if (instant == null) {
            return "";
        }
        var zone = zone();
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale)
                        .withZone(zone)
                        .format(instant)
                + " " + DateTimeFormatter.ofPattern("zzz", locale).format(instant.atZone(zone)); // "MSK", not "MT"
    }

    public String date(LocalDate date) {
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(languageSwitch.getLocale())
                        .format(date);
    }
}
