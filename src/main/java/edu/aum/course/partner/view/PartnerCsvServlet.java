package edu.aum.course.partner.view;

import edu.aum.course.account.api.AccountService;
import edu.aum.course.account.api.Role;
import edu.aum.course.enrollment.api.EnrollmentStatus;
import edu.aum.course.partner.control.PartnerAccess;
import edu.aum.course.partner.control.PartnerCsv;
import edu.aum.course.partner.control.PartnerEnrollmentService;
import edu.aum.course.partner.control.PartnerFilter;
import edu.aum.course.partner.control.Scope;
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

    @Inject
    transient LanguageSwitch language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var account = accounts.findByEmail(request.getUserPrincipal().getName());
        if (account.isEmpty()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Scope scope = access.ofStaff(account.get().getId());
        PartnerFilter filter;
        try {
            filter = filter(request);
        } catch (FilterParameters.Invalid invalid) {
            FilterParameters.refuse(response, language.current(request).locale(), invalid);
            return;
        }
        var rows = enrollments.export(scope, filter);
        response.setContentType(PartnerCsv.CONTENT_TYPE);
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\""
                        + PartnerCsv.fileName(access.universityOf(scope).getNameEn()) + "\"");
        response.setHeader("Cache-Control", "no-store");
        PartnerCsv.write(rows, response.getOutputStream());
    }

    /** The screen's filters, as its CSV link carries them (PartnerEnrollmentsBacking.getCsvQuery). */
    static PartnerFilter filter(HttpServletRequest request) {
        return new PartnerFilter(
                FilterParameters.id(request.getParameter("offering"), "offering"),
                FilterParameters.choice(request.getParameter("status"), EnrollmentStatus.class, "status"),
                FilterParameters.text(request.getParameter("text")),
                null);
    }
}
