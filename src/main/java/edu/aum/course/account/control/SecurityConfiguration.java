package edu.aum.course.account.control;

import edu.aum.course.account.api.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Sign-in through the PrimeFaces page /login.xhtml (Jakarta Security); the identity store is
 * account's AccountIdentityStore. Which role may open which part of the site: web.xml.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({Role.ADMIN_NAME, Role.INSTRUCTOR_NAME, Role.PARTNER_NAME, Role.STUDENT_NAME})
@ApplicationScoped
public class SecurityConfiguration {}
