package edu.aum.course.enrollment.view;

import edu.aum.course.enrollment.api.Course;
import edu.aum.course.enrollment.api.CourseService;
import edu.aum.course.enrollment.api.Offering;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** /admin/courses.xhtml and /admin/offerings.xhtml: what exists. */
@Named
@RequestScoped
public class AdminCoursesBacking {

    @Inject
    CourseService courses;

    private List<Course> all;
    private List<Offering> offerings;

    @PostConstruct
    void load() {
        all = courses.courses();
        offerings = courses.offerings();
    }

    public List<Course> getAll() {
        return all;
    }

    public List<Offering> getOfferings() {
        return offerings;
    }
}
