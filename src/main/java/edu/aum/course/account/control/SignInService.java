package edu.aum.course.account.control;

import edu.aum.course.account.api.Account;
import edu.aum.course.account.api.AccountService;
import edu.aum.course.account.control.SignInAttempt.Refusal;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Decides a sign-in. A locked e-mail and address pair, or a locked address, is refused before any
 * password is hashed; a wrong password (or an unknown e-mail, which costs the same time) counts towards a
 * lock (PasswordGuesses); only the right
 * password learns that an account is unconfirmed or deactivated. No transaction is held while hashing.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SignInService {

    private static final Logger LOG = Logger.getLogger(SignInService.class.getName());

    @Inject
    AccountService accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    PasswordGuesses guesses;

    @Inject
    SignIns signIns;

    @Inject
    Clock clock;

    /** The outcome of one attempt: the account that signs in, or why not. */
    public record Outcome(Optional<Account> account, Refusal refusal) {

        static Outcome refused(Refusal refusal) {
            return new Outcome(Optional.empty(), refusal);
        }
    }

    public Outcome attempt(String email, char[] password, String address) {
        if (guesses.isLocked(email, address)) {
            return Outcome.refused(Refusal.LOCKED);
        }
        Optional<Account> account = accounts.findByEmail(email).filter(Account::hasPassword);
        boolean matches = account.isPresent()
                ? hasher.verify(password, account.get().getPasswordHash())
                : verifyNothing(password);
        if (!matches) {
            return Outcome.refused(guesses.failed(email, address) ? Refusal.LOCKED : Refusal.WRONG_CREDENTIALS);
        }
        guesses.succeeded(email, address);
        return switch (account.get().getStatus()) {
            case ACTIVE -> {
                noteSignIn(account.get());
                yield new Outcome(account, null);
            }
            case PENDING_CONFIRMATION -> Outcome.refused(Refusal.UNCONFIRMED);
            case DEACTIVATED -> Outcome.refused(Refusal.DEACTIVATED);
            case INVITED -> Outcome.refused(Refusal.WRONG_CREDENTIALS);
        };
    }

    /** For the administrators' users screen; a sign-in does not fail because this could not be written. */
    private void noteSignIn(Account account) {
        try {
            signIns.record(account.getId(), clock.instant());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Sign-in of account " + account.getId() + " not noted");
        }
    }

    private boolean verifyNothing(char[] password) {
        hasher.verifyNothing(password);
        return false;
    }
}
