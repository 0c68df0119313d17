package edu.aum.course.account.view;

import edu.aum.course.account.control.AccountService;
import edu.aum.course.account.entity.Account;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The list of accounts an administrator browses. */
@Named
@ViewScoped
public class AdminUsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountService accounts;

    private List<Account> all;
    private List<Account> filtered;

    @PostConstruct
    void load() {
        all = accounts.all();
    }

    public List<Account> getAll() {
        return all;
    }

    public List<Account> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<Account> filtered) {
        this.filtered = filtered;
    }
}
