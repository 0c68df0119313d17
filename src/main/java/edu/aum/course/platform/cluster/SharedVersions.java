package edu.aum.course.platform.cluster;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Versions of what instances keep in memory (shared_versions): the instance that changes something raises its
 * version; every instance compares the version it loaded with the present one before it uses its copy.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SharedVersions {

    @PersistenceContext
    EntityManager em;

    /** The present version; 0 for something never changed. */
    public long current(String name) {
        List<?> rows = em.createNativeQuery("SELECT version FROM shared_versions WHERE name = ?")
                .setParameter(1, name)
                .getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).longValue();
    }

    /** Raises the version (atomically: concurrent raises all count) and answers the new one. */
    public long raise(String name) {
        em.createNativeQuery("INSERT INTO shared_versions (name, version) VALUES (?, 1)"
                        + " ON DUPLICATE KEY UPDATE version = version + 1")
                .setParameter(1, name)
                .executeUpdate();
        return current(name);
    }
}
