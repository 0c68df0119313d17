package edu.aum.course.certificate.view;

import edu.aum.course.certificate.control.CertificateService;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * GET /verify/{serial}, the address in the QR code: the public verification page of the certificate
 * (verify.xhtml), or 404 for a serial that is unknown or cannot be one.
 */
@WebServlet("/verify/*")
public class VerifyServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CertificateService certificates;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (path.isBlank()) {
            response.sendRedirect(request.getContextPath() + "/verify.xhtml"); // the form to type a serial
            return;
        }
        var certificate = certificates.findBySerial(path);
        if (certificate.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String serial = URLEncoder.encode(certificate.get().getSerial(), StandardCharsets.UTF_8);
        request.getRequestDispatcher("/verify.xhtml?serial=" + serial).forward(request, response);
    }
}
