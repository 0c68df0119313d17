package edu.aum.course.account.control;

import edu.aum.course.account.api.Role;
import edu.aum.course.account.control.SignInAttempt.Refusal;
import edu.aum.course.platform.persistence.DatabaseFaults;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;

/**
 * Checks e-mail and password against the accounts (SignInService); the caller's groups are their
 * roles. Only ACTIVE accounts pass; why others do not is left in SignInAttempt for the login page, also when the
 * database could not be asked (UNAVAILABLE), which is never a wrong password.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    SignInService signIn;

    @Inject
    SignInAttempt attempt;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        SignInService.Outcome outcome;
        try {
            outcome = signIn.attempt(
                    credential.getCaller(), credential.getPassword().getValue(), attempt.address());
        } catch (RuntimeException e) {
            if (!DatabaseFaults.unavailable(e)) {
                throw e;
            }
            attempt.refused(Refusal.UNAVAILABLE); // not a wrong password: the accounts could not be read or updated
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        attempt.refused(outcome.refusal());
        outcome.account().ifPresent(account -> attempt.signedIn(account.getSessionEpoch()));
        return outcome.account()
                .map(account -> new CredentialValidationResult(
                        account.getEmail(),
                        account.getRoles().stream().map(Role::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
