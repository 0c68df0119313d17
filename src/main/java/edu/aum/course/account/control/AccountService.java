package edu.aum.course.account.control;

import edu.aum.course.account.entity.Account;
import edu.aum.course.account.entity.Role;
import edu.aum.course.enrollment.entity.University;
import edu.aum.course.platform.i18n.Language;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Accounts: who exists, who may sign in, and their preferences. */
@Stateless
public class AccountService {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    public Optional<Account> findByEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class)
                .setParameter("email", Account.normalizeEmail(email))
                .getResultStream()
                .findFirst();
    }

    public Optional<Account> find(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    /** The account whose e-mail and password match, if it may sign in. */
    public Optional<Account> authenticate(String email, char[] password) {
        Optional<Account> account = findByEmail(email);
        if (account.isEmpty()) {
            hasher.verifyNothing(password);
            return Optional.empty();
        }
        return account.filter(a -> hasher.verify(password, a.getPasswordHash()))
                .filter(Account::canSignIn);
    }

    public Account create(String email, String fullName, char[] password, Language language, Set<Role> roles) {
        return store(new Account(email, fullName, hasher.hash(password), language, roles, now()));
    }

    public Account createPartnerStaff(String email, String fullName, char[] password, Language language,
            University university) {
        return store(Account.partnerStaff(email, fullName, hasher.hash(password), language,
                em.merge(university), now()));
    }

    public void changePreferredLanguage(long accountId, Language language) {
        find(accountId).ifPresent(account -> account.changePreferredLanguage(language));
    }

    public boolean hasActiveAccountWithRole(Role role) {
        return em.createNamedQuery(Account.COUNT_ACTIVE_WITH_ROLE, Long.class)
                .setParameter("role", role)
                .getSingleResult() > 0;
    }

    public Map<Role, Long> countActiveByRole() {
        Map<Role, Long> counts = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            counts.put(role, 0L);
        }
        em.createNamedQuery(Account.COUNT_BY_ROLE, Object[].class).getResultList()
                .forEach(row -> counts.put((Role) row[0], (Long) row[1]));
        return counts;
    }

    public List<Account> all() {
        return em.createNamedQuery(Account.ALL_BY_NAME, Account.class).getResultList();
    }

    private Account store(Account account) {
        em.persist(account);
        return account;
    }

    private Instant now() {
        return clock.instant();
    }
}
