package edu.aum.course.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.aum.course.account.api.AccountService;
import edu.aum.course.account.api.AccountService.SessionStanding;
import edu.aum.course.account.entity.AccountStatus;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A signed-in account's standing is read once per interval, and again at once after any account changed. */
class SessionStandingsTest {

    /** The database as SessionGuard would reach it, counting the reads. */
    private static final class CountingAccounts extends AccountService {
        int reads;
        AccountStatus status = AccountStatus.ACTIVE;
        Runnable duringRead = () -> {};

        @Override
        public Optional<SessionStanding> sessionStanding(String email) {
            reads++;
            Optional<SessionStanding> standing = Optional.of(new SessionStanding(status, 1));
            duringRead.run();
            return standing;
        }
    }

    private static SessionStandings standings(CountingAccounts accounts, int seconds) {
        SessionStandings standings = new SessionStandings();
        standings.accounts = accounts;
        standings.seconds = seconds;
        return standings;
    }

    @Test
    void requestsWithinTheIntervalReadTheDatabaseOnce() {
        CountingAccounts accounts = new CountingAccounts();
        SessionStandings standings = standings(accounts, 60);
        for (int i = 0; i < 100; i++) {
            assertEquals(
                    AccountStatus.ACTIVE,
                    standings.of("anna@demo.edu").orElseThrow().status());
        }
        assertEquals(1, accounts.reads);
        standings.of("ivan@demo.edu");
        assertEquals(2, accounts.reads, "each account has its own read");
    }

    @Test
    void aChangeOfAnAccountIsSeenAtTheNextRequest() {
        CountingAccounts accounts = new CountingAccounts();
        SessionStandings standings = standings(accounts, 60);
        standings.of("anna@demo.edu");
        accounts.status = AccountStatus.DEACTIVATED;
        standings.forgetAll();
        assertEquals(
                AccountStatus.DEACTIVATED,
                standings.of("anna@demo.edu").orElseThrow().status());
    }

    @Test
    void aReadThatAChangeOvertookIsNotKept() {
        CountingAccounts accounts = new CountingAccounts();
        SessionStandings standings = standings(accounts, 60);
        accounts.duringRead = standings::forgetAll; // the read began before the change was committed
        standings.of("anna@demo.edu");
        accounts.duringRead = () -> {};
        accounts.status = AccountStatus.DEACTIVATED;
        assertEquals(
                AccountStatus.DEACTIVATED,
                standings.of("anna@demo.edu").orElseThrow().status());
        assertEquals(2, accounts.reads);
    }

    @Test
    void withoutAnIntervalEveryRequestReads() {
        CountingAccounts accounts = new CountingAccounts();
        SessionStandings standings = standings(accounts, 0);
        standings.of("anna@demo.edu");
        standings.of("anna@demo.edu");
        assertEquals(2, accounts.reads);
    }
}
