/** The partner REST API (/api/v1/partner/...): bearer tokens, DTOs shaped after OneRoster, problem details. */
package edu.aum.course.partner.boundary;
