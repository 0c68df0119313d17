package edu.aum.course.certificate.view;

import edu.aum.course.account.api.Role;
import edu.aum.course.certificate.api.Certificate;
import edu.aum.course.certificate.control.CertificateService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/** GET /admin/certificate.pdf?serial=S: any certificate's PDF exactly as issued, for an admin. */
@WebServlet("/admin/certificate.pdf")
@ServletSecurity(@HttpConstraint(rolesAllowed = Role.ADMIN_NAME))
public class AdminCertificateServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CertificateService certificates;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Certificate> certificate =
                certificates.findBySerial(request.getParameter("serial")).flatMap(c -> certificates.withPdf(c.getId()));
        if (certificate.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PdfResponses.send(response, certificate.get(), true);
    }
}
