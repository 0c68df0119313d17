package edu.aum.course.enrollment.view;

import edu.aum.course.enrollment.api.Course;
import edu.aum.course.enrollment.api.CourseService;
import edu.aum.course.platform.faces.KeptInSession;
import edu.aum.course.platform.faces.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** /admin/course.xhtml[?id=ID]: a new course, or changes to one (optimistically locked). */
@Named
@ViewScoped
public class CourseEditBacking extends KeptInSession {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CourseService courses;

    private Long id;
    private long version;
    private String code;
    private String titleEn;
    private String titleRu;
    private String descriptionEn;
    private String descriptionRu;

    /** f:viewAction */
    public void load() {
        if (id != null) {
            courses.findCourse(id).ifPresent(this::fill);
        }
    }

    private void fill(Course course) {
        version = course.getVersion();
        code = course.getCode();
        titleEn = course.getTitleEn();
        titleRu = course.getTitleRu();
        descriptionEn = course.getDescriptionEn();
        descriptionRu = course.getDescriptionRu();
    }

    public String save() {
        Course saved = id == null
                ? courses.addCourse(code, titleEn, titleRu, descriptionEn, descriptionRu)
                : courses.editCourse(id, version, code, titleEn, titleRu, descriptionEn, descriptionRu);
        return Pages.redirect("/admin/course?id=" + saved.getId(), "admin.course.saved", saved.getCode());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getTitleRu() {
        return titleRu;
    }

    public void setTitleRu(String titleRu) {
        this.titleRu = titleRu;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public String getDescriptionRu() {
        return descriptionRu;
    }

    public void setDescriptionRu(String descriptionRu) {
        this.descriptionRu = descriptionRu;
    }
}
