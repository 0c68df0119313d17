package edu.aum.course.platform.persistence;

import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * How a query reads the relations its results are shown with, in a fixed number of queries rather than one per
 * result (EclipseLink's hints, the one place that names them). A to-many relation of a to-one relation (a student's
 * roles) must be batched, not join-fetched: a join-fetched object reads its collections one by one.
 */
public final class Fetching {

    /** How many ids one batch query names. */
    static final int BATCH_SIZE = 500;

    private Fetching() {}

    /** These relations (paths from the query's alias, e.g. "e.student", "e.student.roles") in batch queries. */
    public static <T> TypedQuery<T> inBatches(TypedQuery<T> query, String... paths) {
        for (String path : paths) {
            query.setHint("eclipselink.batch", path);
        }
        return query.setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch.size", BATCH_SIZE);
    }

    /** These to-one relations joined into the query itself. */
    public static <T> TypedQuery<T> joined(TypedQuery<T> query, String... paths) {
        for (String path : paths) {
            query.setHint("eclipselink.join-fetch", path);
        }
        return query;
    }

    /**
     * What {@code read} answers for these ids, asked {@link #BATCH_SIZE} at a time (an IN list of a whole class would
     * be one statement of 250,000 parameters), the answers in the order of the chunks.
     */
    public static <K, T> List<T> inChunks(List<K> ids, Function<List<K>, ? extends List<? extends T>> read) {
        List<T> all = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += BATCH_SIZE) {
            all.addAll(read.apply(ids.subList(from, Math.min(ids.size(), from + BATCH_SIZE))));
        }
        return all;
    }
}
