/** A fixed-window request limiter per key (client address, token). */
package edu.aum.course.platform.ratelimit;
