/** The client's address (X-Forwarded-For believed only from trusted proxies), list filters read from query strings (a bad value is a 400), and the HTTP hardening of every response: security headers, no-store, redirects from PUBLIC_BASE_URL, cross-site requests refused, the session cookie's attributes. */
package edu.aum.course.platform.http;
