package edu.aum.course.partner.view;

import edu.aum.course.account.api.AccountService;
import edu.aum.course.account.api.Role;
import edu.aum.course.enrollment.api.EnrollmentStatus;
import edu.aum.course.partner.control.PartnerAccess;
import edu.aum.course.partner.control.PartnerCsv;
import edu.aum.course.partner.control.PartnerEnrollmentService;
import edu.aum.course.partner.control.PartnerFilter;
import edu.aum.course.partner.control.Scope;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** GET /partner/students.csv?offering=&status=&text=: the staff member's university's students, as filtered. */
@WebServlet("/partner/students.csv")
@ServletSecurity(@HttpConstraint(rolesAllowed = Role.PARTNER_NAME))
public class PartnerCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountService accounts;

    @Inject
    transient PartnerAccess access;

    @Inject
    transient PartnerEnrollmentService enrollments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var account = accounts.findByEmail(request.getUserPrincipal().getName());
        if (account.isEmpty()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Scope scope = access.ofStaff(account.get().getId());
        PartnerFilter filter = new PartnerFilter(
                id(request.getParameter("offering")),
                status(request.getParameter("status")),
                request.getParameter("text"),
                null);
        var rows = enrollments.export(scope, filter);
        response.setContentType(PartnerCsv.CONTENT_TYPE);
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\""
                        + PartnerCsv.fileName(access.universityOf(scope).getNameEn()) + "\"");
        response.setHeader("Cache-Control", "no-store");
        PartnerCsv.write(rows, response.getOutputStream());
    }

    private static Long id(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static EnrollmentStatus status(String value) {
        try {
            return value == null || value.isBlank() ? null : EnrollmentStatus.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
