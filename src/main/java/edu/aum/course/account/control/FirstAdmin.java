package edu.aum.course.account.control;

import edu.aum.course.account.api.AccountService;
import edu.aum.course.account.api.Role;
import edu.aum.course.platform.cluster.StartupWork;
import edu.aum.course.platform.config.Settings;
import edu.aum.course.platform.health.StartupGuard;
import edu.aum.course.platform.i18n.Language;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.EnumSet;
import java.util.logging.Logger;

/**
 * A production start with no administrator creates one from ADMIN_EMAIL and ADMIN_PASSWORD; there
 * is no built-in password. Without them it says in the log how to create one.
 */
@Startup
@Singleton
@DependsOn({"Migrations", "DemoData"})
@Interceptors(StartupGuard.class)
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());

    @Inject
    Settings settings;

    @Inject
    AccountService accounts;

    @Inject
    StartupWork startup;

    /** In turn with other instances starting at once on the same database (StartupWork), which then find it made. */
    @PostConstruct
    void createIfNone() {
        if (!accounts.hasActiveAccountWithRole(Role.ADMIN)) {
            startup.inTurn("first administrator", this::create);
        }
    }

    private void create() {
        if (accounts.hasActiveAccountWithRole(Role.ADMIN)) {
            return;
        }
        var email = settings.adminEmail();
        var password = settings.adminPassword();
        if (email.isEmpty() || password.isEmpty()) {
            LOG.warning("There is no administrator yet. Set ADMIN_EMAIL and ADMIN_PASSWORD and restart to create one.");
            return;
        }
        var problem = PasswordPolicy.problem(password.get(), email.get());
        if (problem.isPresent()) {
            LOG.severe("ADMIN_PASSWORD is too weak (" + problem.get() + "): at least " + PasswordPolicy.MIN_LENGTH
                    + " characters, letters and other characters. No administrator was created.");
            return;
        }
        if (accounts.findByEmail(email.get()).isPresent()) {
            LOG.severe("ADMIN_EMAIL " + email.get() + " already belongs to an account; no administrator was created.");
            return;
        }
        accounts.create(
                email.get(), "Administrator", password.get().toCharArray(), Language.EN, EnumSet.of(Role.ADMIN));
        LOG.info("Created the first administrator " + email.get() + " from ADMIN_EMAIL and ADMIN_PASSWORD.");
    }
}
