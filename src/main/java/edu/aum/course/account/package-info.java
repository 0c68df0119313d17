/**
 * Users, roles and sign-in (with throttling); self-registration with e-mail confirmation, password
 * reset and invitations through mailed single-use links; one's own account; user administration.
 */
package edu.aum.course.account;
