package edu.aum.course.platform.i18n;

import edu.aum.course.platform.BusinessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The time zones a person can choose for their account: the regional ones of the tz database (Europe/Moscow,
 * America/New_York, ...) and UTC, labelled in the page's language ("America/New York · Eastern Time"). The one
 * place that decides whether a zone from a form or a browser is acceptable.
 */
@Named
@ApplicationScoped
public class TimeZones {

    private static final Set<String> REGIONS = Set.of(
            "Africa",
            "America",
            "Antarctica",
            "Arctic",
            "Asia",
            "Atlantic",
            "Australia",
            "Europe",
            "Indian",
            "Pacific");

    /** The selectable zones by id, sorted. */
    static final List<String> IDS = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.equals("UTC") || REGIONS.contains(id.substring(0, Math.max(0, id.indexOf('/')))))
            .sorted()
            .toList();

    private static final Set<String> SELECTABLE = Set.copyOf(IDS);

    /** A zone as a choice in a list: its id (the value) and its label. */
    public record Choice(String id, String label) {}

    private final Map<Language, List<Choice>> choices = new ConcurrentHashMap<>();

    @Inject
    LanguageSwitch languageSwitch;

    /** Every selectable zone, labelled in the page's language. */
    public List<Choice> getChoices() {
        return choices.computeIfAbsent(languageSwitch.current(), TimeZones::label);
    }

    private static List<Choice> label(Language language) {
        return IDS.stream()
                .map(id -> new Choice(id, label(ZoneId.of(id), language)))
                .toList();
    }

    /** "America/New York · Eastern Time" (the id with spaces, so that a filter for "New York" finds it). */
    public static String label(ZoneId zone, Language language) {
        String name = zone.getDisplayName(TextStyle.FULL, language.locale());
        String id = zone.getId().replace('_', ' ');
        return name.equals(zone.getId()) ? id : id + " · " + name;
    }

    /** The zone a form or a browser names, if it is one of the selectable ones; blank is none. */
    public static Optional<ZoneId> selectable(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        return SELECTABLE.contains(id.strip()) ? Optional.of(ZoneId.of(id.strip())) : Optional.empty();
    }

    /** The zone a form names: none for blank (the course's time), refused when it is not a selectable zone. */
    public static ZoneId chosen(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        return selectable(id).orElseThrow(() -> new BusinessException("timeZone.unknown"));
    }
}
