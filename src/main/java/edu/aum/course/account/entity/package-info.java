/** Account details and records: status, names and addresses as values, mailed tokens, sign-in throttles. */
package edu.aum.course.account.entity;
