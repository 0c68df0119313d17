package edu.aum.course.testsupport;

import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A recording stand-in for an interface that the container provides (CDI Event, TimerService, a password
 * hash, ...): every call is kept in the tier's list, and the answer is empty (null, zero, false, an empty
 * Optional, or the stand-in itself where the interface returns its own kind, as Event.select does).
 */
public final class StandIn {

    /** One call made on a stand-in. */
    public record Call(Class<?> type, String method, List<Object> arguments) {}

    private StandIn() {}

    static Object of(Class<?> type, List<Call> calls) {
        return of(type, calls, call -> {});
    }

    /** The same, telling {@code made} of each call once it is recorded (e.g. to hand a fired event to its observer). */
    static Object of(Class<?> type, List<Call> calls, java.util.function.Consumer<Call> made) {
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return objectMethod(proxy, method, args, type);
            }
            Call call = new Call(type, method.getName(), args == null ? List.of() : Arrays.asList(args.clone()));
            calls.add(call);
            made.accept(call);
            return answer(proxy, method.getReturnType());
        });
    }

    private static Object answer(Object proxy, Class<?> returned) {
        if (returned.isInstance(proxy)) {
            return proxy;
        }
        if (returned == Optional.class) {
            return Optional.empty();
        }
        return returned.isPrimitive() && returned != void.class ? Array.get(Array.newInstance(returned, 1), 0) : null;
    }

    private static Object objectMethod(Object proxy, Method method, Object[] args, Class<?> type) {
        return switch (method.getName()) {
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            default -> "StandIn(" + type.getSimpleName() + ")";
        };
    }
}
