package edu.aum.course.account.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void eachRoleHasItsOwnHomePage() {
        assertEquals(
                Role.values().length,
                Set.of(Role.values()).stream().map(Role::homePath).distinct().count());
        assertEquals("/student/home.xhtml", Role.STUDENT.homePath());
        assertEquals("/partner/home.xhtml", Role.PARTNER.homePath());
    }

    @Test
    void aPersonWithSeveralRolesLandsOnTheWidestOne() {
        assertEquals(Role.ADMIN, Role.landing(EnumSet.of(Role.STUDENT, Role.ADMIN)));
        assertEquals(Role.INSTRUCTOR, Role.landing(EnumSet.of(Role.STUDENT, Role.INSTRUCTOR)));
        assertEquals(Role.PARTNER, Role.landing(EnumSet.of(Role.PARTNER, Role.STUDENT)));
        assertEquals(Role.STUDENT, Role.landing(EnumSet.of(Role.STUDENT)));
    }

    @Test
    void nobodyLandsWithoutARole() {
        assertThrows(IllegalArgumentException.class, () -> Role.landing(EnumSet.noneOf(Role.class)));
    }

    @Test
    void theRoleNameConstantsMatchTheEnum() {
        assertEquals(Role.ADMIN.name(), Role.ADMIN_NAME);
        assertEquals(Role.INSTRUCTOR.name(), Role.INSTRUCTOR_NAME);
        assertEquals(Role.PARTNER.name(), Role.PARTNER_NAME);
        assertEquals(Role.STUDENT.name(), Role.STUDENT_NAME);
    }
}
