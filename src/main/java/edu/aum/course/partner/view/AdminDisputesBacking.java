package edu.aum.course.partner.view;

import edu.aum.course.partner.control.PartnerEnrollmentService;
import edu.aum.course.partner.entity.AffiliationCheck;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** /admin/disputed.xhtml: enrollments whose home university disputes that the student studies there. */
@Named
@RequestScoped
public class AdminDisputesBacking {

    @Inject
    PartnerEnrollmentService enrollments;

    private List<AffiliationCheck> disputed;

    @PostConstruct
    void load() {
        disputed = enrollments.disputed();
    }

    public List<AffiliationCheck> getDisputed() {
        return disputed;
    }
}
