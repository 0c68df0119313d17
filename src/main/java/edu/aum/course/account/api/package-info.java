/** Account's front door: the account and its roles, the signed-in person, and the account service. */
package edu.aum.course.account.api;
