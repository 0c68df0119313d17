package edu.aum.course.certificate.api;

import static edu.aum.course.enrollment.entity.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.account.api.Account;
import edu.aum.course.account.api.Role;
import edu.aum.course.enrollment.api.Enrollment;
import edu.aum.course.platform.i18n.Language;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/**
 * A certificate is revoked or reissued only while VALID; a revoked one keeps its public reason apart from the
 * internal note, and steps aside (still REVOKED) when a new one is issued anew.
 */
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
        revoked.revoke(ADMIN, "Issued in error", "Plagiarism case 12", NOW);

        assertFalse(revoked.canBeRevoked());
        assertFalse(revoked.canBeReissued());
        assertRefused("certificate.revoke.notValid", () -> revoked.revoke(ADMIN, "Again", null, NOW));
    }

    @Test
    void thePublicReasonIsRequiredAndKeptApartFromTheInternalNote() {
        Certificate certificate = certificate();
        assertRefused("certificate.revoke.publicReasonRequired", () -> certificate.revoke(ADMIN, "  ", "note", NOW));
        assertTrue(certificate.canBeRevoked(), "nothing changed");

        certificate.revoke(ADMIN, " The name was misspelt. ", " ", NOW);

        assertEquals("The name was misspelt.", certificate.getRevokedPublicReason());
        assertNull(certificate.getRevokedReason(), "no internal note");
        assertEquals(NOW, certificate.getRevokedAt());
    }

    @Test
    void aRevokedCertificateStepsAsideForANewOneAndStaysRevoked() {
        Certificate valid = certificate();
        assertFalse(valid.canBeIssuedAnew(), "a valid one is reissued, not issued anew");
        assertRefused("certificate.issueAnew.notRevoked", valid::stepAsideForANewOne);
        assertTrue(valid.isInForce());

        Certificate revoked = certificate();
        revoked.revoke(ADMIN, "Issued in error", null, NOW);
        assertFalse(revoked.isInForce());
        assertTrue(revoked.canBeIssuedAnew());
        revoked.stepAsideForANewOne();
        Certificate next = certificate();
        revoked.replacedBy(next);

        assertEquals(CertificateStatus.REVOKED, revoked.getStatus());
        assertEquals(next, revoked.getSuccessor());
        assertFalse(revoked.canBeIssuedAnew(), "only once: it is no longer the current one");
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
