package edu.aum.course.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.spi.ResourceAllocationException;
import java.lang.reflect.InvocationTargetException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The chains seen from Payara and Connector/J during an outage, a read-only database, a lock wait and a race. */
class DatabaseFaultsTest {

    @Test
    void aPoolThatCannotAllocateAConnectionIsAnOutage() {
        var pool = new SQLException(
                "Error in allocating a connection", new ResourceAllocationException("Communications link failure"));
        var thrown = new IllegalStateException(
                new InvocationTargetException(new EJBException(new PersistenceException("4002", pool))));
        assertTrue(DatabaseFaults.unavailable(thrown));
    }

    @Test
    void aReadOnlyDatabaseIsUnavailableAndALockWaitOrADuplicateIsNot() {
        var readOnly = new SQLException("--read-only", "HY000", 1290);
        assertTrue(DatabaseFaults.unavailable(new EJBException(new PersistenceException(readOnly))));
        var lock = new PersistenceException(new SQLException("Lock wait timeout exceeded", "HY000", 1205));
        assertTrue(DatabaseFaults.lockTimeout(lock));
        assertFalse(DatabaseFaults.unavailable(lock));
        var duplicate = new PersistenceException(new SQLException("Duplicate entry", "23000", 1062));
        assertTrue(DatabaseFaults.duplicateKey(duplicate));
        assertFalse(DatabaseFaults.unavailable(duplicate));
        assertFalse(DatabaseFaults.lockTimeout(duplicate));
        assertFalse(DatabaseFaults.lockConflict(duplicate));
        assertTrue(DatabaseFaults.lockConflict(lock));
        var deadlock = new EJBException(
                new PersistenceException(new SQLException("Deadlock found when trying to get lock", "40001", 1213)));
        assertTrue(DatabaseFaults.lockConflict(deadlock));
        assertFalse(DatabaseFaults.lockTimeout(deadlock));
    }
}
