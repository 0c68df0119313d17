package edu.aum.course.partner.control;

import edu.aum.course.account.api.Account;
import edu.aum.course.partner.entity.ApiToken;
import edu.aum.course.platform.BusinessException;
import edu.aum.course.platform.audit.AuditLog;
import edu.aum.course.university.api.University;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * Partner staff make and revoke their university's API tokens; administrators revoke any. The secret
 * leaves this service once, in the answer to create; only its SHA-256 is stored. Audited.
 */
@Stateless
public class ApiTokenService {

    public static final String SUBJECT = "ApiToken";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    /** A token just made, with its secret: show it once, it cannot be read again. */
    public record Created(ApiToken token, String secret) {
        public ApiToken getToken() {
            return token;
        }

        public String getSecret() {
            return secret;
        }
    }

    public Created create(Scope scope, String name) {
        Account staff = staff(scope);
        University university = em.find(University.class, scope.universityId());
        String secret = TokenSecrets.generate();
        ApiToken token = new ApiToken(
                university, name, TokenSecrets.hash(secret), TokenSecrets.hint(secret), staff, clock.instant());
        em.persist(token);
        em.flush(); // IDENTITY: the id is known from here on
        audit.record(staff.getId(), SUBJECT, token.getId(), "CREATED", null, "ACTIVE", token.getName());
        return new Created(token, secret);
    }

    /** The tokens of the scope's university, usable ones first. */
    public List<ApiToken> ofUniversity(Scope scope) {
        return em.createNamedQuery(ApiToken.OF_UNIVERSITY, ApiToken.class)
                .setParameter("university", scope.universityId())
                .getResultList();
    }

    /** Partner staff revoke one of their university's tokens; another university's is not found. */
    public void revoke(Scope scope, long tokenId) {
        ApiToken token = em.find(ApiToken.class, tokenId);
        if (token == null || token.getUniversity().getId() != scope.universityId()) {
            throw new BusinessException("partner.token.notFound");
        }
        revoke(staff(scope), token);
    }

    /** Administrators: every token of every university. */
    public List<ApiToken> all() {
        return em.createNamedQuery(ApiToken.ALL, ApiToken.class).getResultList();
    }

    /** Administrators revoke any token (a leaked one, or one of a partner who left). */
    public void revokeAsAdmin(long adminId, long tokenId) {
        ApiToken token = em.find(ApiToken.class, tokenId);
        if (token == null) {
            throw new BusinessException("partner.token.notFound");
        }
        revoke(em.find(Account.class, adminId), token);
    }

    private void revoke(Account by, ApiToken token) {
        token.revoke(by, clock.instant());
        audit.record(by.getId(), SUBJECT, token.getId(), "REVOKED", "ACTIVE", "REVOKED", token.getName());
    }

    private Account staff(Scope scope) {
        if (scope.staffId() == null) {
            throw new BusinessException("partner.notStaff");
        }
        return em.find(Account.class, scope.staffId());
    }
}
