package edu.aum.course.platform.http;

/**
 * The pages' style sheets, scripts, images and icon: the same for everyone and no one's data, so browsers may keep
 * them; everything else (pages, downloads, the API, PrimeFaces' dynamic content) is sent with no-store.
 */
public final class StaticResources {

    private StaticResources() {}

    /** {@code path} is within the application (without the context path). */
    public static boolean contains(String path) {
        return (path.startsWith("/jakarta.faces.resource/") && !path.contains("dynamiccontent"))
                || path.startsWith("/resources/")
                || path.equals("/favicon.ico");
    }
}
