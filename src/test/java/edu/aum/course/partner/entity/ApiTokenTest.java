package edu.aum.course.partner.entity;

import static edu.aum.course.partner.entity.PartnerSamples.MSU;
import static edu.aum.course.partner.entity.PartnerSamples.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.aum.course.account.api.Account;
import edu.aum.course.platform.BusinessException;
import edu.aum.course.university.api.Country;
import edu.aum.course.university.api.University;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ApiTokenTest {

    private final Account staff = PartnerSamples.staff();
    private final ApiToken token = new ApiToken(MSU, "  Registrar sync ", "ab".repeat(32), "aum_pt_abcde", staff, NOW);

    @Test
    void aNewTokenWorksAndKeepsItsTrimmedName() {
        assertEquals("Registrar sync", token.getName());
        assertTrue(token.isUsable());
        assertFalse(token.isRevoked());
    }

    @Test
    void aTokenNeedsANameOfAtMostAHundredCharacters() {
        assertEquals("partner.token.nameRequired", refusal(() -> new ApiToken(MSU, " ", "h", "x", staff, NOW)));
        assertEquals(
                "partner.token.nameTooLong", refusal(() -> new ApiToken(MSU, "n".repeat(101), "h", "x", staff, NOW)));
    }

    @Test
    void onlyPartnerUniversitiesHaveTokens() {
        University named = University.namedByStudent("Tomsk State University", Country.RU, NOW);
        assertEquals("partner.token.notPartner", refusal(() -> new ApiToken(named, "n", "h", "x", staff, NOW)));
    }

    @Test
    void aRevokedTokenNeverWorksAgainAndCannotBeRevokedTwice() {
        token.revoke(staff, NOW.plusSeconds(5));

        assertTrue(token.isRevoked());
        assertFalse(token.isUsable());
        assertEquals(NOW.plusSeconds(5), token.getRevokedAt());
        assertEquals("partner.token.alreadyRevoked", refusal(() -> token.revoke(staff, NOW.plusSeconds(9))));
    }

    @Test
    void theTokenOfSomeoneWhoseAccountWasDeactivatedStopsWorking() {
        staff.deactivate();
        assertFalse(token.isUsable());
    }

    @Test
    void aNeverUsedTokenRecordsItsFirstUseAndThenAtMostOnceAMinute() {
        assertTrue(token.isUseWorthRecording(NOW));
        assertEquals(NOW.minus(Duration.ofMinutes(1)).plusNanos(1), ApiToken.recordUseBefore(NOW));
    }

    private static String refusal(org.junit.jupiter.api.function.Executable action) {
        return assertThrows(BusinessException.class, action).key();
    }
}
