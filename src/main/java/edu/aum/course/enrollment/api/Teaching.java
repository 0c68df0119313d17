package edu.aum.course.enrollment.api;

import jakarta.persistence.Query;
import java.io.Serializable;

/**
 * Which offerings a staff member may work on: all for an admin, their teaching teams' for an instructor. Made only
 * here, by CourseService.teaching, from the signed-in account, so a view cannot widen it; the staff services
 * filter their queries by it (condition) and their lookups (covers), and answer "not found" for the rest.
 */
public final class Teaching implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long actorId;
    private final boolean admin;

    Teaching(long actorId, boolean admin) {
        this.actorId = actorId;
        this.admin = admin;
    }

    public long actorId() {
        return actorId;
    }

    public boolean isAdmin() {
        return admin;
    }

    public boolean covers(Offering offering) {
        return admin || offering.isTaughtBy(actorId);
    }

    /**
     * A JPQL condition that the offering at this path (e.g. "a.offering") is in scope; bind its parameter with
     * {@link #bind}.
     */
    public String condition(String offeringPath) {
        return admin
                ? "1 = 1"
                : offeringPath + ".id IN (SELECT t_o.id FROM Offering t_o JOIN t_o.team t_m WHERE t_m.id = :teacher)";
    }

    public <Q extends Query> Q bind(Q query) {
        if (!admin) {
            query.setParameter("teacher", actorId);
        }
        return query;
    }
}
