package edu.aum.course.account.api;

import edu.aum.course.account.control.AccountMails;
import edu.aum.course.account.control.AccountRules;
import edu.aum.course.account.control.PasswordHasher;
import edu.aum.course.account.entity.AccountStatus;
import edu.aum.course.platform.BusinessException;
import edu.aum.course.platform.i18n.Language;
import edu.aum.course.university.api.University;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Accounts: who exists, who may sign in, invitations, and what administrators do with accounts. */
@Stateless
public class AccountService {

    /** The roles an administrator creates accounts for; students register or are invited by enrollment. */
    public static final Set<Role> STAFF_ROLES = EnumSet.of(Role.INSTRUCTOR, Role.ADMIN, Role.PARTNER);

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    AccountMails mails;

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

    public Account get(long id) {
        return find(id).orElseThrow(() -> new BusinessException("account.notFound"));
    }

    /** What a session of an account checks at every request: may it still sign in, and since when. */
    public record SessionStanding(AccountStatus status, long epoch) {

        /** Whether a session signed in at this epoch may go on. */
        public boolean admits(long sessionEpoch) {
            return status == AccountStatus.ACTIVE && epoch == sessionEpoch;
        }
    }

    /** The standing of the account signed in with this e-mail; empty once the e-mail is no account's. */
    public Optional<SessionStanding> sessionStanding(String email) {
        return em.createNamedQuery(Account.SESSION_BY_EMAIL, Object[].class)
                .setParameter("email", Account.normalizeEmail(email))
                .getResultStream()
                .findFirst()
                .map(row -> new SessionStanding((AccountStatus) row[0], ((Number) row[1]).longValue()));
    }

    public Account create(String email, String fullName, char[] password, Language language, Set<Role> roles) {
        return store(new Account(email, fullName, hasher.hash(password), language, roles, now()));
    }

    public Account createPartnerStaff(
            String email, String fullName, char[] password, Language language, University university) {
        return store(
                Account.partnerStaff(email, fullName, hasher.hash(password), language, em.merge(university), now()));
    }

    /**
     * The student account of this e-mail: an existing one untouched, else a new one that signs in once
     * the person chooses a password through the mailed link (7 days). Runs in the caller's transaction;
     * an unusable e-mail or name is refused with a BusinessException that rolls it back.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Account inviteStudent(String email, String fullName, Language language) {
        String address = AccountRules.email(email);
        Optional<Account> existing = findByEmail(address);
        if (existing.isPresent()) {
            return existing.get();
        }
        Account account =
                store(Account.invited(address, AccountRules.name(fullName), language, EnumSet.of(Role.STUDENT), now()));
        mails.invitation(account);
        return account;
    }

    /** An administrator creates staff; they choose their password through the mailed link. */
    public Account inviteStaff(String email, String fullName, Language language, Role role, Long universityId) {
        if (!STAFF_ROLES.contains(role)) {
            throw new BusinessException("admin.users.create.roleRequired");
        }
        String address = AccountRules.email(email);
        String name = AccountRules.name(fullName);
        if (findByEmail(address).isPresent()) {
            throw new BusinessException("admin.users.create.emailTaken");
        }
        Account account = role == Role.PARTNER
                ? Account.invitedPartnerStaff(address, name, language, partnerUniversity(universityId), now())
                : Account.invited(address, name, language, EnumSet.of(role), now());
        store(account);
        mails.invitation(account);
        return account;
    }

    /** The account can no longer sign in, and its open sessions end at their next request. */
    public void deactivate(long accountId, long byAdminId) {
        if (accountId == byAdminId) {
            throw new BusinessException("admin.users.cannotDeactivateSelf");
        }
        Account account = get(accountId);
        if (account.canBeDeactivatedBy(byAdminId)) {
            account.deactivate();
        }
    }

    public void reactivate(long accountId) {
        Account account = get(accountId);
        if (account.isDeactivated()) {
            account.reactivate();
        }
    }

    public List<University> partnerUniversities() {
        return em.createQuery("SELECT u FROM University u WHERE u.partner = TRUE ORDER BY u.nameEn", University.class)
                .getResultList();
    }

    public void changePreferredLanguage(long accountId, Language language) {
        find(accountId).ifPresent(account -> account.changePreferredLanguage(language));
    }

    /** Sets the zone the person reads times in (demo data; people choose theirs under "My account"). */
    public void changeTimeZone(long accountId, java.time.ZoneId zone) {
        find(accountId).ifPresent(account -> account.changeTimeZone(zone));
    }

    public boolean hasActiveAccountWithRole(Role role) {
        return em.createNamedQuery(Account.COUNT_ACTIVE_WITH_ROLE, Long.class)
                        .setParameter("role", role)
                        .getSingleResult()
                > 0;
    }

    public Map<Role, Long> countActiveByRole() {
        Map<Role, Long> counts = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            counts.put(role, 0L);
        }
        em.createNamedQuery(Account.COUNT_BY_ROLE, Object[].class)
                .getResultList()
                .forEach(row -> counts.put((Role) row[0], (Long) row[1]));
        return counts;
    }

    public List<Account> all() {
        return em.createNamedQuery(Account.ALL_BY_NAME, Account.class).getResultList();
    }

    /** A page of accounts by name; text (in the name or e-mail) and role are optional filters. */
    public List<Account> page(String text, Role role, int first, int size) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Account> query = cb.createQuery(Account.class);
        Root<Account> account = query.from(Account.class);
        query.where(filters(cb, query, account, text, role))
                .orderBy(cb.asc(account.get("fullName")), cb.asc(account.get("id")));
        return em.createQuery(query).setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count(String text, Role role) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Account> account = query.from(Account.class);
        query.select(cb.count(account)).where(filters(cb, query, account, text, role));
        return em.createQuery(query).getSingleResult();
    }

    private static Predicate[] filters(
            CriteriaBuilder cb, CriteriaQuery<?> query, Root<Account> account, String text, Role role) {
        List<Predicate> predicates = new ArrayList<>();
        if (text != null && !text.isBlank()) {
            String pattern =
                    "%" + text.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
            predicates.add(
                    cb.or(cb.like(cb.lower(account.get("fullName")), pattern), cb.like(account.get("email"), pattern)));
        }
        if (role != null) {
            var withRole = query.subquery(Long.class);
            Root<Account> same = withRole.from(Account.class);
            withRole.select(same.get("id")).where(cb.equal(same.join("roles"), role));
            predicates.add(account.get("id").in(withRole));
        }
        return predicates.toArray(Predicate[]::new);
    }

    private University partnerUniversity(Long universityId) {
        return Optional.ofNullable(universityId)
                .map(id -> em.find(University.class, id))
                .filter(University::isPartner)
                .orElseThrow(() -> new BusinessException("admin.users.create.universityRequired"));
    }

    private Account store(Account account) {
        em.persist(account);
        em.flush(); // IDENTITY: callers (a bulk enrollment) use the id at once
        return account;
    }

    private Instant now() {
        return clock.instant();
    }
}
