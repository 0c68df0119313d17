package edu.aum.course.enrollment.control;

import edu.aum.course.platform.BusinessException;
import edu.aum.course.platform.faces.BusinessExceptionHandler;

/** Optimistic locking of edit forms: the form carries the version it was loaded with. */
final class Versions {

    private Versions() {
    }

    static void require(long current, long loaded) {
        if (current != loaded) {
            throw new BusinessException(BusinessExceptionHandler.CONCURRENT_EDIT);
        }
    }
}
