package edu.aum.course.account.control;

import edu.aum.course.account.api.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;

/**
 * Checks e-mail and password against the accounts (SignInService); the caller's groups are their
 * roles. Only ACTIVE accounts pass; why others do not is left in SignInAttempt for the login page.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    SignInService signIn;

    @Inject
    SignInAttempt attempt;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        var outcome =
                signIn.attempt(credential.getCaller(), credential.getPassword().getValue(), attempt.address());
        attempt.refused(outcome.refusal());
        outcome.account().ifPresent(account -> attempt.signedIn(account.getSessionEpoch()));
        return outcome.account()
                .map(account -> new CredentialValidationResult(
                        account.getEmail(),
                        account.getRoles().stream().map(Role::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
