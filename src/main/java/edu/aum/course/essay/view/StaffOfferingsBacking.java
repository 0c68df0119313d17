package edu.aum.course.essay.view;

import edu.aum.course.enrollment.api.CourseService;
import edu.aum.course.enrollment.api.Offering;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** /staff/offerings.xhtml: the offerings whose essay assignments instructors and administrators set. */
@Named
@RequestScoped
public class StaffOfferingsBacking {

    @Inject
    CourseService courses;

    private List<Offering> offerings;

    @PostConstruct
    void load() {
        offerings = courses.offerings();
    }

    public List<Offering> getOfferings() {
        return offerings;
    }
}
