package edu.aum.course.partner.view;

import edu.aum.course.account.api.AccountService;
import edu.aum.course.account.api.ActiveUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Partner staff's home: the university whose students they follow. */
@Named
@RequestScoped
public class PartnerHomeBacking {

    @Inject
    ActiveUser activeUser;

    @Inject
    AccountService accounts;

    private String universityName;

    @PostConstruct
    void load() {
        universityName = accounts.find(activeUser.getId())
                .map(account -> account.getUniversity())
                .map(university -> university.name(activeUser.language()))
                .orElse("");
    }

    public String getUniversityName() {
        return universityName;
    }
}
