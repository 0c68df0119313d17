package edu.aum.course.platform.health;

import jakarta.annotation.PostConstruct;
import jakarta.interceptor.InvocationContext;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * On the start-up beans (@Interceptors): when one fails, the application cannot deploy, and Payara Micro would stay
 * up without it, print "ready" and answer 404s while /health says DOWN. So the instance exits with status 3
 * instead, and whatever starts it (a script, systemd, a container) sees the failure and restarts or reports it.
 */
public class StartupGuard {

    private static final Logger LOG = Logger.getLogger(StartupGuard.class.getName());
    public static final int EXIT_STATUS = 3;
    static final Duration HALT_AFTER = Duration.ofSeconds(30);

    @PostConstruct
    void guard(InvocationContext context) throws Exception {
        try {
            context.proceed();
        } catch (Exception | Error e) {
            LOG.log(
                    Level.SEVERE,
                    e,
                    () -> "Start-up failed in " + context.getTarget().getClass().getSimpleName()
                            + "; the application cannot deploy, so this instance exits with status " + EXIT_STATUS);
            exitSoon();
            throw e;
        }
    }

    /** From other threads, after the deployment has failed: a shutdown hook must not wait for this one. */
    private static void exitSoon() {
        Thread halt = new Thread(
                () -> {
                    try {
                        Thread.sleep(HALT_AFTER.toMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    Runtime.getRuntime().halt(EXIT_STATUS); // the shutdown hooks hung
                },
                "halt-after-failed-start");
        halt.setDaemon(true);
        halt.start();
        new Thread(() -> System.exit(EXIT_STATUS), "exit-after-failed-start").start();
    }
}
