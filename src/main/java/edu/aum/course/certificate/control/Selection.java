package edu.aum.course.certificate.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Whom the admin chose for a batch, as big as their clicks and not as the class: every issuable enrollment
 * (IssuanceService.issuable) or none, with the ids whose box was then toggled. A toggled id is left out of "all"
 * when issuable and added when not (a box the dry run will refuse), added to "none" in any case.
 */
public final class Selection implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final boolean all;
    private final Set<Long> toggled = new HashSet<>();

    private Selection(boolean all) {
        this.all = all;
    }

    /** Every issuable enrollment: the page's default. */
    public static Selection allIssuable() {
        return new Selection(true);
    }

    public static Selection none() {
        return new Selection(false);
    }

    /** Whether the box of this enrollment is ticked ({@code issuable}: by IssuanceService.issuable's rule). */
    public boolean isChosen(long enrollmentId, boolean issuable) {
        return (all && issuable) != toggled.contains(enrollmentId);
    }

    /** The admin ticked or unticked the box: nothing changes when it already shows that. */
    public void choose(long enrollmentId, boolean issuable, boolean chosen) {
        if (isChosen(enrollmentId, issuable) != chosen && !toggled.remove(enrollmentId)) {
            toggled.add(enrollmentId);
        }
    }

    /** The chosen ids, sorted; {@code issuable} is only asked for when all were chosen. */
    public List<Long> resolve(Supplier<? extends Iterable<Long>> issuable) {
        Set<Long> chosen = new HashSet<>(all ? Set.of() : toggled);
        if (all) {
            Set<Long> added = new HashSet<>(toggled);
            for (Long id : issuable.get()) {
                if (!added.remove(id)) {
                    chosen.add(id);
                }
            }
            chosen.addAll(added);
        }
        List<Long> sorted = new ArrayList<>(chosen);
        sorted.sort(null);
        return sorted;
    }

    public boolean isAll() {
        return all;
    }

    /** How many boxes were toggled since "all" or "none". */
    public int toggledCount() {
        return toggled.size();
    }
}
