package edu.aum.course.testsupport;

import java.util.function.Supplier;
import org.eclipse.persistence.logging.DefaultSessionLog;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;

/**
 * The service tier's EclipseLink log (ServiceDatabase): counts the SQL statements each thread sends, so that a test
 * can prove a page costs a constant number of queries ({@link #of}); prints them only with -Dservice.tier.sql=true.
 */
public class SqlCount extends DefaultSessionLog {

    private static final ThreadLocal<int[]> STATEMENTS = ThreadLocal.withInitial(() -> new int[1]);
    private static final boolean SHOW = Boolean.getBoolean("service.tier.sql");

    /** The statements one call sends, and its answer. */
    public record Counted<T>(int statements, T answer) {}

    public static <T> Counted<T> of(Supplier<T> work) {
        int before = STATEMENTS.get()[0];
        T answer = work.get();
        return new Counted<>(STATEMENTS.get()[0] - before, answer);
    }

    @Override
    public void log(SessionLogEntry entry) {
        if (SessionLog.SQL.equals(entry.getNameSpace()) && entry.getLevel() <= SessionLog.FINE) {
            STATEMENTS.get()[0]++;
            if (!SHOW) {
                return;
            }
        }
        super.log(entry);
    }
}
