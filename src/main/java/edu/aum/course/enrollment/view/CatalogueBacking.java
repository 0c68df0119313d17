package edu.aum.course.enrollment.view;

import edu.aum.course.enrollment.api.CourseService;
import edu.aum.course.enrollment.api.CourseService.OpenOffering;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The public catalogue: what one can enroll in today. */
@Named
@RequestScoped
public class CatalogueBacking {

    @Inject
    CourseService courses;

    private List<OpenOffering> offerings;

    @PostConstruct
    void load() {
        offerings = courses.catalogue();
    }

    public List<OpenOffering> getOfferings() {
        return offerings;
    }
}
