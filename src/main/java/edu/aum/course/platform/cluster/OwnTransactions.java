package edu.aum.course.platform.cluster;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/** Runs work outside the caller's transaction, so that each service it calls commits on its own. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OwnTransactions {

    public void run(Runnable work) {
        work.run();
    }
}
