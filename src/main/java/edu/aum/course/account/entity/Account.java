package edu.aum.course.account.entity;

import edu.aum.course.enrollment.entity.University;
import edu.aum.course.platform.i18n.Language;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
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
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** A person who signs in, with the roles that decide what they may do. */
@Entity
@Table(name = "users")
@NamedQuery(name = Account.FIND_BY_EMAIL, query = "SELECT a FROM Account a WHERE a.email = :email")
@NamedQuery(name = Account.COUNT_BY_ROLE,
        query = "SELECT r, COUNT(a) FROM Account a JOIN a.roles r WHERE a.active = TRUE GROUP BY r")
@NamedQuery(name = Account.COUNT_ACTIVE_WITH_ROLE,
        query = "SELECT COUNT(a) FROM Account a JOIN a.roles r WHERE a.active = TRUE AND r = :role")
@NamedQuery(name = Account.ALL_BY_NAME, query = "SELECT a FROM Account a ORDER BY a.fullName, a.id")
public class Account {

    public static final String FIND_BY_EMAIL = "Account.findByEmail";
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

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_language", nullable = false, length = 2)
    private Language preferredLanguage;

    @Column(nullable = false)
    private boolean active = true;

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

    @Version
    private long version;

    protected Account() {
        // for JPA
    }

    public Account(String email, String fullName, String passwordHash, Language language, Set<Role> roles,
            Instant now) {
        this.email = normalizeEmail(email);
        this.fullName = requireName(fullName);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.preferredLanguage = Objects.requireNonNull(language);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("An account needs at least one role");
        }
        this.roles = EnumSet.copyOf(roles);
        this.createdAt = Objects.requireNonNull(now);
    }

    /** Partner staff belong to exactly one partner university. */
    public static Account partnerStaff(String email, String fullName, String passwordHash, Language language,
            University university, Instant now) {
        if (!university.isPartner()) {
            throw new IllegalArgumentException(university.getNameEn() + " is not a partner university");
        }
        Account account = new Account(email, fullName, passwordHash, language, EnumSet.of(Role.PARTNER), now);
        account.university = university;
        return account;
    }

    public static String normalizeEmail(String email) {
        if (email == null || email.isBlank()) {
            throw new IllegalArgumentException("e-mail is required");
        }
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name is required");
        }
        return name.strip();
    }

    public void changePreferredLanguage(Language language) {
        this.preferredLanguage = Objects.requireNonNull(language);
    }

    public boolean canSignIn() {
        return active;
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

    public boolean isActive() {
        return active;
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
}
