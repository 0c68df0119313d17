package edu.aum.course.platform.audit;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads the audit log, newest first, filtered and paged in the database (the log grows without end). It only
 * reads: nothing here or anywhere changes or removes an entry.
 */
@Stateless
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    public List<AuditEntry> page(AuditFilter filter, int first, int size) {
        return query(filter, "SELECT a FROM AuditEntry a", " ORDER BY a.occurredAt DESC, a.id DESC", AuditEntry.class)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    public long count(AuditFilter filter) {
        return query(filter, "SELECT COUNT(a) FROM AuditEntry a", "", Long.class)
                .getSingleResult();
    }

    /** In time order, oldest first: a thing's history as it happened. */
    public List<AuditEntry> history(AuditFilter filter) {
        return query(filter, "SELECT a FROM AuditEntry a", " ORDER BY a.occurredAt, a.id", AuditEntry.class)
                .getResultList();
    }

    /** The kinds of things the log holds entries about, by name. */
    public List<String> subjectTypes() {
        return em.createQuery("SELECT DISTINCT a.subjectType FROM AuditEntry a ORDER BY a.subjectType", String.class)
                .getResultList();
    }

    public Optional<AuditEntry> find(long id) {
        return Optional.ofNullable(em.find(AuditEntry.class, id));
    }

    private <T> TypedQuery<T> query(AuditFilter filter, String select, String order, Class<T> type) {
        Map<String, Object> parameters = new TreeMap<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        condition(where, parameters, "a.actorId = :actor", "actor", filter.actorId());
        condition(where, parameters, "a.subjectType = :type", "type", filter.subjectType());
        condition(where, parameters, "a.subjectId = :subject", "subject", filter.subjectId());
        condition(where, parameters, "a.occurredAt >= :from", "from", filter.from());
        condition(where, parameters, "a.occurredAt < :to", "to", filter.to());
        for (int s = 0; s < filter.scopes().size(); s++) {
            where.append(" AND ").append(scope(filter.scopes().get(s), "s" + s, parameters));
        }
        TypedQuery<T> query = em.createQuery(select + where + order, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    private static void condition(
            StringBuilder where, Map<String, Object> parameters, String jpql, String name, Object value) {
        if (value != null) {
            where.append(" AND ").append(jpql);
            parameters.put(name, value);
        }
    }

    /** (a of type 1 with an id among type 1's) OR (...); no type at all matches nothing. */
    private static String scope(AuditFilter.Scope scope, String name, Map<String, Object> parameters) {
        List<String> alternatives = new ArrayList<>();
        int t = 0;
        for (var type : new TreeMap<>(scope.idsBySubjectType()).entrySet()) {
            String typeParameter = name + "t" + t++;
            parameters.put(typeParameter, type.getKey());
            alternatives.add("(a.subjectType = :" + typeParameter + " AND a.subjectId IN ("
                    + type.getValue().replace(AuditFilter.Scope.PARAMETER, ":" + name) + "))");
        }
        if (alternatives.isEmpty()) {
            return "1 = 0";
        }
        parameters.put(name, scope.value());
        return "(" + String.join(" OR ", alternatives) + ")";
    }
}
