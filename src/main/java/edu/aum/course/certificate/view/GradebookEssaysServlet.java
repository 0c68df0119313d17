package edu.aum.course.certificate.view;

import edu.aum.course.account.api.ActiveUser;
import edu.aum.course.account.api.Role;
import edu.aum.course.certificate.control.GradebookService;
import edu.aum.course.essay.api.Assignment;
import edu.aum.course.essay.api.AssignmentService;
import edu.aum.course.platform.http.FilterParameters;
import edu.aum.course.platform.i18n.Language;
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

/**
 * GET /staff/gradebook-essays.zip?assignment=ID: the latest version of each essay of the assignment as an HTML
 * file, named by a code under blind marking (GradebookService.writeEssays); another team's assignment answers 404.
 */
@WebServlet("/staff/gradebook-essays.zip")
@ServletSecurity(@HttpConstraint(rolesAllowed = {Role.INSTRUCTOR_NAME, Role.ADMIN_NAME}))
public class GradebookEssaysServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient GradebookService gradebook;

    @Inject
    transient AssignmentService assignments;

    @Inject
    transient ActiveUser activeUser;

    @Inject
    transient LanguageSwitch languages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Language language = languages.current(request);
        long assignmentId;
        try {
            assignmentId = FilterParameters.requiredId(request.getParameter("assignment"), "assignment");
        } catch (FilterParameters.Invalid invalid) {
            FilterParameters.refuse(response, language.locale(), invalid);
            return;
        }
        Optional<Assignment> assignment = assignments.find(activeUser.getId(), assignmentId);
        if (assignment.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/zip");
        response.setHeader(
                "Content-Disposition", "attachment; filename=\"essays-assignment-" + assignmentId + ".zip\"");
        response.setHeader("Cache-Control", "private, no-store");
        gradebook.writeEssays(activeUser.getId(), assignment.get(), language, response.getOutputStream());
    }
}
