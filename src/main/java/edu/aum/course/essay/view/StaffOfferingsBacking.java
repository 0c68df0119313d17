package edu.aum.course.essay.view;

import edu.aum.course.account.api.ActiveUser;
import edu.aum.course.enrollment.api.CourseService;
import edu.aum.course.enrollment.api.Offering;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** /staff/offerings.xhtml: the offerings the reader works on (an instructor's teams', an admin's all). */
@Named
@RequestScoped
public class StaffOfferingsBacking {

    @Inject
    CourseService courses;

    @Inject
    ActiveUser activeUser;

    private List<Offering> offerings;

    @PostConstruct
    void load() {
        offerings = courses.offerings(courses.teaching(activeUser.getId()));
    }

    public List<Offering> getOfferings() {
        return offerings;
    }
}
