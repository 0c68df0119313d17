/** The client's address, believing X-Forwarded-For only from trusted proxies. */
package edu.aum.course.platform.http;
