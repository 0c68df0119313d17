/**
 * Limits per key, all in the database and so shared by every instance: RequestLimits, request rates of the public
 * APIs per fixed window (rate_windows); Throttles, counters with locks for what must not be reset by reaching
 * another instance (password guesses, mails sent).
 */
package edu.aum.course.platform.ratelimit;
