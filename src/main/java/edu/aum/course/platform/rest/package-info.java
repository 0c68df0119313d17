/** JAX-RS set-up and RFC 9457 problem details. */
package edu.aum.course.platform.rest;
