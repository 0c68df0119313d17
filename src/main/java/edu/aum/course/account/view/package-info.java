/** Sign-in, registration, password and profile screens, the home pages per role, and the administrators' user list. */
package edu.aum.course.account.view;
