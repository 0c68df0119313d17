package edu.aum.course.certificate.view;

import edu.aum.course.account.api.ActiveUser;
import edu.aum.course.account.api.Role;
import edu.aum.course.certificate.control.EligibilityFilter;
import edu.aum.course.certificate.control.GradebookService;
import edu.aum.course.certificate.control.GradebookSheet;
import edu.aum.course.certificate.control.GradebookSort;
import edu.aum.course.certificate.control.StandingFilter;
import edu.aum.course.enrollment.api.Offering;
import edu.aum.course.platform.http.FilterParameters;
import edu.aum.course.platform.i18n.Language;
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
import java.util.Optional;

/**
 * GET /staff/gradebook.csv and /staff/gradebook.xlsx ?offering=ID&text=&standing=&sort=: the gradebook as the screen filters
 * and orders it, every page, in the reader's language; another team's offering answers 404, as an unknown one.
 */
@WebServlet({"/staff/gradebook.csv", "/staff/gradebook.xlsx"})
@ServletSecurity(@HttpConstraint(rolesAllowed = {Role.INSTRUCTOR_NAME, Role.ADMIN_NAME}))
public class GradebookExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient GradebookService gradebook;

    @Inject
    transient ActiveUser activeUser;

    @Inject
    transient LanguageSwitch languages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Language language = languages.current(request);
        long offeringId;
        String text;
        StandingFilter standing;
        GradebookSort sort;
        try {
            offeringId = FilterParameters.requiredId(request.getParameter("offering"), "offering");
            text = FilterParameters.text(request.getParameter("text"));
            standing = FilterParameters.choice(request.getParameter("standing"), StandingFilter.class, "standing");
            sort = FilterParameters.choice(request.getParameter("sort"), GradebookSort.class, "sort");
        } catch (FilterParameters.Invalid invalid) {
            FilterParameters.refuse(response, language.locale(), invalid);
            return;
        }
        long actor = activeUser.getId();
        Optional<Offering> offering = gradebook.find(actor, offeringId);
        if (offering.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean xlsx = request.getServletPath().endsWith(".xlsx");
        response.setContentType(xlsx ? GradebookSheet.XLSX_TYPE : CsvWriter.CONTENT_TYPE);
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"gradebook-"
                        + offering.get().getCourse().getCode().replaceAll("[^A-Za-z0-9-]", "_") + "-"
                        + offering.get().getSchedule().getStartsOn() + (xlsx ? ".xlsx" : ".csv") + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        GradebookSort order = sort == null ? GradebookSort.NAME_ASC : sort;
        EligibilityFilter filter = new EligibilityFilter(text, standing);
        if (xlsx) {
            gradebook.writeXlsx(actor, offeringId, filter, order, language, response.getOutputStream());
        } else {
            gradebook.writeCsv(actor, offeringId, filter, order, language, response.getOutputStream());
        }
    }
}
