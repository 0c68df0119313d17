package edu.aum.course.certificate.control;

import edu.aum.course.platform.cluster.InstanceName;
import edu.aum.course.platform.cluster.TimerSlots;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Works issuance batches in the background, on every core: each batch's pending items are shared by
 * one worker per processor; each item is prepared, rendered and signed (no transaction, no lock), then
 * stored (BatchStore). The runner holds the batch by a lease it renews every few seconds; a cancelled
 * batch loses it at the next renewal. Every ten seconds (and so soon after a start) one instance of the cluster
 * (TimerSlots) resumes batches whose lease ran out, left by a crash, a restart or another instance: done items are
 * never redone, and each item is claimed before it is rendered (BatchStore.claimItem), so a runner taking over from
 * one that only paused renders none of its items again.
 */
@Startup
@Singleton
@DependsOn("Migrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BatchRunner {

    private static final Logger LOG = Logger.getLogger(BatchRunner.class.getName());
    static final Duration LEASE = Duration.ofSeconds(20);
    private static final long RENEW_NANOS = Duration.ofSeconds(2).toNanos();

    @Resource
    ManagedExecutorService executor;

    @Inject
    BatchStore store;

    @Inject
    CertificateWorks works;

    /** A pause after each certificate, per worker (CERTIFICATE_BATCH_THROTTLE_MS): leaves CPU to the site during a big batch. */
    @Inject
    @ConfigProperty(name = "certificate.batch.throttle.ms", defaultValue = "0")
    long throttleMillis;

    /** Workers per batch (CERTIFICATE_BATCH_WORKERS); 0: two per core, so that rendering overlaps the commits. */
    @Inject
    @ConfigProperty(name = "certificate.batch.workers", defaultValue = "0")
    int workers;

    private final String owner = UUID.randomUUID().toString();
    private final Set<Long> working = ConcurrentHashMap.newKeySet();

    @Inject
    TimerSlots slots;

    /** By one instance every ten seconds (TimerSlots); each batch is then worked by the runner whose claim won. */
    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    void resumeAbandoned() {
        if (slots.claim(TimerSlots.BATCH_RESUME, Duration.ofSeconds(10))) {
            store.resumable().forEach(this::start);
        }
    }

    /** Starts working the batch unless this instance already does. */
    public void start(long batchId) {
        if (working.add(batchId)) {
            executor.execute(() -> run(batchId));
        }
    }

    private void run(long batchId) {
        long started = System.nanoTime();
        try {
            if (!store.claim(batchId, owner, LEASE)) {
                working.remove(batchId);
                return;
            }
            ConcurrentLinkedQueue<Long> queue = new ConcurrentLinkedQueue<>(store.pending(batchId));
            int size = queue.size();
            LOG.info(() -> "Certificate batch " + batchId + " claimed by instance " + InstanceName.get() + ": " + size
                    + " items pending");
            // two workers per core: while one waits for the database (each item commits its PDF), another renders
            int wanted = workers > 0 ? workers : 2 * Runtime.getRuntime().availableProcessors();
            int threads = Math.max(1, Math.min(wanted, size));
            Run run = new Run(batchId, queue, threads, started, size);
            for (int i = 1; i < threads; i++) {
                executor.execute(() -> work(run));
            }
            work(run);
        } catch (RuntimeException e) {
            LOG.warning(() -> "Certificate batch " + batchId + " stopped: " + e);
            working.remove(batchId);
        }
    }

    /** One batch's run on this instance: the shared queue of items, and who is still working it. */
    private final class Run {
        final long batchId;
        final ConcurrentLinkedQueue<Long> queue;
        final AtomicInteger workers;
        final AtomicBoolean stop = new AtomicBoolean();
        final AtomicLong renewedAt;
        final long started;
        final int size;

        Run(long batchId, ConcurrentLinkedQueue<Long> queue, int workers, long started, int size) {
            this.batchId = batchId;
            this.queue = queue;
            this.workers = new AtomicInteger(workers);
            this.started = started;
            this.renewedAt = new AtomicLong(started);
            this.size = size;
        }

        /** Renews the lease now and then; a cancelled or taken-over batch stops here. */
        boolean goOn() {
            long last = renewedAt.get();
            if (!stop.get()
                    && System.nanoTime() - last > RENEW_NANOS
                    && renewedAt.compareAndSet(last, System.nanoTime())
                    && !store.claim(batchId, owner, LEASE)) {
                stop.set(true);
            }
            return !stop.get();
        }
    }

    // Never waits for another worker: the last one to finish closes the run, so a small pool cannot deadlock.
    private void work(Run run) {
        try {
            Long item;
            while (run.goOn() && (item = run.queue.poll()) != null) {
                issue(item);
                throttle();
            }
        } catch (RuntimeException e) {
            LOG.warning(() -> "Certificate batch " + run.batchId + " worker stopped: " + e);
        } finally {
            if (run.workers.decrementAndGet() == 0) {
                close(run);
            }
        }
    }

    private void throttle() {
        if (throttleMillis > 0) {
            try {
                Thread.sleep(throttleMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void close(Run run) {
        long millis = Duration.ofNanos(System.nanoTime() - run.started).toMillis();
        try {
            store.release(run.batchId, owner, millis);
        } finally {
            working.remove(run.batchId);
        }
        LOG.info(() -> String.format(
                "Certificate batch %d: %d items worked in %.1f s (%.1f ms each)%s",
                run.batchId,
                run.size,
                millis / 1000.0,
                run.size == 0 ? 0.0 : millis / (double) run.size,
                run.stop.get() ? ", stopped (cancelled or taken over)" : ""));
    }

    private void issue(long itemId) {
        if (!store.claimItem(itemId, owner, LEASE)) {
            return; // done meanwhile, or another runner renders it
        }
        Optional<Prepared> prepared = store.prepare(itemId);
        if (prepared.isEmpty()) {
            return;
        }
        byte[] pdf;
        try {
            pdf = works.engine().issue(prepared.get().template(), prepared.get().data());
        } catch (CertificateRefused e) {
            store.refused(itemId, e.problems());
            return;
        }
        try {
            store.store(prepared.get(), pdf);
        } catch (RuntimeException e) {
            // another batch or instance was faster (the unique key), or the database failed: the item says so in
            // the admin's words, the detail is here
            LOG.log(Level.WARNING, e, () -> "Certificate batch item " + itemId + " not stored");
            store.storeFailed(itemId);
        }
    }
}
