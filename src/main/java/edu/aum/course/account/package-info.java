/** Users, roles, sign-in and the first administrator. */
package edu.aum.course.account;
