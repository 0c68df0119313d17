package edu.aum.course.platform.faces;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A page's answer for an id it cannot show, from its view action: the 404 error page (HTTP 404), the same
 * for an id that does not exist and for one outside the reader's scope (another university's student, another
 * team's offering), so that the answer gives no hint which it was.
 */
public final class NotFound {

    private NotFound() {}

    /** Answers 404 with the error page; the page itself is not rendered. */
    public static void answer() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** Answers 404 unless the thing was found; says whether it was. */
    public static boolean unless(boolean found) {
        if (!found) {
            answer();
        }
        return found;
    }
}
