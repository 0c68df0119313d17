package edu.aum.course.platform.cluster;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

/**
 * A lock row of cluster_locks held FOR UPDATE by a transaction of its own while the work runs outside it (each of
 * the work's steps commits on its own): another instance asking for it waits until this one commits or dies. The
 * database ends the wait after innodb_lock_wait_timeout (50 s; H2: 1 s), and then says LockBusy.
 */
@Stateless
public class StartupLock {

    public static final String STARTUP = "startup";

    @PersistenceContext
    EntityManager em;

    @Inject
    OwnTransactions outside;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void holding(String name, Runnable work) {
        take(name);
        outside.run(work);
    }

    private void take(String name) {
        int rows;
        try {
            rows = em.createNativeQuery("SELECT name FROM cluster_locks WHERE name = ? FOR UPDATE")
                    .setParameter(1, name)
                    .getResultList()
                    .size();
        } catch (PersistenceException e) {
            throw new LockBusy(name, e);
        }
        if (rows != 1) {
            throw new IllegalStateException("No row " + name + " in cluster_locks (migration V22)");
        }
    }
}
