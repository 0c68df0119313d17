package edu.aum.course.grading.view;

import edu.aum.course.account.api.ActiveUser;
import edu.aum.course.grading.api.Review;
import edu.aum.course.grading.control.MarkByService;
import edu.aum.course.grading.control.QueueFilter;
import edu.aum.course.grading.control.QueueService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;

/**
 * The instructor's home, "waiting for me": how many essays of their offerings wait for a marker, how many they
 * have claimed and not yet released, the one that has waited longest (its assignment and since when, never who
 * wrote it: blind marking), and the nearest mark-by dates with the essays still open. Read once per request.
 */
@Named
@RequestScoped
public class MarkingHomeBacking {

    static final int DATES_SHOWN = 5;

    @Inject
    QueueService queue;

    @Inject
    MarkByService markBy;

    @Inject
    ActiveUser activeUser;

    private Long waiting;
    private Long claimed;
    private Optional<Review> oldest;
    private List<MarkByService.Due> dates;

    public long getWaiting() {
        if (waiting == null) {
            waiting = queue.count(activeUser.getId(), QueueFilter.unclaimed());
        }
        return waiting;
    }

    public long getClaimed() {
        if (claimed == null) {
            claimed = queue.count(activeUser.getId(), new QueueFilter(null, null, null, null, QueueFilter.Scope.MINE));
        }
        return claimed;
    }

    /** The unclaimed essay that has waited longest; null when none waits. */
    public Review getOldest() {
        if (oldest == null) {
            oldest = queue.page(activeUser.getId(), QueueFilter.unclaimed(), "waitingSince", true, 0, 1).stream()
                    .findFirst();
        }
        return oldest.orElse(null);
    }

    public List<MarkByService.Due> getMarkByDates() {
        if (dates == null) {
            dates = markBy.upcoming(activeUser.getId(), DATES_SHOWN);
        }
        return dates;
    }
}
