package edu.aum.course.account.api;

import edu.aum.course.platform.i18n.Dates;
import edu.aum.course.platform.i18n.Language;
import edu.aum.course.platform.i18n.LanguageSwitch;
import edu.aum.course.platform.i18n.LanguageSwitch.LanguageChosen;
import edu.aum.course.platform.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;

/**
 * The signed-in person, loaded once per sign-in from the caller principal that Jakarta Security set. The session
 * keeps a snapshot for the header and menus (plain data that moves with the session to another instance); services
 * load the account itself when they need it. Per request, so that an anonymous visitor gets no session from it.
 */
@Named
@RequestScoped
public class ActiveUser implements CurrentUser {

    /** The session attribute with the snapshot of the signed-in person. */
    static final String SNAPSHOT = ActiveUser.class.getName() + ".snapshot";

    @Inject
    SecurityContext securityContext;

    @Inject
    AccountService accounts;

    @Inject
    LanguageSwitch languageSwitch;

    @Inject
    HttpServletRequest request;

    @Inject
    Dates dates;

    /** What the header and menus show of the signed-in person. */
    record Snapshot(Long id, String email, String fullName, Set<Role> roles) implements Serializable {
        private static final long serialVersionUID = 1L;

        Snapshot {
            roles = Set.copyOf(roles);
        }
    }

    private Snapshot snapshot() {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(SNAPSHOT) instanceof Snapshot s ? s : null;
    }

    private Optional<Snapshot> signedIn() {
        return Optional.ofNullable(snapshot());
    }

    public boolean isSignedIn() {
        return snapshot() != null;
    }

    public Long getId() {
        return signedIn().map(Snapshot::id).orElse(null);
    }

    @Override
    public String getFullName() {
        return signedIn().map(Snapshot::fullName).orElse(null);
    }

    @Override
    public String getEmail() {
        return signedIn().map(Snapshot::email).orElse(null);
    }

    public Set<Role> getRoles() {
        return signedIn().map(Snapshot::roles).orElse(Set.of());
    }

    public String homePath() {
        return isSignedIn() ? Role.landing(getRoles()).homePath() : "/index.xhtml";
    }

    /** Keeps the language the person picks for their next sign-in. */
    void remember(@Observes LanguageChosen chosen) {
        if (isSignedIn()) {
            accounts.changePreferredLanguage(getId(), chosen.language());
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
        if (!principal.getName().equals(getEmail())) {
            Optional<Account> account = accounts.findByEmail(principal.getName());
            account.ifPresentOrElse(this::load, this::clear);
        }
        return isSignedIn();
    }

    /** Takes up what changed in the account (e.g. its name) for the header and menus. */
    public void reload() {
        if (isSignedIn()) {
            accounts.find(getId()).ifPresent(this::load);
        }
    }

    private void load(Account account) {
        HttpSession session = request.getSession();
        session.setAttribute(
                SNAPSHOT, new Snapshot(account.getId(), account.getEmail(), account.getFullName(), account.getRoles()));
        dates.use(session, account.zoneOrNull());
        if (languageSwitch.wasChosen()) {
            accounts.changePreferredLanguage(account.getId(), languageSwitch.current());
        } else {
            languageSwitch.use(account.getPreferredLanguage());
        }
    }

    private void clear() {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SNAPSHOT) != null) {
            session.removeAttribute(SNAPSHOT);
            dates.forget(session);
        }
    }

    @Override
    public Language language() {
        return languageSwitch.current();
    }
}
