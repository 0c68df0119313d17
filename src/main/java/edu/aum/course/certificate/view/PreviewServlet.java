package edu.aum.course.certificate.view;

import edu.aum.course.account.api.Role;
import edu.aum.course.certificate.control.CertificateRefused;
import edu.aum.course.certificate.control.IssuanceService;
import edu.aum.course.platform.BusinessException;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * GET /admin/certificate-preview.pdf?enrollment=ID: an eligible student's certificate as it would be issued
 * today, unsigned and with the serial 0000-0000-0000, opened in the browser; nothing is stored. When it
 * cannot be made, the admin's page of problems says why.
 */
@WebServlet("/admin/certificate-preview.pdf")
@ServletSecurity(@HttpConstraint(rolesAllowed = Role.ADMIN_NAME))
public class PreviewServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient IssuanceService issuance;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        Optional<Long> enrollment = PdfResponses.id(request.getParameter("enrollment"));
        if (enrollment.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            PdfResponses.send(response, issuance.preview(enrollment.get()), "certificate-preview.pdf", true);
        } catch (BusinessException e) {
            refused(request, response, e.key(), e.arguments());
        } catch (CertificateRefused e) {
            refused(
                    request,
                    response,
                    e.problems().get(0).key(),
                    e.problems().get(0).arguments().toArray());
        }
    }

    private static void refused(
            HttpServletRequest request, HttpServletResponse response, String key, Object[] arguments)
            throws IOException, ServletException {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        request.setAttribute("problemKey", key);
        request.setAttribute("problemArguments", arguments);
        request.getRequestDispatcher("/admin/certificate-problem.xhtml").forward(request, response);
    }
}
