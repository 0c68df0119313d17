package edu.aum.course.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.account.api.Account;
import edu.aum.course.account.api.AccountService;
import edu.aum.course.account.api.Role;
import edu.aum.course.platform.config.Settings;
import edu.aum.course.platform.i18n.Language;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FirstAdminTest {

    private final List<Account> created = new ArrayList<>();
    private final List<Account> existing = new ArrayList<>();

    @Test
    void aStartWithoutAnAdminCreatesOneFromTheEnvironment() {
        firstAdmin("root@aum.ru", "a-long-enough-1").createIfNone();

        assertEquals(1, created.size());
        assertEquals("root@aum.ru", created.get(0).getEmail());
        assertEquals(EnumSet.of(Role.ADMIN), created.get(0).getRoles());
    }

    @Test
    void withoutTheSettingsNobodyIsCreated() {
        firstAdmin(null, null).createIfNone();
        firstAdmin("root@aum.ru", null).createIfNone();
        firstAdmin(null, "a-long-enough-1").createIfNone();

        assertTrue(created.isEmpty());
    }

    @Test
    void aWeakPasswordCreatesNobody() {
        firstAdmin("root@aum.ru", "admin").createIfNone();

        assertTrue(created.isEmpty());
    }

    @Test
    void anExistingAdminIsKept() {
        existing.add(account("boss@aum.ru", Role.ADMIN));

        firstAdmin("root@aum.ru", "a-long-enough-1").createIfNone();

        assertTrue(created.isEmpty());
    }

    @Test
    void anEmailThatBelongsToSomeoneElseCreatesNobody() {
        existing.add(account("root@aum.ru", Role.STUDENT));

        firstAdmin("root@aum.ru", "a-long-enough-1").createIfNone();

        assertTrue(created.isEmpty());
    }

    private FirstAdmin firstAdmin(String email, String password) {
        Settings settings = new Settings() {
            @Override
            public Optional<String> adminEmail() {
                return Optional.ofNullable(email);
            }

            @Override
            public Optional<String> adminPassword() {
                return Optional.ofNullable(password);
            }
        };
        FirstAdmin firstAdmin = new FirstAdmin();
        firstAdmin.settings = settings;
        firstAdmin.startup = new edu.aum.course.platform.cluster.StartupWork() {
            @Override
            public void inTurn(String what, Runnable work) {
                work.run(); // one instance: nobody to wait for (the turn itself: ClusterOnceServiceIT)
            }
        };
        firstAdmin.accounts = new AccountService() {
            @Override
            public boolean hasActiveAccountWithRole(Role role) {
                return existing.stream().anyMatch(a -> a.getRoles().contains(role));
            }

            @Override
            public Optional<Account> findByEmail(String value) {
                return existing.stream().filter(a -> a.getEmail().equals(value)).findFirst();
            }

            @Override
            public Account create(String value, String name, char[] secret, Language language, Set<Role> roles) {
                Account account = new Account(value, name, "hash", language, roles, Instant.now());
                created.add(account);
                return account;
            }
        };
        return firstAdmin;
    }

    private static Account account(String email, Role role) {
        return new Account(email, "Someone", "hash", Language.EN, EnumSet.of(role), Instant.now());
    }
}
