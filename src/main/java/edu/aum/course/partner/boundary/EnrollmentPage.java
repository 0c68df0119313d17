package edu.aum.course.partner.boundary;

import java.util.List;

/** A page of enrollments: the total that match the filters, where this page starts, and its rows. */
public record EnrollmentPage(long total, int offset, int limit, List<EnrollmentDto> enrollments) {

    @Override
    public boolean equals(Object other) {
        return this == other; // see EnrollmentDto.hashCode
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
