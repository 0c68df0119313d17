package edu.aum.course.platform.faces;

import java.io.Serializable;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What a session keeps, the view- and session-scoped beans: serializable, so that the session moves to another
 * instance (web.xml is distributable), and given their services again when read back there. A bean holds its
 * services in {@code @Inject transient} fields (an injected EJB reference does not serialize); reading the bean back
 * injects them again (Reinjection), so no bean does it by hand and none finds a service null after the move.
 */
public abstract class KeptInSession implements Serializable {

    private static final long serialVersionUID = 1L;

    private static volatile Consumer<Object> injection = bean -> {
        throw new IllegalStateException(
                "No container to inject " + bean.getClass().getName() + " again");
    };

    /** How a bean read back gets its injected fields again (the container's Reinjection, or a test's). */
    public static void injectWith(Consumer<Object> injector) {
        injection = Objects.requireNonNull(injector);
    }

    /** Called by Java serialization once the bean has been read back: its transient services are injected again. */
    protected Object readResolve() {
        injection.accept(this);
        return this;
    }
}
