package edu.aum.course.account.view;

import edu.aum.course.account.api.AccountService;
import edu.aum.course.account.api.Role;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/** The administrator's home: who uses the system, by role. */
@Named
@RequestScoped
public class AdminHomeBacking {

    @Inject
    AccountService accounts;

    private Map<Role, Long> activeByRole;

    @PostConstruct
    void load() {
        activeByRole = accounts.countActiveByRole();
    }

    public Map<Role, Long> getActiveByRole() {
        return activeByRole;
    }

    public Role[] getRoles() {
        return Role.values();
    }
}
