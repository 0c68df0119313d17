package edu.aum.course.account.api;

import edu.aum.course.account.entity.AccountStatus;
import edu.aum.course.account.entity.EmailAddress;
import edu.aum.course.account.entity.PersonName;
import edu.aum.course.platform.BusinessException;
import edu.aum.course.platform.i18n.Language;
import edu.aum.course.platform.i18n.TimeZones;
import edu.aum.course.university.api.University;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** A person who signs in, with the roles that decide what they may do. */
@Entity
@Table(name = "users")
@EntityListeners(edu.aum.course.account.control.SessionStandings.OnAccountChange.class)
@NamedQuery(name = Account.FIND_BY_EMAIL, query = "SELECT a FROM Account a WHERE a.email = :email")
@NamedQuery(
        name = Account.SESSION_BY_EMAIL,
        query = "SELECT a.status, a.sessionEpoch FROM Account a WHERE a.email = :email")
@NamedQuery(
        name = Account.COUNT_BY_ROLE,
        query = "SELECT r, COUNT(a) FROM Account a JOIN a.roles r"
                + " WHERE a.status = edu.aum.course.account.entity.AccountStatus.ACTIVE GROUP BY r")
@NamedQuery(
        name = Account.COUNT_ACTIVE_WITH_ROLE,
        query = "SELECT COUNT(a) FROM Account a JOIN a.roles r"
                + " WHERE a.status = edu.aum.course.account.entity.AccountStatus.ACTIVE AND r = :role")
@NamedQuery(name = Account.ALL_BY_NAME, query = "SELECT a FROM Account a ORDER BY a.fullName, a.id")
public class Account implements java.io.Serializable {

    public static final String FIND_BY_EMAIL = "Account.findByEmail";
    public static final String SESSION_BY_EMAIL = "Account.sessionByEmail";
    public static final String COUNT_BY_ROLE = "Account.countByRole";
    public static final String COUNT_ACTIVE_WITH_ROLE = "Account.countActiveWithRole";
    public static final String ALL_BY_NAME = "Account.allByName";

