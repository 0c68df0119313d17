package edu.aum.course.partner.entity;

import static edu.aum.course.partner.entity.PartnerSamples.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.account.api.Account;
import edu.aum.course.enrollment.api.Enrollment;
import edu.aum.course.platform.BusinessException;
import org.junit.jupiter.api.Test;

class AffiliationCheckTest {

    private final Account staff = PartnerSamples.staff();
    private final Enrollment enrollment = PartnerSamples.enrollment();

    @Test
    void aConfirmationNeedsNoComment() {
        AffiliationCheck check = new AffiliationCheck(enrollment, AffiliationStatus.CONFIRMED, "  ", staff, NOW);

        assertEquals(AffiliationStatus.CONFIRMED, check.getStatus());
        assertNull(check.getComment());
        assertEquals(enrollment.getUniversity(), check.getUniversity());
        assertTrue(check.appliesToCurrentUniversity());
    }

    @Test
    void aDisputeNeedsACommentOfAtMost500Characters() {
        assertEquals(
                "partner.affiliation.commentRequired",
                assertThrows(
                                BusinessException.class,
                                () -> new AffiliationCheck(enrollment, AffiliationStatus.DISPUTED, " ", staff, NOW))
                        .key());
        assertEquals(
                "partner.affiliation.commentTooLong",
                assertThrows(
                                BusinessException.class,
                                () -> new AffiliationCheck(
                                        enrollment, AffiliationStatus.DISPUTED, "x".repeat(501), staff, NOW))
                        .key());
    }

    @Test
    void aNewCheckReplacesTheOldOneAndAnswersWhatItReplaced() {
        AffiliationCheck check = new AffiliationCheck(enrollment, AffiliationStatus.CONFIRMED, null, staff, NOW);

        AffiliationStatus before =
                check.record(AffiliationStatus.DISPUTED, " Not in our registry ", staff, NOW.plusSeconds(60));

        assertEquals(AffiliationStatus.CONFIRMED, before);
        assertTrue(check.isDisputed());
        assertEquals("Not in our registry", check.getComment());
        assertEquals(NOW.plusSeconds(60), check.getCheckedAt());
    }
}
