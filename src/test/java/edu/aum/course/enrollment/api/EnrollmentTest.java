package edu.aum.course.enrollment.api;

import static edu.aum.course.enrollment.entity.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.account.api.Account;
import edu.aum.course.account.api.Role;
import edu.aum.course.platform.i18n.Language;
import edu.aum.course.university.api.Country;
import edu.aum.course.university.api.University;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class EnrollmentTest {

    private static final Instant NOW = OfferingTest.NOW;
    private static final Instant LATER = NOW.plusSeconds(3600);

    private final Account student = account("anna@msu.ru", Role.STUDENT);
    private final Account admin = account("admin@aum.ru", Role.ADMIN);
    private final University msu = new University("Lomonosov Moscow State University", "МГУ", "RU", true, NOW);
    private final University tomsk = University.namedByStudent("Tomsk State University", Country.RU, NOW);
    private final Enrollment enrollment = new Enrollment(OfferingTest.offering(null), student, msu, " 12-345 ", NOW);

    @Test
    void aNewEnrollmentIsActiveWithItsUniversityAndNumber() {
        assertEquals(EnrollmentStatus.ACTIVE, enrollment.getStatus());
        assertEquals("12-345", enrollment.getStudentNumber());
        assertSame(msu, enrollment.getUniversity());
        assertEquals(NOW, enrollment.getEnrolledAt());
        assertTrue(enrollment.canChangeUniversity());
        assertRefused(
                "enrollment.studentNumber.required",
                () -> new Enrollment(OfferingTest.offering(null), student, msu, " ", NOW));
    }

    @Test
    void aStudentWithdrawsWithoutAReasonAndWhoAndWhenAreRecorded() {
        enrollment.withdraw(student, " ", LATER);

        assertEquals(EnrollmentStatus.WITHDRAWN, enrollment.getStatus());
        assertSame(student, enrollment.getWithdrawnBy());
        assertEquals(LATER, enrollment.getWithdrawnAt());
        assertNull(enrollment.getWithdrawnReason());
        assertFalse(enrollment.getStatus().holdsSeat());
    }

    @Test
    void anAdminWithdrawsWithAReason() {
        enrollment.withdraw(admin, "  Never started the course ", LATER);

        assertSame(admin, enrollment.getWithdrawnBy());
        assertEquals("Never started the course", enrollment.getWithdrawnReason());
    }

    @Test
    void withdrawingTwiceIsRefused() {
        enrollment.withdraw(student, null, LATER);

        assertRefused("enrollment.notActive", () -> enrollment.withdraw(student, null, LATER));
    }

    @Test
    void aWithdrawnEnrollmentIsReactivatedInTheSameRow() {
        enrollment.withdraw(admin, "reason", NOW);

        enrollment.reactivate(tomsk, "T-1", LATER);

        assertEquals(EnrollmentStatus.ACTIVE, enrollment.getStatus());
        assertEquals(LATER, enrollment.getEnrolledAt());
        assertSame(tomsk, enrollment.getUniversity());
        assertEquals("T-1", enrollment.getStudentNumber());
        assertNull(enrollment.getWithdrawnBy());
        assertNull(enrollment.getWithdrawnReason());
        assertNull(enrollment.getWithdrawnAt());
    }

    @Test
    void anActiveEnrollmentCannotBeReactivated() {
        assertFalse(enrollment.canEnrollAgain());
        assertRefused("enrollment.already", () -> enrollment.reactivate(msu, "1", LATER));
    }

    @Test
    void onlyAWithdrawnStudentMayEnrollAgain() {
        enrollment.withdraw(student, null, LATER);
        assertTrue(enrollment.canEnrollAgain());

        enrollment.reactivate(msu, "1", LATER);
        assertFalse(enrollment.canEnrollAgain());
        enrollment.complete(LATER);
        assertFalse(enrollment.canEnrollAgain(), "a completed enrollment is final");
    }

    @Test
    void completionIsFinal() {
        enrollment.complete(LATER);

        assertEquals(EnrollmentStatus.COMPLETED, enrollment.getStatus());
        assertEquals(LATER, enrollment.getCompletedAt());
        assertTrue(enrollment.getStatus().holdsSeat());
        assertRefused("enrollment.notActive", () -> enrollment.withdraw(student, null, LATER));
        assertRefused("enrollment.notActive", () -> enrollment.complete(LATER));
        assertRefused("enrollment.already", () -> enrollment.reactivate(msu, "1", LATER));
    }

    @Test
    void aWithdrawnEnrollmentCannotBeCompleted() {
        enrollment.withdraw(student, null, LATER);

        assertRefused("enrollment.notActive", () -> enrollment.complete(LATER));
    }

    @Test
    void theUniversityCanBeChangedUntilTheFirstSubmission() {
        enrollment.changeUniversity(tomsk, "T-77");
        assertSame(tomsk, enrollment.getUniversity());
        assertEquals("T-77", enrollment.getStudentNumber());

        enrollment.recordSubmission(LATER);
        enrollment.recordSubmission(LATER.plusSeconds(60));

        assertEquals(LATER, enrollment.getFirstSubmissionAt(), "the first submission is kept");
        assertFalse(enrollment.canChangeUniversity());
        assertRefused("enrollment.universityLocked", () -> enrollment.changeUniversity(msu, "1"));
        assertSame(tomsk, enrollment.getUniversity());
    }

    @Test
    void aWithdrawnEnrollmentKeepsItsUniversity() {
        enrollment.withdraw(student, null, LATER);

        assertFalse(enrollment.canChangeUniversity());
        assertRefused("enrollment.notActive", () -> enrollment.changeUniversity(tomsk, "1"));
    }

    @Test
    void theStatesKnowTheirTransitions() {
        assertTrue(EnrollmentStatus.ACTIVE.canBecome(EnrollmentStatus.WITHDRAWN));
        assertTrue(EnrollmentStatus.ACTIVE.canBecome(EnrollmentStatus.COMPLETED));
        assertTrue(EnrollmentStatus.WITHDRAWN.canBecome(EnrollmentStatus.ACTIVE));
        assertFalse(EnrollmentStatus.WITHDRAWN.canBecome(EnrollmentStatus.COMPLETED));
        assertFalse(EnrollmentStatus.ACTIVE.canBecome(EnrollmentStatus.ACTIVE));
        for (EnrollmentStatus next : EnrollmentStatus.values()) {
            assertFalse(EnrollmentStatus.COMPLETED.canBecome(next));
        }
    }

    private static Account account(String email, Role role) {
        return new Account(email, "Анна Петрова", "hash", Language.RU, EnumSet.of(role), NOW);
    }
}
