package edu.aum.course.testsupport;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.PersistenceContext;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The service tier: the application's real services and their queries on the real schema, without the server
 * (ServiceDatabase says which database). Register it per test,
 * {@code @RegisterExtension final ServiceTier tier = new ServiceTier();}: each test runs in one resource-local
 * transaction that is rolled back at its end, so it leaves nothing behind in a database others use meanwhile.
 *
 * <p>{@link #service} builds a service as the container would, with a small reflective injector:
 * {@code @PersistenceContext} gets the test's EntityManager (all services share it, as in one JTA transaction),
 * a Clock gets the {@link TestClock}, {@code @ConfigProperty} its default (or the test's {@link #setting}), an interface (CDI Event,
 * TimerService, ...) a recording {@link StandIn}, and any other {@code @Inject}, {@code @EJB} or
 * {@code @Resource} field this tier's one instance of its class, built the same way; then {@code @PostConstruct}
 * runs. What the container adds is not here: transaction attributes (a REQUIRES_NEW step is part of the test's
 * transaction), interceptors, method validation, security, and observers ({@link #takeFired} hands events on).
 */
public final class ServiceTier implements BeforeEachCallback, AfterEachCallback {

    /** Where the clock stands when a test starts. */
    public static final Instant START = Instant.parse("2031-03-03T09:00:00Z");

    private static final String UNCONFIGURED = ConfigProperty.UNCONFIGURED_VALUE;

    private final TestClock clock = new TestClock(START);
    private final Map<Class<?>, Object> services = new HashMap<>();
    private final List<StandIn.Call> calls = new ArrayList<>();
    private final Map<String, String> settings = new HashMap<>();
    private final Map<Class<?>, java.util.function.Consumer<Object>> observers = new HashMap<>();
    private EntityManager em;
    private EntityTransaction transaction;

    @Override
    public void beforeEach(ExtensionContext context) {
        ServiceDatabase database = context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(ServiceDatabase.class, key -> ServiceDatabase.open(), ServiceDatabase.class);
        em = database.factory.createEntityManager();
        transaction = em.getTransaction();
        transaction.begin();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        try {
            if (transaction.isActive()) {
                transaction.rollback();
            }
        } finally {
            em.close();
        }
    }

    /**
     * A setting (the MicroProfile Config name, e.g. "signing.keystore") for the services this tier builds from now
     * on, instead of its default; as an environment variable would set it.
     */
    public ServiceTier setting(String name, String value) {
        settings.put(name, value);
        return this;
    }

    public EntityManager em() {
        return em;
    }

    public TestClock clock() {
        return clock;
    }

    /** This tier's one instance of a service class, with its collaborators. */
    public <T> T service(Class<T> type) {
        Object service = services.get(type);
        if (service == null) {
            service = construct(type);
            services.put(type, service); // before its fields: a cycle gets this same instance
            inject(service);
            postConstruct(service);
        }
        return type.cast(service);
    }

    /** The events of this type fired since the last call (e.g. to hand them to their observer). */
    public <E> List<E> takeFired(Class<E> type) {
        List<E> fired = new ArrayList<>();
        for (Iterator<StandIn.Call> it = calls.iterator(); it.hasNext(); ) {
            StandIn.Call call = it.next();
            if (call.method().startsWith("fire")
                    && type.isInstance(call.arguments().get(0))) {
                fired.add(type.cast(call.arguments().get(0)));
                it.remove();
            }
        }
        return fired;
    }

    /**
     * From now on an event of this type is handed to the observer as it is fired (as a synchronous CDI observer
     * would be), instead of waiting for takeFired; e.g. {@code tier.observe(EssaySubmitted.class,
     * tier.service(Intake.class)::onSubmitted)} for code that needs the review at once.
     */
    public <E> void observe(Class<E> type, java.util.function.Consumer<E> observer) {
        observers.put(type, event -> observer.accept(type.cast(event)));
    }

    private void deliver(StandIn.Call call) {
        if (call.method().startsWith("fire") && !call.arguments().isEmpty()) {
            Object event = call.arguments().get(0);
            observers.entrySet().stream()
                    .filter(o -> o.getKey().isInstance(event))
                    .findFirst()
                    .ifPresent(o -> {
                        calls.remove(call);
                        o.getValue().accept(event);
                    });
        }
    }

    /** Every call made on the stand-ins of this type so far. */
    public List<StandIn.Call> calls(Class<?> type) {
        return calls.stream().filter(call -> call.type() == type).toList();
    }

    private void inject(Object service) {
        for (Class<?> c = service.getClass(); c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.isAnnotationPresent(PersistenceContext.class)
                        || field.isAnnotationPresent(Inject.class)
                        || field.isAnnotationPresent(EJB.class)
                        || field.isAnnotationPresent(Resource.class)) {
                    set(field, service, valueFor(field));
                }
            }
        }
    }

    private Object valueFor(Field field) {
        Class<?> type = field.getType();
        if (field.isAnnotationPresent(PersistenceContext.class)) {
            return em;
        }
        if (field.isAnnotationPresent(ConfigProperty.class)) {
            ConfigProperty property = field.getAnnotation(ConfigProperty.class);
            return configured(settings.getOrDefault(property.name(), property.defaultValue()), type);
        }
        if (type == Clock.class || type == edu.aum.course.platform.HistoryClock.class) {
            return clock;
        }
        return type.isInterface() ? StandIn.of(type, calls, this::deliver) : service(type);
    }

    /** A setting as the application has it with no environment: its default. */
    private static Object configured(String value, Class<?> type) {
        boolean unset = UNCONFIGURED.equals(value);
        if (type == Optional.class) {
            return unset ? Optional.empty() : Optional.of(value);
        }
        if (unset) {
            throw new IllegalStateException("A setting without a default needs a value in the test");
        }
        if (type == int.class) {
            return Integer.parseInt(value);
        }
        if (type == long.class) {
            return Long.parseLong(value);
        }
        return type == boolean.class ? Boolean.parseBoolean(value) : value;
    }

    private static Object construct(Class<?> type) {
        try {
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build " + type.getName(), e);
        }
    }

    private static void set(Field field, Object target, Object value) {
        try {
            field.setAccessible(true);
            field.set(target, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot inject " + field, e);
        }
    }

    private static void postConstruct(Object service) {
        for (Method method : service.getClass().getDeclaredMethods()) {
            if (method.isAnnotationPresent(PostConstruct.class)) {
                try {
                    method.setAccessible(true);
                    method.invoke(service);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(
                            "@PostConstruct of " + service.getClass().getName() + " failed", e);
                }
            }
        }
    }
}
