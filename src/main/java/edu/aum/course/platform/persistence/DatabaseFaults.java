package edu.aum.course.platform.persistence;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * What a failure says about the database, read from its causes: unavailable (no connection, a broken one,
 * or read-only so that writes fail), a row lock waited for too long, or a duplicate key. The same codes on
 * MySQL, MariaDB and H2 (MySQL mode).
 */
public final class DatabaseFaults {

    /** MySQL/MariaDB: --read-only (1290), a read-only transaction (1792, 1836); H2: read-only database (90097). */
    private static final Set<Integer> READ_ONLY = Set.of(1290, 1792, 1836, 90097);
    /** MySQL/MariaDB: lock wait timeout (1205); H2: lock timeout (50200). */
    private static final Set<Integer> LOCK_TIMEOUT = Set.of(1205, 50200);
    /** MySQL/MariaDB: deadlock found, the transaction rolled back (1213); H2: deadlock (40001). */
    private static final Set<Integer> DEADLOCK = Set.of(1213, 40001);
    /** MySQL/MariaDB: duplicate entry (1062); H2: unique index violated (23505). */
    private static final Set<Integer> DUPLICATE = Set.of(1062, 23505);

    private DatabaseFaults() {}

    /** The database cannot be reached, dropped the connection, or refuses writes: the request may work in a minute. */
    public static boolean unavailable(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = next(t)) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && (connectionState(sql) || READ_ONLY.contains(sql.getErrorCode()))) {
                return true;
            }
            String type = t.getClass().getName();
            if (type.endsWith("CommunicationsException") || type.startsWith("jakarta.resource.")) {
                return true; // Connector/J's lost link; Payara's pool could not allocate a connection
            }
        }
        return false;
    }

    /** A row stayed locked by another transaction longer than this connection waits. */
    public static boolean lockTimeout(Throwable thrown) {
        return hasCode(thrown, LOCK_TIMEOUT);
    }

    /**
     * Another transaction held a row this one needed: it waited too long, or the database chose it as a deadlock's
     * victim. Nothing is wrong with the work itself; run again, it goes through once the other is done.
     */
    public static boolean lockConflict(Throwable thrown) {
        return lockTimeout(thrown) || hasCode(thrown, DEADLOCK);
    }

    /** A unique key refused a row that another transaction inserted first. */
    public static boolean duplicateKey(Throwable thrown) {
        return hasCode(thrown, DUPLICATE);
    }

    private static boolean hasCode(Throwable thrown, Set<Integer> codes) {
        for (Throwable t = thrown; t != null; t = next(t)) {
            if (t instanceof SQLException sql && codes.contains(sql.getErrorCode())) {
                return true;
            }
        }
        return false;
    }

    /** SQLState class 08: connection exception. */
    private static boolean connectionState(SQLException sql) {
        return sql.getSQLState() != null && sql.getSQLState().startsWith("08");
    }

    private static Throwable next(Throwable t) {
        if (t instanceof SQLException sql && sql.getNextException() != null && t.getCause() == null) {
            return sql.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }
}
