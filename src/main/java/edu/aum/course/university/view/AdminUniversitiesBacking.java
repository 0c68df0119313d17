package edu.aum.course.university.view;

import edu.aum.course.platform.faces.KeptInSession;
import edu.aum.course.university.api.University;
import edu.aum.course.university.api.UniversityService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** /admin/universities.xhtml: listed universities and the ones students named. */
@Named
@ViewScoped
public class AdminUniversitiesBacking extends KeptInSession {

    private static final long serialVersionUID = 1L;

    @Inject
    transient UniversityService universities;

    private List<University> all;
    private List<University> filtered;

    @PostConstruct
    void load() {
        all = universities.all();
    }

    public List<University> getAll() {
        return all;
    }

    public List<University> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<University> filtered) {
        this.filtered = filtered;
    }
}
