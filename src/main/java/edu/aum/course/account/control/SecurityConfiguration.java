package edu.aum.course.account.control;

import edu.aum.course.account.api.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Sign-in through the PrimeFaces page /login.xhtml (Jakarta Security, SignInMechanism); the identity store is
 * account's AccountIdentityStore. Which role may open which part of the site: web.xml.
 */
@DeclareRoles({Role.ADMIN_NAME, Role.INSTRUCTOR_NAME, Role.PARTNER_NAME, Role.STUDENT_NAME})
@ApplicationScoped
public class SecurityConfiguration {}
