package edu.aum.course.platform.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Everything a session keeps moves with it to another instance: every session-, view- and conversation-scoped bean
 * extends KeptInSession, round-trips through Java serialization, gets its services injected again when read back,
 * and keeps no field of a type that would not serialize (an entity, a record with an Optional, a service).
 */
class SessionStateTest {

    private static final List<Class<?>> BEANS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("edu.aum.course").stream()
                    .map(c -> c.reflect())
                    .collect(Collectors.toList());

    private static final List<Class<?>> KEPT = BEANS.stream()
            .filter(c -> c.isAnnotationPresent(SessionScoped.class)
                    || c.isAnnotationPresent(ViewScoped.class)
                    || c.isAnnotationPresent(ConversationScoped.class))
            .collect(Collectors.toList());

    @AfterEach
    void noInjector() {
        KeptInSession.injectWith(bean -> {
            throw new IllegalStateException(
                    "No container to inject " + bean.getClass().getName() + " again");
        });
    }

    @Test
    void theScanFindsTheViewBeans() {
        assertTrue(KEPT.size() >= 30, "found " + KEPT.size());
    }

    @Test
    void everyKeptBeanIsKeptInSession() {
        List<String> others = KEPT.stream()
                .filter(c -> !KeptInSession.class.isAssignableFrom(c))
                .map(Class::getName)
                .toList();
        assertEquals(List.of(), others);
    }

    @Test
    void everyFieldOfAKeptBeanSerializesOrIsInjectedAgain() {
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : KEPT) {
            for (Class<?> type = bean; type != Object.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    check(field, problems);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyKeptBeanRoundTripsAndGetsItsServicesAgain() throws Exception {
        List<Object> injected = new ArrayList<>();
        KeptInSession.injectWith(injected::add);
        for (Class<?> bean : KEPT) {
            var constructor = bean.getDeclaredConstructor();
            constructor.setAccessible(true);
            Object original = constructor.newInstance();
            Object back = roundTrip(original);
            assertSame(bean, back.getClass());
            assertSame(back, injected.get(injected.size() - 1), bean.getName() + " was not injected again");
        }
        assertEquals(KEPT.size(), injected.size());
    }

    @Test
    void aBeanReadBackWithoutItsContainerSaysSo() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var objects = new ObjectOutputStream(out)) {
            objects.writeObject(new Kept());
        }
        var in = new ObjectInputStream(new ByteArrayInputStream(out.toByteArray()));
        var refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, in::readObject);
        assertTrue(refused.getMessage().contains("No container"), refused.getMessage());
    }

    static final class Kept extends KeptInSession {
        private static final long serialVersionUID = 1L;
    }

    private static Object roundTrip(Object bean) throws IOException, ClassNotFoundException {
        var out = new ByteArrayOutputStream();
        try (var objects = new ObjectOutputStream(out)) {
            objects.writeObject(bean);
        }
        try (var objects = new ObjectInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            return objects.readObject();
        }
    }

    private static void check(Field field, List<String> problems) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers)) {
            return;
        }
        String where = field.getDeclaringClass().getSimpleName() + "." + field.getName();
        boolean injected = field.isAnnotationPresent(Inject.class);
        if (Modifier.isTransient(modifiers)) {
            return; // services are injected again; other transient state (an upload, a secret shown once) is meant to
            // go
        }
        if (injected) {
            if (!normalScoped(field.getType()) && !field.getType().getName().startsWith("jakarta.enterprise.event")) {
                problems.add(where + ": an injected " + field.getType().getSimpleName()
                        + " that is no normal-scoped proxy must be transient (injected again)");
            }
            return;
        }
        unserializable(field.getGenericType(), new HashSet<>()).ifPresent(why -> problems.add(where + ": " + why));
    }

    /** The container injects a client proxy, which serializes, for a normal-scoped bean (or an interface of one). */
    private static boolean normalScoped(Class<?> type) {
        if (type.isInterface()) {
            return BEANS.stream().anyMatch(bean -> type.isAssignableFrom(bean) && normalScoped(bean));
        }
        return type.isAnnotationPresent(ApplicationScoped.class)
                || type.isAnnotationPresent(RequestScoped.class)
                || type.isAnnotationPresent(SessionScoped.class);
    }

    /** Why a value of this declared type would not serialize, if it would not. */
    private static java.util.Optional<String> unserializable(Type type, Set<Type> seen) {
        if (!seen.add(type)) {
            return java.util.Optional.empty();
        }
        if (type instanceof WildcardType wildcard) {
            return unserializable(wildcard.getUpperBounds()[0], seen);
        }
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            if (raw == java.util.Optional.class) {
                return java.util.Optional.of("Optional does not serialize");
            }
            if (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)) {
                for (Type argument : parameterized.getActualTypeArguments()) {
                    var why = unserializable(argument, seen);
                    if (why.isPresent()) {
                        return why;
                    }
                }
                return java.util.Optional.empty();
            }
            return unserializable(raw, seen);
        }
        if (!(type instanceof Class<?> c)) {
            return java.util.Optional.empty(); // a type variable: its bound is checked where it is declared
        }
        if (c.isPrimitive() || c.isEnum() || c == Object.class) { // Object: a message argument, a string or number
            return java.util.Optional.empty();
        }
        if (c.isArray()) {
            return unserializable(c.getComponentType(), seen);
        }
        if (c == java.util.Optional.class) {
            return java.util.Optional.of("Optional does not serialize");
        }
        if (!Serializable.class.isAssignableFrom(c)) {
            return java.util.Optional.of(c.getName() + " is not Serializable");
        }
        if (c.isRecord()) {
            for (RecordComponent component : c.getRecordComponents()) {
                var why = unserializable(component.getGenericType(), seen);
                if (why.isPresent()) {
                    return java.util.Optional.of(c.getSimpleName() + "." + component.getName() + ": " + why.get());
                }
            }
            return java.util.Optional.empty();
        }
        if (c.getName().startsWith("edu.aum.course")) {
            for (Class<?> t = c; t != null && t.getName().startsWith("edu.aum.course"); t = t.getSuperclass()) {
                for (Field f : t.getDeclaredFields()) {
                    int m = f.getModifiers();
                    if (!Modifier.isStatic(m) && !Modifier.isTransient(m)) {
                        var why = unserializable(f.getGenericType(), seen);
                        if (why.isPresent()) {
                            return java.util.Optional.of(c.getSimpleName() + "." + f.getName() + ": " + why.get());
                        }
                    }
                }
            }
        }
        return java.util.Optional.empty();
    }
}
