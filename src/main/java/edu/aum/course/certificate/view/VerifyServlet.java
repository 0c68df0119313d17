package edu.aum.course.certificate.view;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * GET /verify/{serial}, the address in the QR code: the public verification page (verify.xhtml), which
 * shows the certificate, or answers 404 with its lookup form and "no certificate has this serial" for a
 * serial that is unknown or cannot be one (VerifyBacking.load).
 */
@WebServlet("/verify/*")
public class VerifyServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (path.isBlank()) {
            response.sendRedirect(request.getContextPath() + "/verify.xhtml"); // the form to type a serial
            return;
        }
        String serial = URLEncoder.encode(path, StandardCharsets.UTF_8);
        request.getRequestDispatcher("/verify.xhtml?serial=" + serial).forward(request, response);
    }
}
