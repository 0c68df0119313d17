package edu.aum.course.certificate.view;

import edu.aum.course.account.api.Role;
import edu.aum.course.certificate.control.CertificateService;
import edu.aum.course.certificate.control.Issuing;
import edu.aum.course.enrollment.api.CourseService;
import edu.aum.course.enrollment.api.Offering;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * GET /admin/certificates.zip?offering=ID: every valid certificate of an offering as issued, in one ZIP
 * written to the response as it is read, one certificate at a time (never the whole archive in memory).
 */
@WebServlet("/admin/certificates.zip")
@ServletSecurity(@HttpConstraint(rolesAllowed = Role.ADMIN_NAME))
public class CertificateZipServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CourseService courses;

    @Inject
    transient CertificateService certificates;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Offering> offering =
                PdfResponses.id(request.getParameter("offering")).flatMap(courses::findOffering);
        if (offering.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        List<Long> ids = certificates.currentOfOffering(offering.get().getId());
        response.setContentType("application/zip");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"certificates-"
                        + offering.get().getCourse().getCode() + "-"
                        + offering.get().getSchedule().getStartsOn() + ".zip\"");
        response.setHeader("Cache-Control", "private, no-store");
        try (ZipOutputStream zip = new ZipOutputStream(response.getOutputStream())) {
            zip.setLevel(java.util.zip.Deflater.NO_COMPRESSION); // PDFs are compressed already
            for (Long id : ids) {
                var certificate = certificates.withPdf(id);
                if (certificate.isPresent()) {
                    zip.putNextEntry(new ZipEntry(Issuing.fileName(certificate.get())));
                    zip.write(certificate.get().getPdf());
                    zip.closeEntry();
                    zip.flush();
                }
            }
        }
    }
}
