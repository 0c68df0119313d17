package edu.aum.course.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import edu.aum.course.platform.audit.AuditFilter.Scope;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A filter keeps what it was given: scopes are added, never shared or changed behind its back. */
class AuditFilterTest {

    @Test
    void withinAddsAScopeToACopy() {
        Scope scope = new Scope(7L, Map.of("Thing", "SELECT t.id FROM Thing t WHERE t.owner = " + Scope.PARAMETER));

        AuditFilter narrowed = AuditFilter.NONE.within(scope);

        assertEquals(0, AuditFilter.NONE.scopes().size());
        assertEquals(1, narrowed.scopes().size());
        assertThrows(
                UnsupportedOperationException.class, () -> narrowed.scopes().add(scope));
    }
}
