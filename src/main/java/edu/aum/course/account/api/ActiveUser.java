package edu.aum.course.account.api;

import edu.aum.course.platform.i18n.Language;
import edu.aum.course.platform.i18n.LanguageSwitch;
import edu.aum.course.platform.i18n.LanguageSwitch.LanguageChosen;
import edu.aum.course.platform.security.CurrentUser;
import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;

/**
 * The signed-in person, loaded once per sign-in from the caller principal that Jakarta Security
 * set. Holds a snapshot for the header and menus; services load the account itself when they need it.
 */
@Named
@SessionScoped
public class ActiveUser implements CurrentUser, Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SecurityContext securityContext;

    @Inject
    transient AccountService accounts;

    @Inject
    LanguageSwitch languageSwitch;

    private String email;
    private Long id;
    private String fullName;
    private Set<Role> roles = Set.of();

    public boolean isSignedIn() {
        return id != null;
    }

    public Long getId() {
        return id;
    }

    @Override
    public String getFullName() {
        return fullName;
    }

    @Override
    public String getEmail() {
        return email;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public String homePath() {
        return isSignedIn() ? Role.landing(roles).homePath() : "/index.xhtml";
    }

    /** Keeps the language the person picks for their next sign-in. */
    void remember(@Observes LanguageChosen chosen) {
        if (isSignedIn()) {
            accounts.changePreferredLanguage(id, chosen.language());
        }
    }

    /**
     * Follows the caller principal of this request: loads the account after a sign-in (applying its
     * language before anything is rendered), forgets it after a sign-out. Called at the start of
     * every JSF request (ActiveUserPhaseListener) and right after a sign-in.
     */
    public boolean refresh() {
        Principal principal = securityContext.getCallerPrincipal();
        if (principal == null) {
            clear();
            return false;
        }
        if (!principal.getName().equals(email)) {
            Optional<Account> account = accounts.findByEmail(principal.getName());
            account.ifPresentOrElse(this::load, this::clear);
        }
        return id != null;
    }

    /** Takes up what changed in the account (e.g. its name) for the header and menus. */
    public void reload() {
        if (id != null) {
            accounts.find(id).ifPresent(this::load);
        }
    }

    private void load(Account account) {
        email = account.getEmail();
        id = account.getId();
        fullName = account.getFullName();
        roles = Set.copyOf(account.getRoles());
        if (languageSwitch.wasChosen()) {
            accounts.changePreferredLanguage(id, languageSwitch.current());
        } else {
            languageSwitch.use(account.getPreferredLanguage());
        }
    }

    private void clear() {
        email = null;
        id = null;
        fullName = null;
        roles = Set.of();
    }

    @Override
    public Language language() {
        return languageSwitch.current();
    }
}