    public static final int EMAIL_MAX = 254;
    public static final int NAME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = EMAIL_MAX)
    private String email;

    /** As the person wants it on a certificate, in any script. */
    @Column(name = "full_name", nullable = false, length = NAME_MAX)
    private String fullName;

    /** Empty while an invited person has not chosen a password. */
    @Column(name = "password_hash", length = 512)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_language", nullable = false, length = 2)
    private Language preferredLanguage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AccountStatus status = AccountStatus.ACTIVE;

    /** When the person last proved they read mail at this address; empty until then. */
    @Column(name = "email_confirmed_at")
    private Instant emailConfirmedAt;

    /** The university partner staff work for; empty for everyone else. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "university_id")
    private University university;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_roles", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /**
     * Copied into a session at sign-in; raised when the password or e-mail changes or the account is
     * deactivated, which ends every session that carries an older one (SessionGuard).
     */
    @Column(name = "session_epoch", nullable = false)
    private long sessionEpoch;

    /** Whether reminders before due dates are mailed ("My account"); on unless the person turned them off. */
    @Column(name = "reminders_wanted", nullable = false)
    private boolean remindersWanted = true;

    /** A tz database id (America/New_York) in which the person reads every time; null: the course's zone. */
    @Column(name = "time_zone", length = 64)
    private String timeZone;

    @Version
    private long version;

    protected Account() {
        // for JPA
    }

    /** An account that may sign in at once (first administrator, demo accounts). */
    public Account(
            String email, String fullName, String passwordHash, Language language, Set<Role> roles, Instant now) {
        this(email, fullName, Objects.requireNonNull(passwordHash), language, roles, AccountStatus.ACTIVE, now);
        this.emailConfirmedAt = now;
    }

    private Account(
            String email,
            String fullName,
            String passwordHash,
            Language language,
            Set<Role> roles,
            AccountStatus status,
            Instant now) {
        this.email = EmailAddress.require(email);
        this.fullName = PersonName.require(fullName);
        this.passwordHash = passwordHash;
        this.preferredLanguage = Objects.requireNonNull(language);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("An account needs at least one role");
        }
        this.roles = EnumSet.copyOf(roles);
        this.status = status;
        this.createdAt = Objects.requireNonNull(now);
    }

    /** A student who registered themself: signs in once they confirm their e-mail. */
    public static Account registeredStudent(
            String email, String fullName, String passwordHash, Language language, Instant now) {
        return new Account(
                email,
                fullName,
                Objects.requireNonNull(passwordHash),
                language,
                EnumSet.of(Role.STUDENT),
                AccountStatus.PENDING_CONFIRMATION,
                now);
    }

    /** Someone another person signed up: signs in once they choose a password through the invitation. */
    public static Account invited(String email, String fullName, Language language, Set<Role> roles, Instant now) {
        if (roles.contains(Role.PARTNER)) {
            throw new IllegalArgumentException("Partner staff are invited with their university");
        }
        return new Account(email, fullName, null, language, roles, AccountStatus.INVITED, now);
    }

    public static Account invitedPartnerStaff(
            String email, String fullName, Language language, University university, Instant now) {
        Account account =
                new Account(email, fullName, null, language, EnumSet.of(Role.PARTNER), AccountStatus.INVITED, now);
        account.university = requirePartner(university);
        return account;
    }

    /** Partner staff belong to exactly one partner university. */
    public static Account partnerStaff(
            String email, String fullName, String passwordHash, Language language, University university, Instant now) {
        Account account = new Account(email, fullName, passwordHash, language, EnumSet.of(Role.PARTNER), now);
        account.university = requirePartner(university);
        return account;
    }

    private static University requirePartner(University university) {
        if (!university.isPartner()) {
            throw new IllegalArgumentException(university.getNameEn() + " is not a partner university");
        }
        return university;
    }

    public static String normalizeEmail(String email) {
        if (email == null || email.isBlank()) {
            throw new IllegalArgumentException("e-mail is required");
        }
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** The person's own choice under "My account"; the essay feature reads it before it mails a reminder. */
    public void wantReminders(boolean wanted) {
        this.remindersWanted = wanted;
    }

    public boolean isRemindersWanted() {
        return remindersWanted;
    }

    /** The person's own zone ("My account", registration); null goes back to the course's zone. */
    public void changeTimeZone(ZoneId zone) {
        this.timeZone = zone == null ? null : zone.getId();
    }

    /** The zone the person reads times in, if they chose one (else the course's, Dates.courseZone()). */
    public Optional<ZoneId> timeZone() {
        return TimeZones.selectable(timeZone);
    }

    /** The same for a mail's formatter: null when the person chose none (Dates then uses the course's). */
    public ZoneId zoneOrNull() {
        return timeZone().orElse(null);
    }

    public void changePreferredLanguage(Language language) {
        this.preferredLanguage = Objects.requireNonNull(language);
    }

    /** The registered student followed the confirmation link. */
    public void confirmEmail(Instant now) {
        if (status != AccountStatus.PENDING_CONFIRMATION) {
            throw new IllegalStateException("Account " + id + " is " + status + ", not waiting for a confirmation");
        }
        moveTo(AccountStatus.ACTIVE);
        emailConfirmedAt = now;
    }

    /**
     * A new password through a link mailed to this address (reset or invitation): the link also proves
     * the address, so an invited or unconfirmed account becomes active.
     */
    public void choosePasswordFromMail(String newHash, Instant now) {
        if (status == AccountStatus.DEACTIVATED) {
            throw new IllegalStateException("Account " + id + " is deactivated");
        }
        passwordHash = Objects.requireNonNull(newHash);
        emailConfirmedAt = now;
        sessionEpoch++;
        if (status != AccountStatus.ACTIVE) {
            moveTo(AccountStatus.ACTIVE);
        }
    }

    /** The signed-in person chose a new password (the service checked the current one). */
    public void changePassword(String newHash) {
        passwordHash = Objects.requireNonNull(newHash);
        sessionEpoch++;
    }

    /** A new name; the service that renames announces it (AccountRenamed) to the copies kept for sorting. */
    public void rename(String newName) {
        fullName = PersonName.require(newName);
    }

    /** The new address was confirmed through a link sent to it. */
    public void changeEmail(String newEmail, Instant now) {
        email = EmailAddress.require(newEmail);
        emailConfirmedAt = now;
        sessionEpoch++;
    }

    /**
     * An administrator changed the address (AdminAccounts tells both addresses): the person signs in with the new
     * one, so open sessions end.
     */
    public void changeEmailByAdmin(String newEmail) {
        email = EmailAddress.require(newEmail);
        sessionEpoch++;
    }

    /**
     * An administrator gives the account these roles: at least one; partner staff belong to one partner university
     * and hold no other role; other roles belong to no university. An administrator cannot take their own admin role
     * (that locks them out). Open sessions end, so the next sign-in carries the new roles. Answers whether anything
     * changed.
     */
    public boolean changeRoles(Set<Role> newRoles, University partnerUniversity, long byAdminId) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new BusinessException("admin.users.roleRequired");
        }
        if (newRoles.contains(Role.PARTNER)
                && (newRoles.size() > 1 || partnerUniversity == null || !partnerUniversity.isPartner())) {
            throw new BusinessException(
                    newRoles.size() > 1 ? "admin.users.partnerAlone" : "admin.users.create.universityRequired");
        }
        if (Long.valueOf(byAdminId).equals(id) && roles.contains(Role.ADMIN) && !newRoles.contains(Role.ADMIN)) {
            throw new BusinessException("admin.users.cannotDemoteSelf");
        }
        University newUniversity = newRoles.contains(Role.PARTNER) ? partnerUniversity : null;
        boolean sameUniversity = newUniversity == null
                ? university == null
                : university != null && newUniversity.getId().equals(university.getId());
        if (roles.equals(newRoles) && sameUniversity) {
            return false;
        }
        roles = EnumSet.copyOf(newRoles);
        university = newUniversity;
        sessionEpoch++;
        return true;
    }

    public void deactivate() {
        moveTo(AccountStatus.DEACTIVATED);
        sessionEpoch++;
    }

    /** Back to where it stood: waiting for a password or a confirmation, or active. */
    public void reactivate() {
        if (status != AccountStatus.DEACTIVATED) {
            throw new IllegalStateException("Account " + id + " is " + status + ", not deactivated");
        }
        if (passwordHash == null) {
            moveTo(AccountStatus.INVITED);
        } else {
            moveTo(emailConfirmedAt == null ? AccountStatus.PENDING_CONFIRMATION : AccountStatus.ACTIVE);
        }
    }

    private void moveTo(AccountStatus target) {
        if (!status.canChangeTo(target)) {
            throw new IllegalStateException("Account " + id + " cannot change from " + status + " to " + target);
        }
        status = target;
    }

    public boolean isDeactivated() {
        return status == AccountStatus.DEACTIVATED;
    }

    /** Whether this administrator may deactivate it: not deactivated yet, nor their own (that locks them out). */
    public boolean canBeDeactivatedBy(long adminId) {
        return !isDeactivated() && !Long.valueOf(adminId).equals(id);
    }

    public boolean canSignIn() {
        return status == AccountStatus.ACTIVE && passwordHash != null;
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }

    public Role landingRole() {
        return Role.landing(roles);
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getFullName() {
        return fullName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Language getPreferredLanguage() {
        return preferredLanguage;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public boolean isActive() {
        return status == AccountStatus.ACTIVE;
    }

    public Instant getEmailConfirmedAt() {
        return emailConfirmedAt;
    }

    public long getVersion() {
        return version;
    }

    public University getUniversity() {
        return university;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getSessionEpoch() {
        return sessionEpoch;
    }
}
