package edu.aum.course.partner.control;

import edu.aum.course.account.api.Account;
import edu.aum.course.account.api.Role;
import edu.aum.course.partner.entity.ApiToken;
import edu.aum.course.platform.BusinessException;
import edu.aum.course.university.api.University;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Turns a partner staff account or an API token into the one university whose students it may see. */
@Stateless
public class PartnerAccess {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** The scope of a signed-in partner staff member; refused for anyone else. */
    public Scope ofStaff(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null
                || !account.getRoles().contains(Role.PARTNER)
                || account.getUniversity() == null
                || !account.isActive()) {
            throw new BusinessException("partner.notStaff");
        }
        return new Scope(account.getUniversity().getId(), accountId, null);
    }

    private void recordUse(ApiToken token) {
        Instant now = clock.instant();
        if (token.isUseWorthRecording(now)) {
            em.createNamedQuery(ApiToken.RECORD_USE)
                    .setParameter("now", now)
                    .setParameter("id", token.getId())
                    .setParameter("before", ApiToken.recordUseBefore(now))
                    .executeUpdate();
        }
    }

    /** The university of a partner staff member, for their pages' headings. */
    public University universityOf(Scope scope) {
        return em.find(University.class, scope.universityId());
    }

    /**
     * The scope of an API token as presented; empty when it is unknown, revoked or no longer usable.
     * Notes the use (at most once a minute per token).
     */
    public Optional<Scope> ofToken(String secret) {
        if (!TokenSecrets.looksValid(secret)) {
            return Optional.empty();
        }
        return em.createNamedQuery(ApiToken.BY_HASH, ApiToken.class)
                .setParameter("hash", TokenSecrets.hash(secret))
                .getResultStream()
                .findFirst()
                .filter(ApiToken::isUsable)
                .map(token -> {
                    recordUse(token);
                    return new Scope(token.getUniversity().getId(), null, token.getId());
                });
    }
}
