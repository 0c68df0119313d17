package edu.aum.course.certificate.view;

import edu.aum.course.account.api.ActiveUser;
import edu.aum.course.certificate.api.Certificate;
import edu.aum.course.certificate.control.CertificateService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The student's certificates on their home page, with downloads. */
@Named
@RequestScoped
public class StudentCertificatesBacking {

    @Inject
    CertificateService certificates;

    @Inject
    ActiveUser activeUser;

    private List<Certificate> mine;

    @PostConstruct
    void load() {
        mine = activeUser.isSignedIn() ? certificates.ofStudent(activeUser.getId()) : List.of();
    }

    public List<Certificate> getMine() {
        return mine;
    }
}
