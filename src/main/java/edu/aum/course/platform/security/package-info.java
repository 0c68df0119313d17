/** What screens below the account feature may know of the signed-in person. */
package edu.aum.course.platform.security;
