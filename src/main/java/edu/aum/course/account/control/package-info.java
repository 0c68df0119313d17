/** Account services: sign-in and its throttle, registration, mailed tokens, password rules and hashing, the identity store and security set-up. */
package edu.aum.course.account.control;
