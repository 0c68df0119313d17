package edu.aum.course.platform.audit;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a reader asks of the log; every part may be empty (null), and the parts that are given all apply.
 *
 * @param actorId who acted
 * @param subjectType what kind of thing was changed (as the writers name it: "Submission", "Certificate", ...)
 * @param subjectId which thing of that kind
 * @param from the earliest moment, inclusive
 * @param to the latest moment, exclusive
 * @param scopes things that belong together (an offering's, an essay's), each given by the features that own them
 */
public record AuditFilter(
        Long actorId, String subjectType, Long subjectId, Instant from, Instant to, List<Scope> scopes)
        implements Serializable {

    public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, List.of());

    public AuditFilter {
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
    }

    /**
     * The subjects that belong to one thing (an offering, an essay, a certificate's serial): for each subject type,
     * a JPQL query of the ids of its subjects that belong to {@code :scope}, which is bound to {@code value}. The
     * feature that owns a type writes its query, so the log needs to know none of them; an entry is in the scope
     * when its type is named here and its id is among that query's.
     */
    public record Scope(Object value, Map<String, String> idsBySubjectType) implements Serializable {

        public static final String PARAMETER = ":scope";

        public Scope {
            idsBySubjectType = Map.copyOf(idsBySubjectType);
        }
    }

    public AuditFilter within(Scope scope) {
        List<Scope> more = new java.util.ArrayList<>(scopes);
        more.add(scope);
        return new AuditFilter(actorId, subjectType, subjectId, from, to, more);
    }
}
