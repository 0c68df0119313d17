package edu.aum.course.platform.faces;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which views keep no state: the public pages and the error pages, never a signed-in area's page. */
class StatelessViewsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/index.xhtml",
                "/catalogue.xhtml",
                "/login.xhtml",
                "/register.xhtml",
                "/forgot-password.xhtml",
                "/resend-confirmation.xhtml",
                "/confirm-email.xhtml",
                "/verify.xhtml",
                "/error/404.xhtml",
                "/error/500.xhtml"
            })
    void aPublicPageIsStateless(String viewId) {
        assertTrue(StatelessViews.stateless(viewId), viewId);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/student/home.xhtml",
                "/student/essay.xhtml",
                "/staff/queue.xhtml",
                "/admin/users.xhtml",
                "/partner/students.xhtml",
                "/account/profile.xhtml",
                "/reset-password.xhtml",
                "/errors.xhtml",
                "/student/../login.xhtml"
            })
    void aPageWithStateIsNot(String viewId) {
        assertFalse(StatelessViews.stateless(viewId), viewId);
    }
}
