package edu.aum.course.enrollment.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import edu.aum.course.platform.BusinessException;
import org.junit.jupiter.api.function.Executable;

/** Asserts that a rule refuses with the message of its key. */
public final class Refusals {

    private Refusals() {}

    public static void assertRefused(String key, Executable action) {
        assertEquals(key, assertThrows(BusinessException.class, action).key());
    }
}
