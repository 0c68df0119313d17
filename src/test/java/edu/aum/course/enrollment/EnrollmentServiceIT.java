package edu.aum.course.enrollment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import edu.aum.course.account.api.Account;
import edu.aum.course.enrollment.api.Enrollment;
import edu.aum.course.enrollment.api.EnrollmentService;
import edu.aum.course.enrollment.api.EnrollmentStatus;
import edu.aum.course.enrollment.api.Offering;
import edu.aum.course.enrollment.api.Schedule;
import edu.aum.course.platform.BusinessException;
import edu.aum.course.testsupport.ServiceData;
import edu.aum.course.testsupport.ServiceTier;
import edu.aum.course.university.api.HomeUniversity;
import edu.aum.course.university.api.University;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

/** Enrollment on the real schema: the window, the seats, and one enrollment per student and offering. */
class EnrollmentServiceIT {

    @RegisterExtension
    final ServiceTier tier = new ServiceTier();

    final ServiceData data = new ServiceData(tier);

    EnrollmentService enrollments;
    University university;

    @BeforeEach
    void setUp() {
        enrollments = tier.service(EnrollmentService.class);
        university = data.university(false);
    }

    @Test
    void studentsEnrollFromTheFirstToTheLastDayOfTheWindowOnly() {
        LocalDate opens = LocalDate.of(2031, 4, 1);
        LocalDate closes = LocalDate.of(2031, 4, 10);
        Schedule schedule = new Schedule(LocalDate.of(2031, 5, 1), LocalDate.of(2031, 8, 1), opens, closes);
        Offering offering = data.offering(schedule, null, 4);

        on(opens.minusDays(1));
        assertRefused("enrollment.windowClosed", () -> data.enroll(data.student("Early Bird"), offering, university));
        on(opens);
        data.enroll(data.student("First Day"), offering, university);
        on(closes);
        data.enroll(data.student("Last Day"), offering, university);
        on(closes.plusDays(1));
        assertRefused("enrollment.windowClosed", () -> data.enroll(data.student("Too Late"), offering, university));

        assertEquals(2, enrollments.seatsTaken(offering));
    }

    @Test
    void aFullOfferingRefusesTheNextStudentUntilAWithdrawalFreesASeat() {
        Offering offering = data.offering(2, 4);
        Enrollment first = data.enroll(data.student("Anna First"), offering, university);
        data.enroll(data.student("Boris Second"), offering, university);
        Account third = data.student("Clara Third");

        assertRefused("enrollment.full", () -> data.enroll(third, offering, university));
        enrollments.withdrawMyself(first.getStudent().getId(), first.getId());
        data.enroll(third, offering, university);

        assertEquals(2, enrollments.seatsTaken(offering));
        Account fourth = data.student("Dmitry Fourth");
        assertRefused(
                "enrollment.full",
                () -> enrollments.enrollOnBehalf(
                        fourth.getId(), offering.getId(), new HomeUniversity(university.getId(), null, null), "N-4"));
    }

    @Test
    void aStudentHasOneEnrollmentPerOfferingWhichWithdrawingAndEnrollingAgainReuse() {
        Offering offering = data.offering(null, 4);
        Account student = data.student("Olga Once");
        Enrollment enrollment = data.enroll(student, offering, university);

        assertRefused("enrollment.already", () -> data.enroll(student, offering, university));
        data.enroll(student, data.offering(null, 4), university); // another offering is another enrollment
        enrollments.withdrawMyself(student.getId(), enrollment.getId());
        Enrollment again = data.enroll(student, offering, university);

        assertEquals(enrollment.getId(), again.getId());
        assertEquals(EnrollmentStatus.ACTIVE, again.getStatus());
        assertEquals(
                1L,
                tier.em()
                        .createQuery(
                                "SELECT COUNT(e) FROM Enrollment e WHERE e.offering = :offering"
                                        + " AND e.student = :student",
                                Long.class)
                        .setParameter("offering", offering)
                        .setParameter("student", student)
                        .getSingleResult());
    }

    @Test
    void theSchemaRefusesASecondEnrollmentOfTheSameStudentInTheSameOffering() {
        Offering offering = data.offering(null, 4);
        Account student = data.student("Pavel Twice");
        data.enroll(student, offering, university);

        tier.em()
                .persist(new Enrollment(
                        offering, student, university, "N-2", tier.clock().instant()));

        assertThrows(PersistenceException.class, () -> tier.em().flush()); // last: the transaction is now spoilt
    }

    private void on(LocalDate day) {
        tier.clock().set(day.atTime(12, 0).toInstant(ZoneOffset.UTC));
    }

    private static void assertRefused(String key, Executable action) {
        assertEquals(key, assertThrows(BusinessException.class, action).key());
    }
}
