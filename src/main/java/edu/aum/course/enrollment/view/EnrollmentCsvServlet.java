package edu.aum.course.enrollment.view;

import edu.aum.course.account.api.Role;
import edu.aum.course.enrollment.api.CourseService;
import edu.aum.course.enrollment.api.EnrollmentService;
import edu.aum.course.enrollment.api.Offering;
import edu.aum.course.enrollment.control.EnrollmentCsv;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/** GET /admin/enrollments.csv?offering=ID: an offering's enrollments for Excel and scripts. */
@WebServlet("/admin/enrollments.csv")
@ServletSecurity(@HttpConstraint(rolesAllowed = Role.ADMIN_NAME))
public class EnrollmentCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CourseService courses;

    @Inject
    transient EnrollmentService enrollments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Offering> offering = id(request.getParameter("offering")).flatMap(courses::findOffering);
        if (offering.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var rows = enrollments.export(offering.get().getId());
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

    private static Optional<Long> id(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(Long.valueOf(value.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
