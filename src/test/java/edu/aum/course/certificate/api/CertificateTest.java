package edu.aum.course.certificate.api;

import static edu.aum.course.enrollment.entity.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.account.api.Account;
import edu.aum.course.account.api.Role;
import edu.aum.course.enrollment.api.Enrollment;
import edu.aum.course.platform.i18n.Language;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** A certificate is revoked or reissued only while VALID. */
public class CertificateTest {

    private static final Instant NOW = Instant.parse("2026-12-20T10:00:00Z");
    public static final Account ADMIN =
            new Account("root@aum.ru", "Root", "hash", Language.EN, EnumSet.of(Role.ADMIN), NOW);

    /** A VALID certificate of an enrollment (id 7). */
    public static Certificate certificate() {
        Enrollment enrollment = new Enrollment() {
            @Override
            public Long getId() {
                return 7L;
            }
        };
        return new Certificate(
                new Certificate.Issued(
                        "ABCD-EFGH-JKLM",
                        "Anna Petrova",
                        "Course",
                        "Курс",
                        LocalDate.of(2026, 9, 1),
                        LocalDate.of(2026, 12, 20),
                        "default"),
                enrollment,
                null,
                new byte[] {1},
                "00",
                NOW);
    }

    @Test
    void aValidCertificateMayBeRevokedOrReissued() {
        Certificate valid = certificate();
        assertTrue(valid.canBeRevoked());
        assertTrue(valid.canBeReissued());
    }

    @Test
    void aRevokedCertificateIsNeitherRevokedAgainNorReissued() {
        Certificate revoked = certificate();
        revoked.revoke(ADMIN, "Plagiarism", NOW);

        assertFalse(revoked.canBeRevoked());
        assertFalse(revoked.canBeReissued());
        assertRefused("certificate.revoke.notValid", () -> revoked.revoke(ADMIN, "Again", NOW));
    }

    @Test
    void aSupersededCertificateIsNeitherRevokedNorReissued() {
        Certificate old = certificate();
        old.supersede(NOW);

        assertFalse(old.canBeRevoked());
        assertFalse(old.canBeReissued());
        assertRefused("certificate.reissue.superseded", () -> old.supersede(NOW));
    }
}
