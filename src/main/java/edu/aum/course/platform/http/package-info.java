/** The client's address (X-Forwarded-For believed only from trusted proxies), and list filters read from query strings (a bad value is a 400). */
package edu.aum.course.platform.http;
