package edu.aum.course.platform.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.InjectionTarget;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Injects a bean that a session kept (KeptInSession) again once it has been read back, e.g. on the instance its
 * session moved to: every {@code @Inject} field, the transient ones included, from this application's container.
 */
@ApplicationScoped
public class Reinjection {

    @Inject
    BeanManager beans;

    private final Map<Class<?>, InjectionTarget<?>> targets = new ConcurrentHashMap<>();

    void start(@Observes Startup startup) {
        KeptInSession.injectWith(this::inject);
    }

    @SuppressWarnings("unchecked")
    private <T> void inject(T bean) {
        Class<T> type = (Class<T>) beanClass(bean.getClass());
        InjectionTarget<T> target = (InjectionTarget<T>) targets.computeIfAbsent(type, this::targetOf);
        target.inject(bean, beans.createCreationalContext(null));
    }

    private InjectionTarget<?> targetOf(Class<?> type) {
        return beans.getInjectionTargetFactory(beans.createAnnotatedType(type)).createInjectionTarget(null);
    }

    /** The bean's own class, not the container's subclass of it (an intercepted bean's). */
    private static Class<?> beanClass(Class<?> type) {
        Class<?> own = type;
        while (own.isSynthetic() || own.getName().contains("$$")) {
            own = own.getSuperclass();
        }
        return own;
    }
}
