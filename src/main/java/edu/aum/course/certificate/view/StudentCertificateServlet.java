package edu.aum.course.certificate.view;

import edu.aum.course.account.api.ActiveUser;
import edu.aum.course.account.api.Role;
import edu.aum.course.certificate.api.Certificate;
import edu.aum.course.certificate.api.CertificateStatus;
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

/**
 * GET /student/certificate.pdf?serial=S: the student's own certificate in force, as issued; someone else's, or a
 * revoked or superseded one (which the home page no longer offers), is as good as missing.
 */
@WebServlet("/student/certificate.pdf")
@ServletSecurity(@HttpConstraint(rolesAllowed = Role.STUDENT_NAME))
public class StudentCertificateServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CertificateService certificates;

    @Inject
    transient ActiveUser activeUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        activeUser.refresh();
        Optional<Certificate> certificate = certificates
                .findBySerial(request.getParameter("serial"))
                .filter(c -> activeUser.isSignedIn()
                        && c.getEnrollment().getStudent().getId().equals(activeUser.getId())
                        && c.getStatus() == CertificateStatus.VALID)
                .flatMap(c -> certificates.withPdf(c.getId()));
        if (certificate.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PdfResponses.send(response, certificate.get(), false);
    }
}
