package edu.aum.course.account.control;

import edu.aum.course.account.entity.SignIn;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * When each account last signed in (sign_ins): written by a successful sign-in in a transaction of its own, one
 * upsert of the account's row there; read for a page of accounts in one query.
 */
@Stateless
public class SignIns {

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(long accountId, Instant at) {
        em.createNativeQuery(
                        "INSERT INTO sign_ins (account_id, last_at) VALUES (?, ?) ON DUPLICATE KEY UPDATE last_at = ?")
                .setParameter(1, accountId)
                .setParameter(2, Timestamp.from(at))
                .setParameter(3, Timestamp.from(at))
                .executeUpdate();
    }

    /** The last sign-in of each of these accounts that has signed in at all. */
    public Map<Long, Instant> lastOf(Collection<Long> accountIds) {
        Map<Long, Instant> last = new HashMap<>();
        if (!accountIds.isEmpty()) {
            em.createQuery("SELECT s FROM SignIn s WHERE s.accountId IN :ids", SignIn.class)
                    .setParameter("ids", accountIds)
                    .getResultList()
                    .forEach(s -> last.put(s.getAccountId(), s.getLastAt()));
        }
        return last;
    }
}
