package edu.aum.course.account.control;

import edu.aum.course.account.api.Account;
import edu.aum.course.account.entity.AccountToken;
import edu.aum.course.account.entity.TokenPurpose;
import edu.aum.course.platform.BusinessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Issues the tokens of mailed links and redeems them, once, before they expire. */
@Stateless
public class TokenService {

    static final String INVALID = "token.invalid";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** A new token; earlier open tokens of the same purpose stop working. Answers the token itself. */
    public String issue(Account account, TokenPurpose purpose) {
        return issue(account, purpose, hash -> new AccountToken(account, purpose, hash, clock.instant()));
    }

    public String issueEmailChange(Account account, String newEmail) {
        return issue(
                account,
                TokenPurpose.CHANGE_EMAIL,
                hash -> AccountToken.emailChange(account, newEmail, hash, clock.instant()));
    }

    /** The token, if it exists, has one of the purposes and still works; nothing is used up. */
    public Optional<AccountToken> findUsable(String token, Set<TokenPurpose> purposes) {
        if (!Tokens.hasTokenShape(token)) {
            return Optional.empty();
        }
        return em.createNamedQuery(AccountToken.FIND_BY_HASH, AccountToken.class)
                .setParameter("hash", Tokens.hash(token))
                .getResultStream()
                .filter(t -> purposes.contains(t.getPurpose()) && t.isUsable(clock.instant()))
                .findFirst();
    }

    /** Uses the token up; a used, expired, replaced or unknown one is refused (token.invalid). */
    public AccountToken redeem(String token, Set<TokenPurpose> purposes) {
        AccountToken found = findUsable(token, purposes).orElseThrow(() -> new BusinessException(INVALID));
        found.use(clock.instant());
        return found;
    }

    private String issue(Account account, TokenPurpose purpose, Function<String, AccountToken> creation) {
        if (account.getId() != null) { // a new account has no tokens yet
            em.createNamedQuery(AccountToken.CLOSE_OPEN)
                    .setParameter("now", clock.instant())
                    .setParameter("account", account)
                    .setParameter("purpose", purpose)
                    .executeUpdate();
        }
        String token = Tokens.generate();
        em.persist(creation.apply(Tokens.hash(token)));
        return token;
    }
}
