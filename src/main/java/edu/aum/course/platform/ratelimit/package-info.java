/**
 * Limits per key: RateLimiter, an in-memory token bucket per instance for request rates of the public APIs;
 * Throttles, counters in the database shared by all instances for what must not be reset by reaching
 * another instance (password guesses, mails sent).
 */
package edu.aum.course.platform.ratelimit;
