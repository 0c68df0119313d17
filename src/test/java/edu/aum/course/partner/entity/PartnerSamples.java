package edu.aum.course.partner.entity;

import edu.aum.course.account.api.Account;
import edu.aum.course.account.api.Role;
import edu.aum.course.enrollment.api.Course;
import edu.aum.course.enrollment.api.Enrollment;
import edu.aum.course.enrollment.api.Offering;
import edu.aum.course.enrollment.api.Schedule;
import edu.aum.course.platform.i18n.Language;
import edu.aum.course.university.api.University;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;

/** Entities for the partner feature's unit tests. */
public final class PartnerSamples {

    public static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    public static final University MSU = new University("Lomonosov Moscow State University", "МГУ", "RU", true, NOW);
    public static final Offering OFFERING = new Offering(
            new Course(
                    "USRR-101", "U.S.-Russia Relations", "Российско-американские отношения", "About", "О курсе", NOW),
            new Schedule(
                    LocalDate.of(2026, 12, 12),
                    LocalDate.of(2027, 3, 28),
                    LocalDate.of(2026, 11, 20),
                    LocalDate.of(2026, 12, 27)),
            null,
            4,
            NOW);

    private PartnerSamples() {}

    public static Account staff() {
        return Account.partnerStaff("partner@msu.ru", "Сергей Кузнецов", "hash", Language.RU, MSU, NOW);
    }

    public static Account student() {
        return new Account("olga@msu.ru", "Ольга Морозова", "hash", Language.RU, EnumSet.of(Role.STUDENT), NOW);
    }

    public static Enrollment enrollment() {
        return new Enrollment(OFFERING, student(), MSU, "MSU-2023-0412", NOW);
    }
}
