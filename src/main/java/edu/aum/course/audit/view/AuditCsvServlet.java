package edu.aum.course.audit.view;

import edu.aum.course.account.api.Role;
import edu.aum.course.audit.control.AuditReport;
import edu.aum.course.audit.control.AuditSearch;
import edu.aum.course.platform.http.FilterParameters;
import edu.aum.course.platform.i18n.Dates;
import edu.aum.course.platform.i18n.LanguageSwitch;
import edu.aum.course.platform.text.CsvWriter;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * GET /admin/audit.csv?person=&offering=&essay=&certificate=&type=&from=&to=: the audit log's lines that the
 * screen's filters find, newest first.
 */
@WebServlet("/admin/audit.csv")
@ServletSecurity(@HttpConstraint(rolesAllowed = Role.ADMIN_NAME))
public class AuditCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AuditReport report;

    @Inject
    transient Dates dates;

    @Inject
    transient LanguageSwitch language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AuditSearch search;
        try {
            search = AuditSearch.fromQuery(request::getParameter);
        } catch (FilterParameters.Invalid invalid) {
            FilterParameters.refuse(response, language.current(request).locale(), invalid);
            return;
        }
        response.setContentType(CsvWriter.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"audit-log.csv\"");
        response.setHeader("Cache-Control", "no-store");
        report.export(search, dates.zone(request), response.getOutputStream());
    }
}
