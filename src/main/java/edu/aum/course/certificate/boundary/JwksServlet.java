package edu.aum.course.certificate.boundary;

import edu.aum.course.certificate.credential.CredentialUrls;
import edu.aum.course.certificate.credential.Credentials;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * GET /.well-known/jwks.json: the public keys of every key the product has signed with (credentials,
 * attestations and PDFs), oldest first; a key that was replaced stays, so what it signed still verifies.
 */
@WebServlet(CredentialUrls.JWKS_PATH)
public class JwksServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Credentials credentials;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/jwk-set+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "public, max-age=300");
        response.getWriter().write(credentials.jwks().toString(true));
    }
}
