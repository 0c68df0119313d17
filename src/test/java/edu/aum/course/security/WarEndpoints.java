package edu.aum.course.security;

import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.annotation.WebServlet;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Every address the packaged WAR answers, read from the WAR itself: each view (*.xhtml outside WEB-INF and
 * resources), each @WebServlet and @WebFilter URL pattern, and each JAX-RS resource method with its HTTP method
 * below the @ApplicationPath. Keys read "PAGE /student/home.xhtml", "SERVLET /verify/*", "FILTER /*",
 * "GET /api/v1/certificates/{serial}".
 */
final class WarEndpoints {

    private WarEndpoints() {}

    static SortedSet<String> of(java.nio.file.Path war) {
        if (!Files.isRegularFile(war)) {
            throw new IllegalStateException("No WAR at " + war + ": `mvn package` builds it");
        }
        SortedSet<String> keys = new TreeSet<>();
        List<Class<?>> classes = new ArrayList<>();
        try (ZipFile zip = new ZipFile(war.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                String name = entry.getName();
                if (name.endsWith(".xhtml") && !name.startsWith("WEB-INF/") && !name.startsWith("resources/")) {
                    keys.add("PAGE /" + name);
                } else if (name.startsWith("WEB-INF/classes/") && name.endsWith(".class") && !name.contains("$")) {
                    classes.add(load(name.substring("WEB-INF/classes/".length(), name.length() - ".class".length())
                            .replace('/', '.')));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String api = classes.stream()
                .map(c -> c.getAnnotation(ApplicationPath.class))
                .filter(a -> a != null)
                .map(a -> "/" + a.value().replaceAll("^/|/$", ""))
                .findFirst()
                .orElse("");
        for (Class<?> type : classes) {
            WebServlet servlet = type.getAnnotation(WebServlet.class);
            if (servlet != null) {
                patterns(servlet.value(), servlet.urlPatterns()).forEach(p -> keys.add("SERVLET " + p));
            }
            WebFilter filter = type.getAnnotation(WebFilter.class);
            if (filter != null) {
                patterns(filter.value(), filter.urlPatterns()).forEach(p -> keys.add("FILTER " + p));
            }
            Path resource = type.getAnnotation(Path.class);
            if (resource != null) {
                for (Method method : type.getDeclaredMethods()) {
                    String verb = httpMethod(method);
                    if (verb != null) {
                        Path sub = method.getAnnotation(Path.class);
                        keys.add(verb + " " + join(api, resource.value(), sub == null ? "" : sub.value()));
                    }
                }
            }
        }
        return keys;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, WarEndpoints.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("The WAR's class " + name + " is not on the test class path", e);
        }
    }

    private static List<String> patterns(String[] value, String[] urlPatterns) {
        List<String> all = new ArrayList<>(Arrays.asList(value));
        all.addAll(Arrays.asList(urlPatterns));
        return all;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static String join(String... parts) {
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            String trimmed = part.replaceAll("^/+|/+$", "");
            if (!trimmed.isEmpty()) {
                path.append('/').append(trimmed);
            }
        }
        return path.toString();
    }
}
