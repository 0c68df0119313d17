package edu.aum.course.audit.control;

import edu.aum.course.platform.audit.AuditEntry;
import java.io.Serializable;

/** An entry of the log with the person who acted, as they are named now (both null: the system acted). */
public record AuditLine(AuditEntry entry, String actorName, String actorEmail) implements Serializable {

    // getters for the page: Jakarta EL 5 does not read record components
    public AuditEntry getEntry() {
        return entry;
    }

    public String getActorName() {
        return actorName;
    }

    public String getActorEmail() {
        return actorEmail;
    }

    public boolean isBySystem() {
        return entry.getActorId() == null;
    }
}
