package edu.aum.course.enrollment.view;

import edu.aum.course.enrollment.control.UniversityMerge;
import edu.aum.course.platform.faces.KeptInSession;
import edu.aum.course.platform.faces.Pages;
import edu.aum.course.university.api.University;
import edu.aum.course.university.api.UniversityService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** /admin/university-merge.xhtml?id=ID: a university a student named is a listed one after all. */
@Named
@ViewScoped
public class UniversityMergeBacking extends KeptInSession {

    private static final long serialVersionUID = 1L;

    @Inject
    transient UniversityService universities;

    @Inject
    transient UniversityMerge merging;

    private Long id;
    private University named;
    private List<University> listed;
    private Long targetId;

    /** f:viewAction */
    public void load() {
        named = id == null
                ? null
                : universities
                        .find(id)
                        .filter(u -> !u.isListed() && !u.isMerged())
                        .orElse(null);
        listed = universities.listed();
    }

    public String merge() {
        merging.merge(id, targetId);
        return Pages.redirect("/admin/universities", "admin.universityMerge.done", named.getNameEn());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public University getNamed() {
        return named;
    }

    public List<University> getListed() {
        return listed;
    }

    public Long getTargetId() {
        return targetId;
    }

    public void setTargetId(Long targetId) {
        this.targetId = targetId;
    }
}
