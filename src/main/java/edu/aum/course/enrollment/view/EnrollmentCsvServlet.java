package edu.aum.course.enrollment.view;

import edu.aum.course.account.api.Role;
import edu.aum.course.enrollment.api.CourseService;
import edu.aum.course.enrollment.api.EnrollmentService;
import edu.aum.course.enrollment.api.EnrollmentStatus;
import edu.aum.course.enrollment.api.Offering;
import edu.aum.course.enrollment.control.EnrollmentCsv;
import edu.aum.course.enrollment.control.EnrollmentFilter;
import edu.aum.course.platform.http.FilterParameters;
import edu.aum.course.platform.i18n.LanguageSwitch;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/** GET /admin/enrollments.csv?offering=ID&status=&text=: an offering's enrollments as the screen filters them. */
@WebServlet("/admin/enrollments.csv")
@ServletSecurity(@HttpConstraint(rolesAllowed = Role.ADMIN_NAME))
public class EnrollmentCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CourseService courses;

    @Inject
    transient EnrollmentService enrollments;

    @Inject
    transient LanguageSwitch language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long offeringId;
        EnrollmentFilter filter;
        try {
            offeringId = FilterParameters.requiredId(request.getParameter("offering"), "offering");
            filter = new EnrollmentFilter(
                    FilterParameters.choice(request.getParameter("status"), EnrollmentStatus.class, "status"),
                    FilterParameters.text(request.getParameter("text")));
        } catch (FilterParameters.Invalid invalid) {
            FilterParameters.refuse(response, language.current(request).locale(), invalid);
            return;
        }
        Optional<Offering> offering = courses.findOffering(offeringId);
        if (offering.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var rows = enrollments.export(offeringId, filter);
        response.setContentType(EnrollmentCsv.CONTENT_TYPE);
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\""
                        + EnrollmentCsv.fileName(
                                offering.get().getCourse().getCode(),
                                offering.get().getSchedule().getStartsOn())
                        + "\"");
        response.setHeader("Cache-Control", "no-store");
        EnrollmentCsv.write(rows, response.getOutputStream());
    }
}
