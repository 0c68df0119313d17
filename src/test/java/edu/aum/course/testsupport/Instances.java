package edu.aum.course.testsupport;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Several "instances" of the application on the service tier's database (ServiceDatabase: DB_URL, as in CI, else
 * an in-memory H2): each its own EntityManagerFactory with its own connections, opened as an instance starts
 * (Flyway first, which finds nothing to do). Unlike ServiceTier, work here commits: a test that uses it makes rows
 * only of its own (unique names) and deletes them at its end, since other tests and a server share the database.
 */
public final class Instances implements AutoCloseable {

    private final List<ServiceDatabase> databases = new ArrayList<>();

    private Instances() {}

    public static Instances open(int count) {
        Instances instances = new Instances();
        for (int i = 0; i < count; i++) {
            instances.databases.add(ServiceDatabase.open());
        }
        return instances;
    }

    public int count() {
        return databases.size();
    }

    public EntityManagerFactory factory(int instance) {
        return databases.get(instance).factory;
    }

    /** The work in one transaction of its own on the instance, committed (rolled back when it throws). */
    public <T> T inTransaction(int instance, Function<EntityManager, T> work) {
        EntityManager em = factory(instance).createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /**
     * Runs the tasks, one thread each, released together once all are ready (so they meet in the database at the
     * same moment as far as threads can), and answers their results in order; a task's failure fails the call.
     */
    public static <T> List<T> atOnce(int tasks, IntFunction<Callable<T>> task) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(tasks);
        try {
            CountDownLatch ready = new CountDownLatch(tasks);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < tasks; i++) {
                Callable<T> work = task.apply(i);
                futures.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return work.call();
                }));
            }
            ready.await();
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(
                        future.get(5, java.util.concurrent.TimeUnit.MINUTES)); // a guard against a hang, not a measure
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    @Override
    public void close() {
        databases.forEach(ServiceDatabase::close);
    }
}
