package edu.aum.course.enrollment.api;

import edu.aum.course.platform.BusinessException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How long before a due time an offering's students are reminded: whole hours, largest first, each once; none
 * means no reminders. Written as admins type it, "48, 2".
 */
public record ReminderHours(List<Integer> hours) implements java.io.Serializable {

    public static final ReminderHours DEFAULT = new ReminderHours(List.of(48, 2));
    /** Thirty days: a reminder earlier than that is not a reminder. */
    public static final int MAX_HOURS = 720;

    public static final int MAX_COUNT = 5;

    public ReminderHours {
        if (hours.size() > MAX_COUNT || hours.stream().anyMatch(h -> h == null || h < 1 || h > MAX_HOURS)) {
            throw invalid();
        }
        hours = hours.stream().distinct().sorted(Comparator.reverseOrder()).toList();
    }

    /** "48, 2" (commas, semicolons or spaces between); refused with the rule's message when it is not that. */
    public static ReminderHours parse(String text) {
        if (text == null || text.isBlank()) {
            return new ReminderHours(List.of());
        }
        try {
            return new ReminderHours(Stream.of(text.strip().split("[,;\\s]+"))
                    .map(Integer::valueOf)
                    .toList());
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    private static BusinessException invalid() {
        return new BusinessException("offering.reminders.invalid", MAX_HOURS, MAX_COUNT);
    }

    public List<Duration> before() {
        return hours.stream().map(Duration::ofHours).toList();
    }

    public boolean isNone() {
        return hours.isEmpty();
    }

    /** "48, 2"; "" for none. */
    @Override
    public String toString() {
        return hours.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** As stored: "48,2". */
    String stored() {
        return hours.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
