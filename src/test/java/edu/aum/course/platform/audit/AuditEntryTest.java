package edu.aum.course.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The audit log is append-only in the code: an entry has nothing that changes it (only getters, every column
 * written once), and the log's services offer no way to change or remove one, only to add and to read.
 */
class AuditEntryTest {

    @Test
    void anEntryOnlyTellsWhatItHolds() {
        List<String> notGetters = Arrays.stream(AuditEntry.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()))
                .map(Method::getName)
                .filter(name -> !name.startsWith("get"))
                .toList();

        assertEquals(List.of(), notGetters);
    }

    @Test
    void everyColumnIsWrittenOnce() {
        for (Field field : AuditEntry.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) || field.isAnnotationPresent(Id.class)) {
                continue;
            }
            Column column = field.getAnnotation(Column.class);
            assertTrue(column != null && !column.updatable(), field.getName() + " must not be updatable");
        }
    }

    @Test
    void theLogsServicesAddAndReadButNeverChangeOrRemove() {
        assertEquals(Set.of("transition", "record", "of"), publicMethods(AuditLog.class));
        assertEquals(Set.of("page", "count", "history", "subjectTypes", "find"), publicMethods(AuditTrail.class));
        assertFalse(Arrays.stream(AuditTrail.class.getDeclaredMethods())
                .anyMatch(m -> m.getName().matches("(?i).*(update|delete|remove|merge|change|edit).*")));
    }

    private static Set<String> publicMethods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
                .map(Method::getName)
                .collect(Collectors.toSet());
    }
}
