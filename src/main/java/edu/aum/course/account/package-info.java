/** Users, roles and sign-in (with throttling); registration with e-mail confirmation, password reset and invitations through mailed links; the first administrator. */
package edu.aum.course.account;
